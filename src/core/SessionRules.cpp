#include "SessionRules.h"

#include "IsoTime.h"

namespace seatwise::SessionRules {

bool holdsSeat(const Session& session)
{
    if (session.mode == SessionMode::LimitedAdmin || session.overflow)
        return false;
    switch (session.state) {
    case SessionState::Active:
    case SessionState::Inactive:
    case SessionState::Standby:
    case SessionState::Terminating:
        return true;
    case SessionState::Paused:
    case SessionState::Ended:
        return false;
    }
    return false;
}

bool isPresent(const Session& session)
{
    return session.state == SessionState::Active || session.state == SessionState::Inactive ||
           session.state == SessionState::Standby;
}

SessionState liveState(const Session& session, const Pool& pool, qint64 nowMs)
{
    if (session.state == SessionState::Active && nowMs - session.lastActiveAtMs >= qint64(pool.idleAfterS) * 1000)
        return SessionState::Inactive;
    return session.state;
}

QStringList featuresFor(const Pool& pool, SessionMode mode)
{
    switch (mode) {
    case SessionMode::Standard:
        return pool.features;
    case SessionMode::Admin: {
        QStringList features = pool.features;
        features.removeAll(QStringLiteral("web_phone"));
        features.removeAll(QStringLiteral("office_map"));
        return features;
    }
    case SessionMode::LimitedAdmin:
        return {};
    }
    return {};
}

qint64 overflowMinutes(qint64 openedAtMs, qint64 endedAtMs)
{
    const qint64 duration = qMax<qint64>(0, endedAtMs - openedAtMs);
    return qMax<qint64>(1, (duration + 59'999) / 60'000);
}

bool isPurgeDue(const Session& session, const Pool& pool, qint64 nowMs)
{
    return pool.purgeAfterS > 0 && nowMs - session.lastSeenAtMs >= qint64(pool.purgeAfterS) * 1000;
}

QString terminationMessage(const QString& endedBy, qint64 terminateAtMs)
{
    return QStringLiteral("Your session was ended by %1 and closes at %2. Save your work.")
        .arg(endedBy, IsoTime::format(terminateAtMs));
}

} // namespace seatwise::SessionRules
