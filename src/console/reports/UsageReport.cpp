#include "console/reports/UsageReport.h"

#include <QMap>

namespace seatwise {

UsageReportRow UsageReport::summarise(const QList<UsagePoint>& minutes)
{
    UsageReportRow row;
    qint64 sum = 0;
    for (const UsagePoint& minute : minutes) {
        row.peak = qMax(row.peak, minute.peak);
        row.seats = qMax(row.seats, minute.seats);
        row.denials += minute.denials;
        if (minute.seats > 0 && minute.peak >= minute.seats)
            ++row.minutesAtFull;
        sum += minute.peak;
    }
    row.minutesRecorded = int(minutes.size());
    if (row.minutesRecorded > 0)
        row.average = double(sum) / row.minutesRecorded;
    if (row.seats > 0)
        row.utilisationPercent = row.average / row.seats * 100.0;
    return row;
}

UsageReportData UsageReport::compute(const QList<PoolUsageSeries>& pools, qint64 fromMs, qint64 toMs)
{
    UsageReportData data;
    data.fromMs = fromMs;
    data.toMs = toMs;
    QMap<qint64, UsagePoint> sums; // minute -> all pools added up
    for (const PoolUsageSeries& series : pools) {
        QList<UsagePoint> inside;
        for (const UsagePoint& minute : series.minutes) {
            if (minute.atMs < fromMs || minute.atMs >= toMs)
                continue;
            inside.append(minute);
            UsagePoint& sum = sums[minute.atMs];
            sum.atMs = minute.atMs;
            sum.peak += minute.peak;
            sum.seats += minute.seats;
            sum.logins += minute.logins;
            sum.denials += minute.denials;
        }
        UsageReportRow row = summarise(inside);
        row.poolId = series.poolId;
        row.poolName = series.poolName;
        data.pools.append(row);
    }
    data.total = summarise(sums.values());
    return data;
}

} // namespace seatwise
