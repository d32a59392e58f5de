#pragma once

#include <QList>
#include <QString>

// Writes usage history straight into a gateway's store (while no gateway runs on it), through the
// store's own UsageRepo.
namespace seatwise::test {

struct SeedMinute {
    QString poolId;
    qint64 atMs = 0;
    int inUse = 0;
    int seats = 0;
    int logins = 0;
    int denials = 0;
    int idle = 0; // inactive seat holders (R18's idle seat-hours)
};

bool seedUsage(const QString& dbPath, const QList<SeedMinute>& minutes, QString* error);

} // namespace seatwise::test
