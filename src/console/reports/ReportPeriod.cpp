#include "console/reports/ReportPeriod.h"

#include <QCoreApplication>
#include <QLocale>

namespace seatwise {
namespace {

qint64 midnight(QDate date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}

} // namespace

ReportPeriod ReportPeriod::make(Kind kind, const QDateTime& now, QDate customFrom, QDate customTo)
{
    const QDateTime local = now.toLocalTime();
    const qint64 nowMs = local.toMSecsSinceEpoch();
    constexpr qint64 dayMs = 86'400'000;
    switch (kind) {
    case Kind::Today:
        return {kind, midnight(local.date()), nowMs};
    case Kind::Last7Days:
        return {kind, nowMs - 7 * dayMs, nowMs};
    case Kind::Last30Days:
        return {kind, nowMs - 30 * dayMs, nowMs};
    case Kind::ThisMonth:
        return {kind, midnight(QDate(local.date().year(), local.date().month(), 1)), nowMs};
    case Kind::Custom:
        if (!customFrom.isValid() || !customTo.isValid())
            return {kind, 0, 0};
        return {kind, midnight(customFrom), midnight(customTo.addDays(1))};
    }
    return {};
}

QString ReportPeriod::label() const
{
    const QLocale locale;
    const auto text = [&locale](qint64 ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    };
    return QCoreApplication::translate("seatwise::ReportPeriod", "%1 – %2").arg(text(fromMs), text(toMs));
}

QString ReportPeriod::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Today:
        return QCoreApplication::translate("seatwise::ReportPeriod", "Today");
    case Kind::Last7Days:
        return QCoreApplication::translate("seatwise::ReportPeriod", "Last 7 days");
    case Kind::Last30Days:
        return QCoreApplication::translate("seatwise::ReportPeriod", "Last 30 days");
    case Kind::ThisMonth:
        return QCoreApplication::translate("seatwise::ReportPeriod", "This month");
    case Kind::Custom:
        return QCoreApplication::translate("seatwise::ReportPeriod", "Custom dates");
    }
    return {};
}

} // namespace seatwise
