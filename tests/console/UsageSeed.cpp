#include "UsageSeed.h"

#include "store/Database.h"
#include "store/UsageRepo.h"

namespace seatwise::test {

bool seedUsage(const QString& dbPath, const QList<SeedMinute>& minutes, QString* error)
{
    const Database database(StoreLocation{dbPath});
    bool ok = true;
    {
        const Result<QSqlDatabase> connection = database.connection();
        if (!connection) {
            *error = connection.error().message;
            return false;
        }
        UsageRepo usage(connection.value());
        for (const SeedMinute& minute : minutes) {
            const Status recorded = usage.record(minute.poolId, minute.atMs, minute.inUse, minute.seats, minute.logins,
                                                 minute.denials, minute.idle);
            if (!recorded) {
                *error = recorded.error().message;
                ok = false;
                break;
            }
        }
    }
    database.closeThreadConnection();
    return ok;
}

} // namespace seatwise::test
