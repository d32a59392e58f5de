#include "console/usage/UsageFetch.h"

#include "client/GatewayClient.h"

#include <deque>

namespace seatwise {

int UsageFetch::chunkCount(UsageRange range)
{
    return int(qMax<qint64>(1, (range.spanMs() + kChunkMs - 1) / kChunkMs));
}

QCoro::Task<ClientResult<QList<UsagePoint>>> UsageFetch::perMinute(QPointer<GatewayClient> client, QString poolId,
                                                                   UsageRange range,
                                                                   std::function<void(int, int)> progress,
                                                                   std::function<bool()> stillWanted)
{
    const int total = chunkCount(range);
    const auto ask = [&](int chunk) {
        UsageQuery query;
        query.pool = poolId;
        query.fromMs = range.fromMs + chunk * kChunkMs;
        query.toMs = qMin(range.toMs, query.fromMs + kChunkMs);
        query.stepS = 60;
        return client->usage(query);
    };
    // Two requests in flight: the gateway reads the next week while this thread parses the last one.
    std::deque<QCoro::Task<ClientResult<QList<UsagePoint>>>> inFlight;
    int asked = 0;
    QList<UsagePoint> all;
    for (int chunk = 0; chunk < total; ++chunk) {
        while (client && asked < total && inFlight.size() < kInFlight)
            inFlight.push_back(ask(asked++));
        if (inFlight.empty())
            co_return ClientError{0, QString(ClientErrorCode::Offline), QStringLiteral("the client was closed"), {}};
        QCoro::Task<ClientResult<QList<UsagePoint>>> next = std::move(inFlight.front());
        inFlight.pop_front();
        auto points = co_await next;
        if (!points)
            co_return points.error();
        if (all.isEmpty())
            all = std::move(points).value();
        else
            all.append(points.value());
        if (progress)
            progress(chunk + 1, total);
        if (stillWanted && !stillWanted())
            break;
    }
    co_return all;
}

} // namespace seatwise
