#pragma once

#include "core/Error.h"

#include <QStringList>
#include <QTimeZone>

#include <vector>

namespace seatwise {

// One minute of synthetic usage of one pool, as the gateway's usage history keeps it (R17).
struct DemoMinute {
    int peak = 0;
    int seats = 0;
    int logins = 0;
    int denials = 0;
    int idle = 0;
};

// A deterministic, realistic usage history for one pool: a weekday shift (ramp-up from 7:00, a dip
// at lunch, the day's peak early in the afternoon, a slow evening), low weekends, busier and quieter
// days, a few denials when demand tops the seats, slow growth in demand and seats over the months.
// Same arguments, same minutes, so tests can compute what a history holds.
class DemoUsageModel final {
public:
    // `finalSeats`: the pool's seats today (held for the last 45 days); `endMinute`: the minute the
    // history ends (UTC minutes since the epoch); office hours are read in `zone`.
    DemoUsageModel(int finalSeats, qint64 endMinute, quint32 seed, QTimeZone zone = QTimeZone::systemTimeZone());

    DemoMinute at(qint64 minute) const;
    int seatsAt(qint64 minute) const;

private:
    double demand(qint64 minute) const;
    int localOffsetS(qint64 minute) const;

    int m_finalSeats;
    qint64 m_endMinute;
    quint64 m_seed;
    QTimeZone m_zone;
    mutable qint64 m_offsetBlock = -1; // the zone's offset, cached per quarter hour
    mutable int m_offsetS = 0;
};

// What writeDemoHistory writes.
struct DemoHistoryPlan {
    QString sqlitePath;  // the gateway's SQLite store (GatewayOptions::db); pools must exist in it
    QStringList poolIds; // empty: every concurrent pool in the store
    int days = 365;
    qint64 endMs = 0; // the history covers [endMs - days, endMs) per minute; 0: now
    quint32 seed = 1; // pool i uses seed + i
    QTimeZone zone = QTimeZone::systemTimeZone();
};

// Writes DemoUsageModel's history for each pool of the plan into the store, one row per pool per
// minute, in one write transaction (multi-row prepared INSERTs: a year for 3 pools takes a few
// seconds). Minutes that already have a row are kept, so writing again adds only what is missing.
// Answers the number of rows written. Opens and closes its own connection: callable from any thread,
// before the gateway starts or beside a running one (it then waits for, and briefly holds, the write
// lock).
//
// Demo startup (the lead's wiring): after DemoSeeder::seed() made the pools,
//     DemoHistoryPlan history;
//     history.sqlitePath = options.db; // EmbeddedGateway::optionsFor(...).db
//     history.poolIds = {plan.agentsPoolId, plan.adminPoolId};
//     QThread* writer = QThread::create([history] { writeDemoHistory(history); }); // off the UI thread
//     connect(writer, &QThread::finished, writer, &QObject::deleteLater);
//     writer->start();
// A year for 3 pools holds the store's write lock for a few seconds (logins meanwhile wait, up to the
// 10 s busy timeout): write before the demo agents start, or fewer days.
Result<qint64> writeDemoHistory(const DemoHistoryPlan& plan);

} // namespace seatwise
