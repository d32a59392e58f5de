#include "client/LoginRequest.h"

namespace seatwise {

QJsonObject LoginRequest::toJson() const
{
    QJsonObject body{{QStringLiteral("device"), device}};
    if (!login.isEmpty()) {
        body.insert(QStringLiteral("login"), login);
        body.insert(QStringLiteral("password"), password);
    }
    if (!pool.isEmpty())
        body.insert(QStringLiteral("pool"), pool);
    if (!clientKey.isEmpty())
        body.insert(QStringLiteral("client_key"), clientKey);
    if (mode)
        body.insert(QStringLiteral("mode"), toWire(*mode));
    if (force)
        body.insert(QStringLiteral("force"), true);
    if (standby)
        body.insert(QStringLiteral("standby"), true);
    return body;
}

} // namespace seatwise
