#include "client/PoolInfo.h"

#include "client/JsonList.h"
#include "client/JsonReader.h"

namespace seatwise {

ClientResult<PoolInfo> PoolInfo::fromJson(const QJsonValue& value)
{
    JsonReader in(value.toObject());
    PoolInfo pool;
    pool.id = in.string(QLatin1String("id"));
    pool.name = in.string(QLatin1String("name"));
    pool.kind = in.word<PoolKind>(QLatin1String("kind"), PoolKind::Standard);
    pool.model = in.word<PoolModel>(QLatin1String("model"), PoolModel::Concurrent);
    pool.seats = in.integer(QLatin1String("seats"));
    // A freshly created pool may leave the counts out; they are zero-in-use then.
    pool.inUse = in.optionalInteger(QLatin1String("in_use"), 0);
    pool.available = in.optionalInteger(QLatin1String("available"), pool.seats - pool.inUse);
    pool.pendingSeats = in.optionalInteger(QLatin1String("pending_seats"), 0);
    pool.idleAfterS = in.optionalInteger(QLatin1String("idle_after_s"), 600);
    pool.purgeAfterS = in.optionalInteger(QLatin1String("purge_after_s"), 0);
    pool.overflow = in.optionalBool(QLatin1String("overflow"), false);
    pool.clientKey = in.optionalString(QLatin1String("client_key"));
    if (!in.ok())
        return badAnswer(QStringLiteral("pool: ") + in.problem());
    return pool;
}

} // namespace seatwise
