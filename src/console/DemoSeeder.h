#pragma once

#include "client/ClientResult.h"
#include "console/DemoPlan.h"

#include <QCoroTask>
#include <QPointer>

namespace seatwise {

class GatewayClient;

// Seeds demo data through the gateway's HTTP API, like any admin would (never through the store):
// an "Agents" standard pool of 12 seats, an "Admin" pool of 2 and a cast of users. Pools and users
// that exist already are kept, so seeding again after a restart changes nothing.
class DemoSeeder final {
public:
    static QList<DemoPerson> cast();
    static QCoro::Task<ClientResult<DemoPlan>> seed(QPointer<GatewayClient> client);
};

} // namespace seatwise
