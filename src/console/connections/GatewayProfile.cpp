#include "console/connections/GatewayProfile.h"

namespace seatwise {

QUrl GatewayProfile::apiBaseUrl() const
{
    QUrl api = url;
    QString path = api.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    api.setPath(path + QStringLiteral("/api/v1"));
    return api;
}

} // namespace seatwise
