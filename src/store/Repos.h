#pragma once

#include "AuditRepo.h"
#include "LicenseRepo.h"
#include "PoolRepo.h"
#include "SessionRepo.h"
#include "SettingsRepo.h"
#include "UsageRepo.h"
#include "UserRepo.h"

namespace seatwise {

// Every repository over one connection; cheap to make per request.
struct Repos {
    explicit Repos(const QSqlDatabase& db)
        : users(db)
        , pools(db)
        , sessions(db)
        , usage(db)
        , audit(db)
        , settings(db)
        , licenses(db)
    {
    }
    UserRepo users;
    PoolRepo pools;
    SessionRepo sessions;
    UsageRepo usage;
    AuditRepo audit;
    SettingsRepo settings;
    LicenseRepo licenses;
};

} // namespace seatwise
