#include "client/GatewayClient.h"
#include "console/actions/SessionActions.h"
#include "support/ConsoleTestKit.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace seatwise;
using seatwise::test::EmbeddedTestGateway;

namespace {

const QString kToken = QStringLiteral("session-actions-test-token");
const QString kPassword = QStringLiteral("s3cret-pass");

struct Agent {
    QString login;
    SessionGrant grant;
};

} // namespace

class TestSessionActions final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dataDir;
    EmbeddedTestGateway m_gateway{m_dataDir.path(), kToken};
    QString m_awayPool; // idle_after_s 1: its sessions turn inactive at once
    QString m_deskPool;
    int m_users = 0;

    QString makePool(const QString& name, PoolKind kind, int idleAfterS)
    {
        PoolSpec spec;
        spec.name = name;
        spec.kind = kind;
        spec.seats = 20;
        spec.idleAfterS = idleAfterS;
        const auto pool = QCoro::waitFor(m_gateway.client().createPool(spec));
        return pool ? pool->id : QString();
    }

    // A new agent signed in to `pool`.
    Agent signIn(const QString& pool)
    {
        const QString login = QStringLiteral("agent%1").arg(++m_users);
        NewUser user{login, QStringLiteral("Agent %1").arg(m_users), Role::Agent, kPassword};
        if (!QCoro::waitFor(m_gateway.client().createUser(user)))
            return {};
        LoginRequest request{login, kPassword, pool, QStringLiteral("desk-") + login, {}, false, false};
        const auto grant = QCoro::waitFor(m_gateway.client().login(request));
        return grant ? Agent{login, grant.value()} : Agent{};
    }

    QSet<QString> listed(std::optional<SessionState> state = {})
    {
        const auto sessions = QCoro::waitFor(m_gateway.client().sessions(QString(), state));
        QSet<QString> ids;
        if (sessions)
            for (const SessionInfo& session : sessions.value())
                ids.insert(session.id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid());
        QVERIFY2(m_gateway.start(), qPrintable(m_gateway.lastError()));
        m_awayPool = makePool(QStringLiteral("Away"), PoolKind::Standard, 1);
        m_deskPool = makePool(QStringLiteral("Desk"), PoolKind::Standard, 600);
        QVERIFY(!m_awayPool.isEmpty() && !m_deskPool.isEmpty());
        QVERIFY(!makePool(QStringLiteral("Admin"), PoolKind::Admin, 600).isEmpty());
    }

    void signsOutInactiveUsersByShortcut()
    {
        const Agent away1 = signIn(m_awayPool);
        const Agent away2 = signIn(m_awayPool);
        const Agent atDesk = signIn(m_deskPool);
        QVERIFY(!away1.grant.id.isEmpty() && !away2.grant.id.isEmpty() && !atDesk.grant.id.isEmpty());
        for (const Agent& agent : {away1, away2})
            QVERIFY(QCoro::waitFor(m_gateway.client().heartbeat(agent.grant.id, agent.grant.token, false)));
        const QSet<QString> inactive{away1.grant.id, away2.grant.id};
        QTRY_COMPARE_WITH_TIMEOUT(listed(SessionState::Inactive), inactive, 10000);

        QWidget host;
        SessionActions actions(
            &m_gateway.client(), [] { return QStringList(); }, &host);
        host.addActions(actions.actions());
        QSignalSpy reported(&actions, &SessionActions::reported);
        QSignalSpy failed(&actions, &SessionActions::failed);
        host.show();
        activate(host);
        QTest::keyClick(&host, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!actions.signOutInactiveAction()->isEnabled()); // while the call runs
        QTRY_COMPARE_WITH_TIMEOUT(reported.size(), 1, 10000);
        QVERIFY(failed.isEmpty());
        QCOMPARE(reported.at(0).at(0).toString(), QStringLiteral("Signed out 2 inactive users"));
        QVERIFY(actions.signOutInactiveAction()->isEnabled());
        const QSet<QString> open = listed();
        QVERIFY(!open.contains(away1.grant.id) && !open.contains(away2.grant.id));
        QVERIFY(open.contains(atDesk.grant.id));
    }

    void signsOutSelectedSessionsWhenConfirmed()
    {
        const Agent first = signIn(m_deskPool);
        const Agent second = signIn(m_deskPool);
        const Agent bystander = signIn(m_deskPool);
        QStringList selection{first.grant.id, second.grant.id};
        QWidget host;
        SessionActions actions(
            &m_gateway.client(), [&selection] { return selection; }, &host);
        host.addActions(actions.actions());
        QStringList asked;
        bool answer = false;
        actions.setConfirmHook([&](const QString& title, const QString& text) {
            asked.append(title + QLatin1Char('\n') + text);
            return answer;
        });
        QSignalSpy reported(&actions, &SessionActions::reported);
        QSignalSpy finished(&actions, &SessionActions::finished);
        host.show();
        activate(host);
        host.setFocus();

        QTest::keyClick(&host, Qt::Key_Delete); // answered no: nothing ends
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
        QVERIFY2(asked.at(0).contains(QStringLiteral("these 2 sessions")), qPrintable(asked.at(0)));
        QVERIFY(asked.at(0).contains(first.login) && asked.at(0).contains(second.login));
        QVERIFY(!asked.at(0).contains(bystander.login));
        QTRY_VERIFY(actions.signOutSelectedAction()->isEnabled());
        QVERIFY(reported.isEmpty());
        QVERIFY(listed().contains(first.grant.id));

        answer = true;
        QTest::keyClick(&host, Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(reported.size(), 1, 10000);
        QCOMPARE(reported.at(0).at(0).toString(), QStringLiteral("Signed out 2 sessions"));
        const QSet<QString> open = listed();
        QVERIFY(!open.contains(first.grant.id) && !open.contains(second.grant.id));
        QVERIFY(open.contains(bystander.grant.id));

        selection.clear(); // nothing selected: the action is off
        actions.updateEnabled();
        QVERIFY(!actions.signOutSelectedAction()->isEnabled());
    }

    void signsOutAllButTheCallersAdminSessions()
    {
        signIn(m_deskPool);
        signIn(m_awayPool);
        LoginRequest adminLogin{{}, {}, {}, QStringLiteral("console-1"), SessionMode::Admin, false, false};
        const auto admin = QCoro::waitFor(m_gateway.client().login(adminLogin));
        QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().message));
        QVERIFY(listed().size() >= 3);

        SessionActions actions(&m_gateway.client(), [] { return QStringList(); });
        QString asked;
        actions.setConfirmHook([&asked](const QString&, const QString& text) {
            asked = text;
            return true;
        });
        QSignalSpy reported(&actions, &SessionActions::reported);
        actions.signOutAllAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(reported.size(), 1, 10000);
        QVERIFY2(asked.contains(QStringLiteral("EVERY")), qPrintable(asked));
        QCOMPARE(listed(), QSet<QString>{admin->id});
    }

    void reportsTheGatewaysRefusal()
    {
        GatewayClient stranger(m_gateway.apiBaseUrl());
        stranger.setToken(QStringLiteral("not-a-token"));
        SessionActions actions(&stranger, [] { return QStringList(); });
        QSignalSpy failed(&actions, &SessionActions::failed);
        QSignalSpy reported(&actions, &SessionActions::reported);
        actions.signOutInactiveAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QVERIFY(reported.isEmpty());
        QVERIFY(actions.signOutInactiveAction()->isEnabled());
    }

    void cleanupTestCase() { m_gateway.stop(); }

private:
    static void activate(QWidget& host)
    {
        host.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&host));
    }
};

QTEST_MAIN(TestSessionActions)
#include "TestSessionActions.moc"
