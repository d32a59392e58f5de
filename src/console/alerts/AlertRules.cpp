#include "console/alerts/AlertRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <limits>

namespace seatwise {
namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("seatwise::AlertRules", text, nullptr, n);
}

QString poolLabel(const PoolInfo& pool)
{
    return pool.name.isEmpty() ? pool.id : pool.name;
}

} // namespace

QString AlertKeys::poolThreshold(const QString& poolId)
{
    return QStringLiteral("pool-threshold:") + poolId;
}

QString AlertKeys::loginsDenied(const QString& poolId)
{
    return QStringLiteral("logins-denied:") + poolId;
}

QString AlertKeys::payPerUseLow()
{
    return QStringLiteral("ppu-low");
}

void AlertRules::Outcome::append(const Outcome& other)
{
    raised.append(other.raised);
    updated.append(other.updated);
    cleared.append(other.cleared);
}

AlertRules::Outcome AlertRules::raiseOrUpdate(Alert alert)
{
    Outcome outcome;
    const auto it = m_active.find(alert.key);
    if (it == m_active.end()) {
        m_active.insert(alert.key, alert);
        outcome.raised.append(alert);
    } else if (it->text != alert.text || it->value != alert.value) {
        *it = alert;
        outcome.updated.append(alert);
    }
    return outcome;
}

AlertRules::Outcome AlertRules::clear(const QString& key)
{
    Outcome outcome;
    if (m_active.remove(key) > 0)
        outcome.cleared.append(key);
    return outcome;
}

AlertRules::Outcome AlertRules::checkPools(const QList<PoolInfo>& pools, qint64 nowMs)
{
    Outcome outcome;
    QStringList listed;
    for (const PoolInfo& pool : pools) {
        const QString key = AlertKeys::poolThreshold(pool.id);
        listed.append(key);
        // Admin pools hold the consoles' own seats (R5): full is their normal state, and a console left
        // in limited mode says so itself.
        if (pool.seats <= 0 || pool.kind == PoolKind::Admin) {
            outcome.append(clear(key));
            continue;
        }
        const int percent = m_thresholds.percentFor(pool.id);
        // Whole numbers only: inUse/seats >= percent/100 without rounding.
        const qint64 scaled = qint64(pool.inUse) * 100;
        const bool over = scaled >= qint64(percent) * pool.seats;
        const bool belowRearm = scaled < qint64(percent - m_thresholds.rearmPoints) * pool.seats;
        if (over) {
            const int inUsePercent = int(scaled / pool.seats);
            Alert alert{AlertKind::PoolThreshold,
                        key,
                        pool.id,
                        poolLabel(pool),
                        tr("%1: %2 of %3 seats in use (%4 %), at or over the %5 % alert threshold.")
                            .arg(poolLabel(pool))
                            .arg(pool.inUse)
                            .arg(pool.seats)
                            .arg(inUsePercent)
                            .arg(percent),
                        inUsePercent,
                        nowMs};
            if (const auto active = m_active.constFind(key); active != m_active.constEnd())
                alert.atMs = active->atMs;
            outcome.append(raiseOrUpdate(alert));
        } else if (belowRearm) {
            outcome.append(clear(key));
        }
    }
    const QStringList keys = m_active.keys();
    for (const QString& key : keys)
        if (m_active.value(key).kind == AlertKind::PoolThreshold && !listed.contains(key))
            outcome.append(clear(key));
    return outcome;
}

AlertRules::Outcome AlertRules::checkDenials(const QString& poolId, const QString& poolName,
                                             const QList<UsagePoint>& minutes, qint64 nowMs)
{
    QMap<qint64, int>& seen = m_seenDenials[poolId];
    int fresh = 0;
    qint64 oldest = std::numeric_limits<qint64>::max();
    for (const UsagePoint& minute : minutes) {
        oldest = qMin(oldest, minute.atMs);
        const int before = seen.value(minute.atMs, 0);
        if (minute.denials > before)
            fresh += minute.denials - before;
        seen.insert(minute.atMs, qMax(before, minute.denials));
    }
    // Minutes older than this window will not be asked for again.
    while (!seen.isEmpty() && seen.firstKey() < oldest)
        seen.erase(seen.begin());

    const QString key = AlertKeys::loginsDenied(poolId);
    if (fresh > 0) {
        m_lastDenialMs.insert(poolId, nowMs);
        const auto active = m_active.constFind(key);
        const int total = fresh + (active != m_active.constEnd() ? active->value : 0);
        const qint64 since = active != m_active.constEnd() ? active->atMs : nowMs;
        const QString label = poolName.isEmpty() ? poolId : poolName;
        const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(since).time(), QLocale::ShortFormat);
        Alert alert{AlertKind::LoginsDenied,
                    key,
                    poolId,
                    label,
                    tr("%1: logins refused for want of a free seat, %2 since %3.").arg(label).arg(total).arg(time),
                    total,
                    since};
        return raiseOrUpdate(alert);
    }
    if (m_active.contains(key) && nowMs - m_lastDenialMs.value(poolId, nowMs) >= m_denialHoldMs)
        return clear(key);
    return {};
}

AlertRules::Outcome AlertRules::forgetPoolsExcept(const QStringList& poolIds)
{
    Outcome outcome;
    const QStringList known = m_seenDenials.keys();
    for (const QString& poolId : known) {
        if (poolIds.contains(poolId))
            continue;
        m_seenDenials.remove(poolId);
        m_lastDenialMs.remove(poolId);
        outcome.append(clear(AlertKeys::loginsDenied(poolId)));
    }
    return outcome;
}

AlertRules::Outcome AlertRules::checkPayPerUse(qint64 minutesLeft, bool anyPoolOverflows, qint64 nowMs)
{
    const QString key = AlertKeys::payPerUseLow();
    const int minimum = m_thresholds.ppuMinimum;
    if (!anyPoolOverflows || minimum <= 0 || minutesLeft >= minimum)
        return clear(key);
    const QString text =
        minutesLeft <= 0
            ? tr("No pay-per-use minutes left: overflow logins are refused once the pools are full.")
            : tr("Pay-per-use minutes are low: %1 left, below the minimum of %2.").arg(minutesLeft).arg(minimum);
    Alert alert{AlertKind::PayPerUseLow, key, {}, {}, text, int(minutesLeft), nowMs};
    if (m_active.contains(key))
        alert.atMs = m_active.value(key).atMs;
    return raiseOrUpdate(alert);
}

} // namespace seatwise
