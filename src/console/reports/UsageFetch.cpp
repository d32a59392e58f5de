#include "console/reports/UsageFetch.h"

#include "client/GatewayClient.h"

namespace seatwise::UsageFetch {

QCoro::Task<ClientResult<QList<UsagePoint>>> poolMinutes(GatewayClient& client, QString poolId, qint64 fromMs,
                                                         qint64 toMs, std::shared_ptr<FetchCancel> cancel,
                                                         std::function<void(int done, int total)> progress)
{
    const int chunks = int(qMax<qint64>(1, (toMs - fromMs + ChunkMs - 1) / ChunkMs));
    QList<UsagePoint> minutes;
    for (int chunk = 0; chunk < chunks; ++chunk) {
        if (cancel && cancel->requested)
            co_return ClientError{0, QString(CancelledCode), {}, {}};
        const qint64 chunkFrom = fromMs + chunk * ChunkMs;
        const UsageQuery query{poolId, chunkFrom, qMin(toMs, chunkFrom + ChunkMs), 60};
        // A named local in a plain declaration: GCC 12 mishandles temporaries inside co_await.
        const ClientResult<QList<UsagePoint>> part = co_await client.usage(query);
        if (cancel && cancel->requested)
            co_return ClientError{0, QString(CancelledCode), {}, {}};
        if (!part)
            co_return part.error();
        for (const UsagePoint& minute : part.value())
            if (minute.atMs >= chunkFrom && minute.atMs < query.toMs)
                minutes.append(minute);
        if (progress)
            progress(chunk + 1, chunks);
    }
    co_return minutes;
}

} // namespace seatwise::UsageFetch
