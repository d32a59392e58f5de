// GET /api/v1/events: the WebSocket stream of session and pool changes, and who may open it.
#include "support/Checks.h"
#include "support/EventStream.h"
#include "support/Seatwise.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestEvents final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { SW_START_GATEWAY(); }
    void cleanup() { m_sw.reset(); }

    void refusedWithoutValidToken();
    void acceptedWithHeaderOrQuery();
    void sessionLifecycleIsStreamed();
    void poolChangesAreStreamed();
    void forcedEndAndReaperAreStreamed();

private:
    std::unique_ptr<Seatwise> m_sw;
};

void TestEvents::refusedWithoutValidToken()
{
    const quint16 port = m_sw->process().port();
    QCOMPARE(EventStream::handshakeStatus(port, "/api/v1/events", {}), 401);
    QCOMPARE(EventStream::handshakeStatus(port, "/api/v1/events", u"bogus"_s), 401);
    QCOMPARE(EventStream::handshakeStatus(port, "/api/v1/events?access_token=bogus", {}), 401);
    // A session token is not a user token.
    const QString pool = m_sw->pool().value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    const int withSessionToken = EventStream::handshakeStatus(port, "/api/v1/events", seat.token);
    QVERIFY2(withSessionToken == 401 || withSessionToken == 403, QByteArray::number(withSessionToken).constData());
    EventStream stream;
    QVERIFY(!stream.open(m_sw->process().eventsUrl(), u"bogus"_s));
    QVERIFY(!stream.isConnected());
}

void TestEvents::acceptedWithHeaderOrQuery()
{
    const quint16 port = m_sw->process().port();
    QCOMPARE(EventStream::handshakeStatus(port, "/api/v1/events", m_sw->owner()), 101);
    QCOMPARE(EventStream::handshakeStatus(port, "/api/v1/events?access_token=" + m_sw->owner().toUtf8(), {}), 101);
    EventStream header;
    QVERIFY2(header.open(m_sw->process().eventsUrl(), m_sw->owner()), qPrintable(header.errorString()));
    EventStream query;
    QVERIFY2(query.open(m_sw->process().eventsUrl(), m_sw->owner(), EventStream::TokenIn::Query),
             qPrintable(query.errorString()));
    // Both receive the same change.
    const QString pool = m_sw->pool().value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    QVERIFY(header.waitFor(u"session.opened"_s, sessionIs(seat.id)).has_value());
    QVERIFY(query.waitFor(u"session.opened"_s, sessionIs(seat.id)).has_value());
}

void TestEvents::sessionLifecycleIsStreamed()
{
    EventStream stream;
    QVERIFY2(stream.open(m_sw->process().eventsUrl(), m_sw->owner()), qPrintable(stream.errorString()));
    const QString pool = m_sw->pool(obj({{u"seats"_s, 2}})).value(u"id"_s).toString();
    const User agent = m_sw->user(u"agent"_s);
    const Seat seat = m_sw->login(agent, pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);

    const auto opened = stream.waitFor(u"session.opened"_s, sessionIs(seat.id));
    QVERIFY2(opened.has_value(), "no session.opened");
    const QJsonObject session = opened->value(u"session"_s).toObject();
    QCOMPARE(session.value(u"pool"_s).toString(), pool);
    QCOMPARE(session.value(u"device"_s).toString(), u"pc"_s);
    QCOMPARE(session.value(u"state"_s).toString(), u"active"_s);
    QCOMPARE(session.value(u"user"_s).toObject().value(u"login"_s).toString(), agent.login);
    QVERIFY(!session.contains(u"token"_s));
    const QString at = opened->value(u"at"_s).toString();
    QVERIFY2(at.endsWith(u'Z') && QDateTime::fromString(at, Qt::ISODate).isValid(), qPrintable(at));

    // A paused session is listed only to its own user (R11): its user's stream sees the change.
    EventStream own;
    QVERIFY2(own.open(m_sw->process().eventsUrl(), agent.token), qPrintable(own.errorString()));
    SW_COMPARE_STATUS(m_sw->http().post(u"/sessions/"_s + seat.id + u"/pause"_s, {}, seat.token), 200);
    const auto paused = own.waitFor(u"session.changed"_s, [&](const QJsonObject& m) {
        return sessionIs(seat.id)(m) && m.value(u"session"_s).toObject().value(u"state"_s).toString() == u"paused"_s;
    });
    QVERIFY2(paused.has_value(), "no session.changed to paused");
    QVERIFY2(stream.waitFor(u"pool.changed"_s, poolIs(pool)).has_value(), "no pool.changed after pause");

    SW_COMPARE_STATUS(m_sw->http().post(u"/sessions/"_s + seat.id + u"/resume"_s, {}, seat.token), 200);
    QVERIFY(stream
                .waitFor(u"session.changed"_s,
                         [&](const QJsonObject& m) {
                             return sessionIs(seat.id)(m) &&
                                    m.value(u"session"_s).toObject().value(u"state"_s).toString() == u"active"_s;
                         })
                .has_value());

    SW_COMPARE_STATUS(m_sw->logout(seat), 204);
    QVERIFY2(stream.waitFor(u"session.ended"_s, sessionIs(seat.id)).has_value(), "no session.ended");
}

