#include "client/PoolSpec.h"

#include <QJsonArray>

namespace seatwise {

QJsonObject PoolSpec::toJson() const
{
    QJsonObject body{{QStringLiteral("name"), name},
                     {QStringLiteral("kind"), toWire(kind)},
                     {QStringLiteral("model"), toWire(model)},
                     {QStringLiteral("seats"), seats}};
    if (loginPolicy)
        body.insert(QStringLiteral("login_policy"), toWire(*loginPolicy));
    if (idleAfterS)
        body.insert(QStringLiteral("idle_after_s"), *idleAfterS);
    if (purgeAfterS)
        body.insert(QStringLiteral("purge_after_s"), *purgeAfterS);
    if (graceS)
        body.insert(QStringLiteral("grace_s"), *graceS);
    if (overflow)
        body.insert(QStringLiteral("overflow"), *overflow);
    if (anonymous)
        body.insert(QStringLiteral("anonymous"), *anonymous);
    if (!features.isEmpty())
        body.insert(QStringLiteral("features"), QJsonArray::fromStringList(features));
    if (priceCents)
        body.insert(QStringLiteral("price_cents"), *priceCents);
    return body;
}

} // namespace seatwise
