#pragma once

#include "client/UsagePoint.h"

#include <QList>
#include <QString>

namespace seatwise {

// One pool's per-minute usage as GET /usage?step=60 answered it.
struct PoolUsageSeries {
    QString poolId;
    QString poolName;
    QList<UsagePoint> minutes;
};

// A row of the report. Averages are over the minutes the gateway recorded in the period (a minute
// without a record is a minute the gateway was not running, not a minute with nothing in use).
struct UsageReportRow {
    QString poolId;
    QString poolName;
    int peak = 0;                  // most seats in use in any minute
    double average = 0;            // mean of the per-minute peaks
    int seats = 0;                 // most seats owned in any minute
    double utilisationPercent = 0; // average / seats * 100 (0 without seats)
    int denials = 0;               // logins refused for want of a seat
    int minutesAtFull = 0;         // minutes with every seat in use (peak >= seats > 0)
    int minutesRecorded = 0;
};

struct UsageReportData {
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<UsageReportRow> pools; // in the order given
    UsageReportRow total;        // over the per-minute sums of all pools, as GET /usage without a pool
};

// The usage report's arithmetic: pure, exact, unit-tested.
class UsageReport final {
public:
    // Minutes outside [fromMs, toMs) are left out.
    static UsageReportData compute(const QList<PoolUsageSeries>& pools, qint64 fromMs, qint64 toMs);
    // The figures of one run of minutes.
    static UsageReportRow summarise(const QList<UsagePoint>& minutes);
};

} // namespace seatwise
