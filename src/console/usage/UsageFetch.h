#pragma once

#include "client/ClientResult.h"
#include "client/UsagePoint.h"
#include "console/usage/UsagePeriod.h"

#include <QCoroTask>
#include <QPointer>

#include <functional>

namespace seatwise {

class GatewayClient;

// GET /usage per minute (step=60) over a range, asked a week at a time, two weeks in flight: the
// gateway answers each request on its one thread, so a year (525,600 minutes) in 52 short answers never
// holds it for long, the console parses one week while the gateway reads the next, and shows progress. `progress(done,
// total)` follows each answer; `stillWanted()` returning false stops early (the user picked another period), answering
// what was fetched so far.
class UsageFetch final {
public:
    static constexpr qint64 kChunkMs = 7 * 86'400'000LL;
    static constexpr std::size_t kInFlight = 2;

    static int chunkCount(UsageRange range);
    static QCoro::Task<ClientResult<QList<UsagePoint>>> perMinute(QPointer<GatewayClient> client, QString poolId,
                                                                  UsageRange range,
                                                                  std::function<void(int, int)> progress,
                                                                  std::function<bool()> stillWanted);
};

} // namespace seatwise
