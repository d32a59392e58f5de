// R17 usage points (peak, seats, logins, denials) and R20 audit events for admin actions and forced ends.
#include "support/Checks.h"
#include "support/Seatwise.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestUsageAudit final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { SW_START_GATEWAY(); }
    void cleanup() { m_sw.reset(); }

    void usageCountsLoginsAndDenials();
    void usageDefaultsAndErrors();
    void auditRecordsAdminActions();
    void auditRecordsForcedEnds();
    void auditIsForManagers();

private:
    QJsonArray usagePoints(const QString& pool, const QString& token = {});
    QJsonArray audit(const QString& token = {});
    static QJsonObject findAction(const QJsonArray& events, const QString& action, const QString& target = {});

    std::unique_ptr<Seatwise> m_sw;
};

QJsonArray TestUsageAudit::usagePoints(const QString& pool, const QString& token)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QUrlQuery query;
    query.addQueryItem(u"pool"_s, pool);
    query.addQueryItem(u"from"_s, Seatwise::iso(now.addSecs(-600)));
    query.addQueryItem(u"to"_s, Seatwise::iso(now.addSecs(120)));
    query.addQueryItem(u"step"_s, u"60"_s);
    const Reply usage =
        m_sw->http().get(u"/usage?"_s + query.toString(QUrl::FullyEncoded), token.isEmpty() ? m_sw->owner() : token);
    if (usage.status != 200)
        QTest::qFail(usage.describe().constData(), __FILE__, __LINE__);
    return usage.json.value(u"points"_s).toArray();
}

QJsonArray TestUsageAudit::audit(const QString& token)
{
    const Reply events = m_sw->http().get(u"/audit"_s, token.isEmpty() ? m_sw->owner() : token);
    if (events.status != 200)
        QTest::qFail(events.describe().constData(), __FILE__, __LINE__);
    return events.array;
}

QJsonObject TestUsageAudit::findAction(const QJsonArray& events, const QString& action, const QString& target)
{
    for (const QJsonValue& value : events) {
        const QJsonObject event = value.toObject();
        if (event.value(u"action"_s).toString() == action &&
            (target.isEmpty() || QJsonDocument(event).toJson().contains(target.toUtf8())))
            return event;
    }
    return {};
}

void TestUsageAudit::usageCountsLoginsAndDenials()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 2}})).value(u"id"_s).toString();
    const Seat a = m_sw->login(m_sw->user(u"agent"_s), pool, u"a"_s);
    const Seat b = m_sw->login(m_sw->user(u"agent"_s), pool, u"b"_s);
    SW_COMPARE_STATUS(a.reply, 201);
    SW_COMPARE_STATUS(b.reply, 201);
    SW_COMPARE_ERROR(m_sw->login(m_sw->user(u"agent"_s), pool, u"c"_s).reply, 409, "no_license_available");
    SW_COMPARE_ERROR(m_sw->login(m_sw->user(u"agent"_s), pool, u"d"_s).reply, 409, "no_license_available");
    SW_COMPARE_STATUS(m_sw->logout(a), 204);
    const Seat c = m_sw->login(m_sw->user(u"agent"_s), pool, u"c"_s);
    SW_COMPARE_STATUS(c.reply, 201);

    const QJsonArray points = usagePoints(pool);
    QVERIFY2(!points.isEmpty(), "no usage points");
    int logins = 0;
    int denials = 0;
    int peak = 0;
    QDateTime previous;
    for (const QJsonValue& value : points) {
        const QJsonObject point = value.toObject();
        const QDateTime t = QDateTime::fromString(point.value(u"t"_s).toString(), Qt::ISODate);
        QVERIFY2(t.isValid() && point.value(u"t"_s).toString().endsWith(u'Z'),
                 qPrintable(point.value(u"t"_s).toString()));
        if (previous.isValid())
            QVERIFY(t > previous);
        previous = t;
        logins += point.value(u"logins"_s).toInt();
        denials += point.value(u"denials"_s).toInt();
        peak = std::max(peak, point.value(u"peak"_s).toInt());
        if (point.value(u"logins"_s).toInt() > 0)
            QCOMPARE(point.value(u"seats"_s).toInt(), 2);
    }
    QCOMPARE(logins, 3);
    QCOMPARE(denials, 2);
    QCOMPARE(peak, 2);
    // Another pool's activity is not counted here.
    const QJsonArray otherPoints = usagePoints(m_sw->pool().value(u"id"_s).toString());
    int otherLogins = 0;
    for (const QJsonValue& value : otherPoints)
        otherLogins += value.toObject().value(u"logins"_s).toInt();
    QCOMPARE(otherLogins, 0);
}

void TestUsageAudit::usageDefaultsAndErrors()
{
    const QString pool = m_sw->pool().value(u"id"_s).toString();
    SW_COMPARE_STATUS(m_sw->login(m_sw->user(u"agent"_s), pool, u"a"_s).reply, 201);
    const Reply usage = m_sw->http().get(u"/usage?pool="_s + pool, m_sw->owner());
    SW_COMPARE_STATUS(usage, 200);
    const QJsonArray points = usage.json.value(u"points"_s).toArray();
    QVERIFY(!points.isEmpty());
    int logins = 0;
    for (const QJsonValue& value : points)
        logins += value.toObject().value(u"logins"_s).toInt();
    QCOMPARE(logins, 1);
    // Default step is 60 s, default window the last 24 h.
    if (points.size() >= 2) {
        const QDateTime t0 = QDateTime::fromString(points.at(0).toObject().value(u"t"_s).toString(), Qt::ISODate);
        const QDateTime t1 = QDateTime::fromString(points.at(1).toObject().value(u"t"_s).toString(), Qt::ISODate);
        QCOMPARE(t0.secsTo(t1), 60);
    }
    SW_COMPARE_ERROR(m_sw->http().get(u"/usage?pool="_s + pool + u"&from=yesterday"_s, m_sw->owner()), 400,
                     "bad_request");
    SW_COMPARE_ERROR(m_sw->http().get(u"/usage?pool="_s + pool + u"&step=-5"_s, m_sw->owner()), 400, "bad_request");
    SW_COMPARE_ERROR(m_sw->http().get(u"/usage?pool="_s + pool), 401, "unauthorized");
}

