#include "client/NamedPoolInfo.h"

#include "client/JsonList.h"
#include "client/JsonReader.h"

namespace seatwise {

ClientResult<NamedPoolInfo> NamedPoolInfo::fromJson(const QJsonValue& value)
{
    JsonReader in(value.toObject());
    if (in.word<PoolModel>(QLatin1String("model"), PoolModel::Concurrent) != PoolModel::Named)
        return ClientError{0, QString(ClientErrorCode::NoResult), QStringLiteral("not a named pool"), {}};
    NamedPoolInfo pool;
    pool.id = in.string(QLatin1String("id"));
    pool.name = in.string(QLatin1String("name"));
    pool.kind = in.word<PoolKind>(QLatin1String("kind"), PoolKind::Base);
    pool.type = pool.kind == PoolKind::Addon ? in.optionalString(QLatin1String("addon_code"))
                                             : in.optionalString(QLatin1String("base_type"));
    pool.total = in.optionalInteger(QLatin1String("total"), in.optionalInteger(QLatin1String("seats"), 0));
    pool.assigned = in.optionalInteger(QLatin1String("assigned"), in.optionalInteger(QLatin1String("in_use"), 0));
    pool.available = in.optionalInteger(QLatin1String("available"), pool.total - pool.assigned);
    if (!in.ok())
        return badAnswer(QStringLiteral("named pool: ") + in.problem());
    return pool;
}

} // namespace seatwise
