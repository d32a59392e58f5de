#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace seatwise {

// The span a usage report covers, [fromMs, toMs), in local time as people choose it.
struct ReportPeriod {
    enum class Kind { Today, Last7Days, Last30Days, ThisMonth, Custom };

    Kind kind = Kind::Today;
    qint64 fromMs = 0;
    qint64 toMs = 0;

    // Today: midnight to now; Last 7/30 days: the same span back from now; This month: the 1st at
    // midnight to now; Custom: from's midnight to the midnight after `to` (both dates included).
    static ReportPeriod make(Kind kind, const QDateTime& now, QDate customFrom = {}, QDate customTo = {});
    bool isValid() const { return fromMs < toMs; }
    // "23 Nov 2026 00:00 – 24 Nov 2026 00:00" in the local zone, for people.
    QString label() const;
    static QString kindName(Kind kind);
};

} // namespace seatwise