void TestUsageAudit::auditRecordsAdminActions()
{
    const User manager = m_sw->user(u"manager"_s);
    const QJsonObject pool = m_sw->pool(obj({{u"name"_s, u"Audited"_s}}), manager.token);
    const QJsonArray events = audit();
    const QJsonObject userCreate = findAction(events, u"user.create"_s, manager.login);
    QVERIFY2(!userCreate.isEmpty(), QJsonDocument(events).toJson().constData());
    QCOMPARE(userCreate.value(u"actor"_s).toString(), u"admin"_s);
    QVERIFY(userCreate.value(u"at"_s).toString().endsWith(u'Z'));
    QVERIFY(QDateTime::fromString(userCreate.value(u"at"_s).toString(), Qt::ISODate).isValid());
    QVERIFY(userCreate.contains(u"details"_s));
    const QJsonObject poolCreate = findAction(events, u"pool.create"_s, pool.value(u"id"_s).toString());
    QVERIFY2(!poolCreate.isEmpty(), QJsonDocument(events).toJson().constData());
    QCOMPARE(poolCreate.value(u"actor"_s).toString(), manager.login);
    // from/to narrow the window.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Reply none = m_sw->http().get(u"/audit?from="_s + Seatwise::iso(now.addSecs(-7200)) + u"&to="_s +
                                            Seatwise::iso(now.addSecs(-3600)),
                                        m_sw->owner());
    SW_COMPARE_STATUS(none, 200);
    QCOMPARE(none.array.size(), 0);
    // Ids are opaque strings on the wire (SPEC section 3).
    QVERIFY2(userCreate.value(u"id"_s).isString() && !userCreate.value(u"id"_s).toString().isEmpty(),
             QJsonDocument(userCreate).toJson().constData());
}

void TestUsageAudit::auditRecordsForcedEnds()
{
    const QString pool = m_sw->pool(obj({{u"seats"_s, 5}, {u"idle_after_s"_s, 1}})).value(u"id"_s).toString();
    const User manager = m_sw->user(u"manager"_s);
    // session.force_end via DELETE
    const Seat forced = m_sw->login(m_sw->user(u"agent"_s), pool, u"a"_s);
    SW_COMPARE_STATUS(m_sw->http().del(u"/sessions/"_s + forced.id, manager.token), 204);
    // session.superseded via force login
    const User mover = m_sw->user(u"agent"_s);
    const Seat moved = m_sw->login(mover, pool, u"office"_s);
    SW_COMPARE_STATUS(m_sw->login(mover, pool, u"home"_s, obj({{u"force"_s, true}})).reply, 201);
    // sessions.sign_out + session.force_end via ids
    const Seat listed = m_sw->login(m_sw->user(u"agent"_s), pool, u"b"_s);
    SW_COMPARE_STATUS(m_sw->signOut(obj({{u"ids"_s, QJsonArray{listed.id}}}), manager.token), 200);
    // session.signed_out_inactive
    const Seat idle = m_sw->login(m_sw->user(u"agent"_s), pool, u"c"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_sw->heartbeatOutcome(idle, false), u"inactive"_s, 4000);
    const Reply inactive = m_sw->signOut(obj({{u"inactive"_s, true}}), manager.token);
    SW_COMPARE_STATUS(inactive, 200);
    QVERIFY(inactive.json.value(u"ended"_s).toInt() >= 1);

    const QJsonArray events = audit(manager.token);
    const QByteArray dump = QJsonDocument(events).toJson();
    const QJsonObject end = findAction(events, u"session.force_end"_s, forced.id);
    QVERIFY2(!end.isEmpty(), dump.constData());
    QCOMPARE(end.value(u"actor"_s).toString(), manager.login);
    QVERIFY2(!findAction(events, u"session.force_end"_s, listed.id).isEmpty(), dump.constData());
    QVERIFY2(!findAction(events, u"session.superseded"_s, moved.id).isEmpty(), dump.constData());
    QVERIFY2(!findAction(events, u"sessions.sign_out"_s).isEmpty(), dump.constData());
    const QJsonObject signedOut = findAction(events, u"session.signed_out_inactive"_s, idle.id);
    QVERIFY2(!signedOut.isEmpty(), dump.constData());
    QCOMPARE(signedOut.value(u"actor"_s).toString(), manager.login);
}

void TestUsageAudit::auditIsForManagers()
{
    const User agent = m_sw->user(u"agent"_s);
    SW_COMPARE_ERROR(m_sw->http().get(u"/audit"_s, agent.token), 403, "forbidden");
    SW_COMPARE_ERROR(m_sw->http().get(u"/audit"_s), 401, "unauthorized");
    SW_COMPARE_STATUS(m_sw->http().get(u"/audit"_s, m_sw->user(u"manager"_s).token), 200);
}

QTEST_GUILESS_MAIN(TestUsageAudit)
#include "TestUsageAudit.moc"