void TestEvents::poolChangesAreStreamed()
{
    EventStream stream;
    QVERIFY2(stream.open(m_sw->process().eventsUrl(), m_sw->owner()), qPrintable(stream.errorString()));
    const QString pool = m_sw->pool(obj({{u"seats"_s, 3}})).value(u"id"_s).toString();
    const Seat seat = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(seat.reply, 201);
    const auto changed = stream.waitFor(u"pool.changed"_s, [&](const QJsonObject& m) {
        return poolIs(pool)(m) && m.value(u"pool"_s).toObject().value(u"in_use"_s).toInt() == 1;
    });
    QVERIFY2(changed.has_value(), "no pool.changed with in_use 1");
    const QJsonObject listed = changed->value(u"pool"_s).toObject();
    QCOMPARE(listed.value(u"seats"_s).toInt(), 3);
    QCOMPARE(listed.value(u"available"_s).toInt(), 2);
    QVERIFY(!listed.contains(u"client_key"_s));
    SW_COMPARE_STATUS(m_sw->logout(seat), 204);
    QVERIFY(stream
                .waitFor(u"pool.changed"_s,
                         [&](const QJsonObject& m) {
                             return poolIs(pool)(m) && m.value(u"pool"_s).toObject().value(u"in_use"_s).toInt() == 0;
                         })
                .has_value());
}

void TestEvents::forcedEndAndReaperAreStreamed()
{
    const QString pool =
        m_sw->pool(obj({{u"seats"_s, 2}, {u"idle_after_s"_s, 1}, {u"purge_after_s"_s, 2}})).value(u"id"_s).toString();
    const Seat forced = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    const Seat purged = m_sw->login(m_sw->user(u"agent"_s), pool, u"pc"_s);
    SW_COMPARE_STATUS(forced.reply, 201);
    SW_COMPARE_STATUS(purged.reply, 201);
    EventStream stream;
    QVERIFY2(stream.open(m_sw->process().eventsUrl(), m_sw->owner()), qPrintable(stream.errorString()));
    SW_COMPARE_STATUS(m_sw->signOut(obj({{u"ids"_s, QJsonArray{forced.id}}})), 200);
    QVERIFY2(stream.waitFor(u"session.ended"_s, sessionIs(forced.id)).has_value(), "no session.ended (forced)");
    // The reaper's decisions are streamed too: inactive, then purged.
    QVERIFY2(stream
                 .waitFor(u"session.changed"_s,
                          [&](const QJsonObject& m) {
                              return sessionIs(purged.id)(m) &&
                                     m.value(u"session"_s).toObject().value(u"state"_s).toString() == u"inactive"_s;
                          })
                 .has_value(),
             "no session.changed to inactive");
    QVERIFY2(stream.waitFor(u"session.ended"_s, sessionIs(purged.id), 5000).has_value(), "no session.ended (purged)");
    QVERIFY(!m_sw->isListed(purged.id));
}

QTEST_GUILESS_MAIN(TestEvents)
#include "TestEvents.moc"
