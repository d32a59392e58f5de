#include "LoginRules.h"

#include "IsoTime.h"
#include "Permissions.h"
#include "SessionRules.h"

#include <QJsonArray>

namespace seatwise {
namespace {

QJsonArray describeOtherSessions(const QList<Session>& sessions)
{
    QJsonArray list;
    for (const Session& s : sessions)
        list.append(QJsonObject{{QStringLiteral("id"), s.id},
                                {QStringLiteral("device"), s.device},
                                {QStringLiteral("since"), IsoTime::format(s.openedAtMs)}});
    return list;
}

} // namespace

Result<LoginDecision> decideLogin(const LoginRequest& request, const LoginContext& context)
{
    const bool wantsAdmin = request.mode == SessionMode::Admin;
    if (wantsAdmin && (!request.user || !Permissions::isManager(*request.user)))
        return makeError(ErrorCode::AdminRequiresManager,
                         QStringLiteral("Admin mode is only for managers and owners."));

    LoginDecision decision;
    QList<Session> otherDevices;
    for (const Session& s : context.presentSessions) {
        if (!SessionRules::isPresent(s))
            continue;
        if (s.mode == SessionMode::LimitedAdmin) {
            // A limited admin session holds nothing; a new login replaces it so it can get a full seat.
            decision.supersededIds.append(s.id);
            continue;
        }
        if (s.device == request.device) {
            decision.kind = LoginDecision::Kind::ReturnExisting; // R3
            decision.existingSessionId = s.id;
            decision.mode = s.mode;
            decision.state = s.state;
            decision.overflow = s.overflow;
            decision.supersededIds.clear();
            return decision;
        }
        otherDevices.append(s);
    }

    int seatsFreed = 0;
    const bool singleLocation = context.pool && context.pool->loginPolicy == LoginPolicy::SingleLocation;
    if (request.user && singleLocation && !otherDevices.isEmpty()) { // R4
        if (!request.force)
            return makeError(ErrorCode::MultipleLogin,
                             QStringLiteral("You are signed in on another device. Sign in with force to end "
                                            "the other sessions, or sign out there first."),
                             QJsonObject{{QStringLiteral("sessions"), describeOtherSessions(otherDevices)}});
        for (const Session& s : otherDevices) {
            decision.supersededIds.append(s.id);
            if (SessionRules::holdsSeat(s))
                ++seatsFreed;
        }
    }

    decision.mode = request.mode;
    decision.state = request.standby ? SessionState::Standby : SessionState::Active;
    const bool seatFree = context.pool && context.seatsInUse - seatsFreed < context.effectiveSeats;
    if (seatFree)
        return decision;

    if (wantsAdmin) { // R5: no admin seat, so limited admin mode
        decision.mode = SessionMode::LimitedAdmin;
        decision.state = SessionState::Active;
        return decision;
    }
    if (context.pool && context.pool->overflow && context.ppuMinutes > 0) { // R2 pay-per-use
        decision.overflow = true;
        return decision;
    }
    return makeError(ErrorCode::NoLicenseAvailable,
                     QStringLiteral("All %1 licenses of this pool are in use. Ask a manager to sign out inactive "
                                    "users or to add seats.")
                         .arg(context.effectiveSeats));
}

} // namespace seatwise
