#include "JsonViews.h"

#include "core/IsoTime.h"
#include "core/SessionRules.h"

#include <QJsonArray>

namespace seatwise::JsonViews {

QJsonObject user(const User& u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("login"), u.login},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("role"), toWire(u.role)},
            {QStringLiteral("sessions_view"), toWire(u.sessionsView)},
            {QStringLiteral("sessions_control"), toWire(u.sessionsControl)}};
}

QJsonObject userRef(const std::optional<User>& u)
{
    if (!u)
        return {};
    return {{QStringLiteral("id"), u->id}, {QStringLiteral("login"), u->login}, {QStringLiteral("name"), u->name}};
}

QJsonObject pool(const Pool& p, const PoolUsage& usage, int pendingSeats)
{
    QJsonObject json{{QStringLiteral("id"), p.id},
                     {QStringLiteral("name"), p.name},
                     {QStringLiteral("kind"), toWire(p.kind)},
                     {QStringLiteral("model"), toWire(p.model)},
                     {QStringLiteral("seats"), p.seats},
                     {QStringLiteral("in_use"), usage.inUse},
                     {QStringLiteral("available"), usage.available()},
                     {QStringLiteral("overflow_in_use"), usage.overflow},
                     {QStringLiteral("login_policy"), toWire(p.loginPolicy)},
                     {QStringLiteral("idle_after_s"), p.idleAfterS},
                     {QStringLiteral("purge_after_s"), p.purgeAfterS},
                     {QStringLiteral("grace_s"), p.graceS},
                     {QStringLiteral("overflow"), p.overflow},
                     {QStringLiteral("anonymous"), p.anonymous},
                     {QStringLiteral("features"), QJsonArray::fromStringList(p.features)},
                     {QStringLiteral("price_cents"), p.priceCents},
                     {QStringLiteral("heartbeat_interval_s"), p.heartbeatIntervalS},
                     {QStringLiteral("standby_expire_s"), p.standbyExpireS},
                     {QStringLiteral("activation_delay_s"), p.activationDelayS},
                     {QStringLiteral("pending_seats"), pendingSeats},
                     {QStringLiteral("created_at"), IsoTime::format(p.createdAtMs)}};
    if (p.model == PoolModel::Named) { // R15 counts: total, assigned, available
        json.insert(QStringLiteral("total"), usage.effectiveSeats);
        json.insert(QStringLiteral("assigned"), usage.inUse);
    }
    if (p.baseType)
        json.insert(QStringLiteral("base_type"), toWire(*p.baseType));
    if (!p.addonCode.isEmpty())
        json.insert(QStringLiteral("addon_code"), p.addonCode);
    return json;
}

QJsonObject license(const License& l)
{
    QJsonArray addons;
    for (const AttachedAddon& a : l.addons)
        addons.append(QJsonObject{{QStringLiteral("id"), a.licenseId}, {QStringLiteral("code"), a.code}});
    const auto orNull = [](const QString& text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("pool"), l.poolId},
            {QStringLiteral("status"), toWire(l.status)},
            {QStringLiteral("assigned_to"), l.assignedTo ? QJsonValue(userRef(l.assignedTo)) : QJsonValue()},
            {QStringLiteral("extension"), orNull(l.extension)},
            {QStringLiteral("number"), orNull(l.number)},
            {QStringLiteral("base_license"), orNull(l.baseLicenseId)},
            {QStringLiteral("addons"), addons}};
}

QJsonObject seatOrder(const SeatOrder& o)
{
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("pool"), o.poolId},
            {QStringLiteral("delta"), o.delta},
            {QStringLiteral("requested_at"), IsoTime::format(o.requestedAtMs)},
            {QStringLiteral("effective_at"), IsoTime::format(o.effectiveAtMs)},
            {QStringLiteral("prorated_cents"), o.proratedCents},
            {QStringLiteral("status"), toWire(o.status)},
            {QStringLiteral("requested_by"), o.requestedBy}};
}

QJsonObject session(const Session& s, const Pool* pool, qint64 nowMs)
{
    const SessionState state = pool ? SessionRules::liveState(s, *pool, nowMs) : s.state;
    QJsonObject json{{QStringLiteral("id"), s.id},
                     {QStringLiteral("pool"), s.poolId.isEmpty() ? QJsonValue() : QJsonValue(s.poolId)},
                     {QStringLiteral("user"), s.user ? QJsonValue(userRef(s.user)) : QJsonValue()},
                     {QStringLiteral("device"), s.device},
                     {QStringLiteral("mode"), toWire(s.mode)},
                     {QStringLiteral("state"), toWire(state)},
                     {QStringLiteral("overflow"), s.overflow},
                     {QStringLiteral("opened_at"), IsoTime::format(s.openedAtMs)},
                     {QStringLiteral("last_seen_at"), IsoTime::format(s.lastSeenAtMs)},
                     {QStringLiteral("last_active_at"), IsoTime::format(s.lastActiveAtMs)}};
    if (s.state == SessionState::Terminating)
        json.insert(QStringLiteral("terminate_at"), IsoTime::format(s.terminateAtMs));
    if (s.state == SessionState::Standby)
        json.insert(QStringLiteral("standby_expires_at"), IsoTime::format(s.standbyExpiresAtMs));
    if (s.state == SessionState::Ended) {
        json.insert(QStringLiteral("ended_at"), IsoTime::format(s.endedAtMs));
        json.insert(QStringLiteral("end_reason"), s.endReason ? toWire(*s.endReason) : QString());
        json.insert(QStringLiteral("ended_by"), s.endedBy);
    }
    return json;
}

} // namespace seatwise::JsonViews
