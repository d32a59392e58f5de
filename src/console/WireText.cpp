#include "console/WireText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace seatwise::WireText {
namespace {
// lupdate files these tr() calls under the namespace's qualified name, so translate under that context.
QString tr(const char* text)
{
    return QCoreApplication::translate("seatwise::WireText", text);
}
} // namespace

QString poolKind(PoolKind kind)
{
    switch (kind) {
    case PoolKind::Standard:
        return tr("Agent seats");
    case PoolKind::Admin:
        return tr("Admin seats");
    case PoolKind::Base:
        return tr("Base license");
    case PoolKind::Addon:
        return tr("Add-on");
    }
    return {};
}

QString poolModel(PoolModel model)
{
    return model == PoolModel::Concurrent ? tr("Concurrent") : tr("Named");
}

QString sessionMode(SessionMode mode)
{
    switch (mode) {
    case SessionMode::Standard:
        return tr("Agent");
    case SessionMode::Admin:
        return tr("Admin");
    case SessionMode::LimitedAdmin:
        return tr("Limited admin");
    }
    return {};
}

QString sessionState(SessionState state)
{
    switch (state) {
    case SessionState::Active:
        return tr("Active");
    case SessionState::Inactive:
        return tr("Inactive");
    case SessionState::Standby:
        return tr("Standby");
    case SessionState::Paused:
        return tr("Paused");
    case SessionState::Terminating:
        return tr("Terminating");
    case SessionState::Ended:
        return tr("Ended");
    }
    return {};
}

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    const qint64 minutes = (seconds % 3600) / 60;
    if (minutes == 0)
        return tr("%1 h").arg(seconds / 3600);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(minutes);
}

QString timeOfDay(qint64 msSinceEpoch, qint64 nowMs)
{
    if (msSinceEpoch <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime();
    const QLocale locale;
    if (at.date() == now.date())
        return locale.toString(at.time(), QLocale::ShortFormat);
    // The day-month order and its punctuation differ by language ("1 Dec", "1. Dez."), so the format is translated.
    const QString dayMonth =
        QCoreApplication::translate("seatwise::WireText", "d MMM", "QDateTime format of a day that is not today");
    return locale.toString(at, dayMonth) + QLatin1Char(' ') + locale.toString(at.time(), QLocale::ShortFormat);
}

QString ago(qint64 msSinceEpoch, qint64 nowMs)
{
    if (msSinceEpoch <= 0)
        return tr("never");
    const qint64 seconds = std::max<qint64>(0, (nowMs - msSinceEpoch) / 1000);
    if (seconds < 10)
        return tr("just now");
    return tr("%1 ago").arg(duration(seconds));
}

} // namespace seatwise::WireText
