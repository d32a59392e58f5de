#include "SessionEnding.h"

#include "core/SessionRules.h"

namespace seatwise::SessionEnding {

static QString auditAction(EndReason reason)
{
    return reason == EndReason::Forced ? QStringLiteral("session.force_end")
                                       : QStringLiteral("session.") + toWire(reason);
}

Status end(Repos& repos, Session session, EndReason reason, const QString& endedBy, qint64 nowMs, Changes& changes)
{
    session.state = SessionState::Ended;
    session.endedAtMs = nowMs;
    session.endReason = reason;
    session.endedBy = endedBy;
    if (auto updated = repos.sessions.update(session); !updated)
        return updated;
    QJsonObject details{{QStringLiteral("pool"), session.poolId}, {QStringLiteral("device"), session.device}};
    if (session.user)
        details.insert(QStringLiteral("user"), session.user->login);
    if (session.overflow) {
        const qint64 minutes = SessionRules::overflowMinutes(session.openedAtMs, nowMs);
        auto left = repos.settings.integer(SettingKeys::ppuMinutes);
        if (!left)
            return left.error();
        if (auto debited = repos.settings.setInteger(SettingKeys::ppuMinutes, qMax<qint64>(0, left.value() - minutes));
            !debited)
            return debited;
        details.insert(QStringLiteral("ppu_minutes_debited"), minutes);
    }
    if (reason != EndReason::Logout || session.overflow) {
        if (auto audited = repos.audit.append(nowMs, endedBy, auditAction(reason), session.id, details); !audited)
            return audited;
    }
    changes.sessionEnded(session);
    return Done{};
}

Status forceEnd(Repos& repos, Session session, const Pool* pool, const QString& endedBy, qint64 nowMs, Changes& changes)
{
    const bool running = session.state == SessionState::Active || session.state == SessionState::Inactive;
    if (!pool || pool->graceS <= 0 || !running)
        return end(repos, std::move(session), EndReason::Forced, endedBy, nowMs, changes);
    session.state = SessionState::Terminating;
    session.terminateAtMs = nowMs + qint64(pool->graceS) * 1000;
    session.endedBy = endedBy;
    session.message = SessionRules::terminationMessage(endedBy, session.terminateAtMs);
    if (auto updated = repos.sessions.update(session); !updated)
        return updated;
    if (auto audited =
            repos.audit.append(nowMs, endedBy, QStringLiteral("session.force_end"), session.id,
                               {{QStringLiteral("pool"), session.poolId}, {QStringLiteral("grace_s"), pool->graceS}});
        !audited)
        return audited;
    changes.sessionChanged(session);
    return Done{};
}

} // namespace seatwise::SessionEnding
