#pragma once

#include "client/ClientResult.h"
#include "client/UsagePoint.h"

#include <QCoroTask>

#include <functional>
#include <memory>

namespace seatwise {

class GatewayClient;

// A request to stop a running fetch; the fetch stops before its next call.
struct FetchCancel {
    bool requested = false;
};

// Per-minute usage of one pool over [fromMs, toMs), asked a day at a time (GET /usage?pool=&from=
// &to=&step=60) so that progress(done, total) can report after each day. Answers a "cancelled"
// ClientError when `cancel` was requested. The client must outlive the call.
namespace UsageFetch {

inline constexpr QLatin1String CancelledCode{"cancelled"};
inline constexpr qint64 ChunkMs = 86'400'000;

QCoro::Task<ClientResult<QList<UsagePoint>>> poolMinutes(GatewayClient& client, QString poolId, qint64 fromMs,
                                                         qint64 toMs, std::shared_ptr<FetchCancel> cancel,
                                                         std::function<void(int done, int total)> progress);

} // namespace UsageFetch
} // namespace seatwise
