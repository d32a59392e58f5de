#pragma once

#include "Authenticator.h"
#include "EventHub.h"
#include "LivenessBook.h"
#include "LoginThrottle.h"
#include "core/Clock.h"
#include "store/Database.h"
#include "store/SeatLedger.h"

namespace seatwise {

// What every route needs, owned by the Gateway and shared by reference.
struct GatewayContext {
    GatewayContext(const Database& db, const Clock& c, EventHub& hub, LoginThrottle::Limits signInLimits,
                   qint64 tokenLifetime)
        : database(db)
        , clock(c)
        , auth(db, c)
        , ledger(db)
        , liveness(db, c, ledger)
        , events(hub)
        , throttle(c, signInLimits)
        , tokenLifetimeMs(tokenLifetime)
    {
    }
    const Database& database;
    const Clock& clock;
    Authenticator auth;
    SeatLedger ledger;
    LivenessBook liveness;
    EventHub& events;
    LoginThrottle throttle;
    qint64 tokenLifetimeMs; // of tokens from POST /auth/token; 0: they never expire
};

class Router;
void registerAuthRoutes(Router& router, GatewayContext& context);
void registerUserRoutes(Router& router, GatewayContext& context);
void registerPoolRoutes(Router& router, GatewayContext& context);
void registerLoginRoute(Router& router, GatewayContext& context);
void registerSessionRoutes(Router& router, GatewayContext& context);
void registerSignOutRoutes(Router& router, GatewayContext& context);
void registerHistoryRoutes(Router& router, GatewayContext& context);
void registerAccountRoutes(Router& router, GatewayContext& context);
void registerLicenseRoutes(Router& router, GatewayContext& context);
void registerPlanningRoutes(Router& router, GatewayContext& context);

} // namespace seatwise
