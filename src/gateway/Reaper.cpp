#include "Reaper.h"
#include "LogText.h"

#include "EventHub.h"
#include "LivenessBook.h"
#include "store/ReapPass.h"
#include "store/SeatOrderBook.h"
#include "store/UsageRepo.h"

namespace seatwise {
namespace {
constexpr qint64 kUsageEveryMs = 5'000;
constexpr qint64 kUsageKeptMs = qint64(396) * 86'400'000; // 13 months
} // namespace

Reaper::Reaper(const Database& database, const Clock& clock, EventHub& events, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_events(events)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Reaper::runOnce);
}

void Reaper::start()
{
    m_timer.start();
}

void Reaper::stop()
{
    m_timer.stop();
}

void Reaper::runOnce()
{
    if (m_liveness)
        if (auto written = m_liveness->flush(); !written)
            qWarning("heartbeats: %s", qUtf8Printable(written.error().message));
    const qint64 now = m_clock.nowMs();
    auto changes = ReapPass::run(m_database, now);
    if (!changes) {
        qWarning("reaper: %s", qUtf8Printable(changes.error().message));
    } else if (!changes->isEmpty()) {
        for (const Session& s : changes->ended)
            qInfo("session %s of %s ended (%s)", qUtf8Printable(s.id),
                  logText(s.user ? s.user->login : s.device).constData(), qUtf8Printable(toWire(*s.endReason)));
        m_events.publish(changes.value());
    }

    if (auto orders = SeatOrderBook::applyDue(m_database, now); !orders) // R14: seat orders whose time has come
        qWarning("seat orders: %s", qUtf8Printable(orders.error().message));
    else if (!orders->poolIds.isEmpty())
        m_events.publish(orders.value());

    const qint64 minute = now / 60'000;
    if (minute != m_lastUsageMinute || now - m_lastUsageAtMs >= kUsageEveryMs) {
        if (auto recorded = ReapPass::recordUsage(m_database, now); !recorded)
            qWarning("usage history: %s", qUtf8Printable(recorded.error().message));
        m_lastUsageMinute = minute;
        m_lastUsageAtMs = now;
    }
    const qint64 day = now / 86'400'000;
    if (day != m_lastCleanupDay) {
        if (auto db = m_database.connection())
            UsageRepo(db.value()).forgetBefore(now - kUsageKeptMs);
        m_lastCleanupDay = day;
    }
}

} // namespace seatwise
