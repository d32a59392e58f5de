#include "client/GatewayClient.h"
#include "console/seat/AdminSeat.h"
#include "console/seat/LimitedAdminBanner.h"
#include "support/ConsoleTestKit.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace seatwise;
using seatwise::test::EmbeddedTestGateway;

namespace {

const QString kOwnerToken = QStringLiteral("admin-seat-test-owner-token");
const QString kPassword = QStringLiteral("manager-pass");
constexpr int kRetryMs = 300;

} // namespace

class TestAdminSeat final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dataDir;
    EmbeddedTestGateway m_gateway{m_dataDir.path(), kOwnerToken}; // its client is the owner's
    std::unique_ptr<GatewayClient> m_first;                       // one manager's console
    std::unique_ptr<GatewayClient> m_second;                      // another manager's console
    QString m_adminPool;

    std::unique_ptr<GatewayClient> signedIn(const QString& login)
    {
        NewUser user{login, login, Role::Manager, kPassword};
        if (!QCoro::waitFor(m_gateway.client().createUser(user)))
            return {};
        auto client = std::make_unique<GatewayClient>(m_gateway.apiBaseUrl());
        if (!QCoro::waitFor(client->authenticate(login, kPassword)))
            return {};
        return client;
    }

    int adminSeatsInUse()
    {
        const auto pools = QCoro::waitFor(m_gateway.client().pools());
        if (pools)
            for (const PoolInfo& pool : pools.value())
                if (pool.id == m_adminPool)
                    return pool.inUse;
        return -1;
    }

    SessionState stateOf(const QString& sessionId)
    {
        const auto sessions = QCoro::waitFor(m_gateway.client().sessions());
        if (sessions)
            for (const SessionInfo& session : sessions.value())
                if (session.id == sessionId)
                    return session.state;
        return SessionState::Ended;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dataDir.isValid());
        QVERIFY2(m_gateway.start(), qPrintable(m_gateway.lastError()));

        // One admin seat; a session unseen for 2 s is purged, so only heartbeats keep it.
        GatewayClient::HttpCall create{"POST",
                                       QStringLiteral("/pools"),
                                       {},
                                       QJsonObject{{QStringLiteral("name"), QStringLiteral("Admins")},
                                                   {QStringLiteral("kind"), QStringLiteral("admin")},
                                                   {QStringLiteral("model"), QStringLiteral("concurrent")},
                                                   {QStringLiteral("seats"), 1},
                                                   {QStringLiteral("purge_after_s"), 2},
                                                   {QStringLiteral("heartbeat_interval_s"), 1}},
                                       kOwnerToken};
        const auto pool = QCoro::waitFor(m_gateway.client().call(create));
        QVERIFY2(pool.ok(), pool.ok() ? "" : qPrintable(pool.error().message));
        m_adminPool = pool->json.toObject().value(QLatin1String("id")).toString();
        QVERIFY(!m_adminPool.isEmpty());

        m_first = signedIn(QStringLiteral("first-manager"));
        m_second = signedIn(QStringLiteral("second-manager"));
        QVERIFY(m_first && m_second);
    }

    void limitedUntilTheAdminSeatFrees()
    {
        AdminSeat first(m_first.get(), QStringLiteral("console-first"));
        AdminSeat second(m_second.get(), QStringLiteral("console-second"));
        first.setRetryIntervalMs(kRetryMs);
        second.setRetryIntervalMs(kRetryMs);

        QWidget window;
        auto* banner = new LimitedAdminBanner(&window);
        (new QVBoxLayout(&window))->addWidget(banner);
        connect(&second, &AdminSeat::modeChanged, banner, &LimitedAdminBanner::setMode);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!banner->isVisible());

        first.start();
        QTRY_COMPARE_WITH_TIMEOUT(first.mode(), AdminSeat::Mode::Admin, 10000);
        QCOMPARE(adminSeatsInUse(), 1);

        QSignalSpy secondModes(&second, &AdminSeat::modeChanged);
        second.start();
        QTRY_COMPARE_WITH_TIMEOUT(second.mode(), AdminSeat::Mode::LimitedAdmin, 10000);
        QVERIFY(banner->isVisible());
        const auto* label = banner->findChild<QLabel*>(QStringLiteral("limitedAdminLabel"));
        QVERIFY(label && label->text().startsWith(QLatin1String("Limited admin mode")));
        QVERIFY(!banner->toolTip().isEmpty());
        if (const QString shots = qEnvironmentVariable("SEATWISE_SCREENSHOT_DIR");
            !shots.isEmpty() && QDir().mkpath(shots)) {
            window.resize(900, window.sizeHint().height());
            QTest::qWait(100);
            window.grab().save(QDir(shots).filePath(QStringLiteral("limited-admin-banner.png")));
        }

        // Retrying keeps it limited (no flicker through None) while the seat is taken.
        QTest::qWait(3 * kRetryMs);
        QCOMPARE(second.mode(), AdminSeat::Mode::LimitedAdmin);
        QCOMPARE(secondModes.size(), 1);
        QCOMPARE(first.mode(), AdminSeat::Mode::Admin);
        QCOMPARE(adminSeatsInUse(), 1);

        QCoro::waitFor(first.stop());
        QCOMPARE(first.mode(), AdminSeat::Mode::None);
        QTRY_COMPARE_WITH_TIMEOUT(second.mode(), AdminSeat::Mode::Admin, 10 * kRetryMs);
        QVERIFY(!banner->isVisible());
        QCOMPARE(adminSeatsInUse(), 1);

        QCoro::waitFor(second.stop());
        QTRY_COMPARE_WITH_TIMEOUT(adminSeatsInUse(), 0, 5000);
    }

    void heartbeatsKeepTheSeat()
    {
        AdminSeat seat(m_first.get(), QStringLiteral("console-first"));
        seat.start();
        QTRY_COMPARE_WITH_TIMEOUT(seat.mode(), AdminSeat::Mode::Admin, 10000);
        const QString sessionId = seat.sessionId();

        // Twice the purge time: without heartbeats the gateway would have ended it.
        QTest::qWait(4500);
        QCOMPARE(seat.mode(), AdminSeat::Mode::Admin);
        QCOMPARE(seat.sessionId(), sessionId);
        QCOMPARE(stateOf(sessionId), SessionState::Active);
        QCOMPARE(adminSeatsInUse(), 1);

        // Minimised: heartbeats say inactive, and still keep the seat.
        seat.setActive(false);
        QTest::qWait(3000);
        QCOMPARE(seat.sessionId(), sessionId);
        QVERIFY(stateOf(sessionId) != SessionState::Ended);
        QCoro::waitFor(seat.stop());
    }

    void signedOutSeatLogsInAgain()
    {
        AdminSeat seat(m_first.get(), QStringLiteral("console-first"));
        seat.start();
        QTRY_COMPARE_WITH_TIMEOUT(seat.mode(), AdminSeat::Mode::Admin, 10000);
        const QString ended = seat.sessionId();

        const auto signedOut = QCoro::waitFor(m_gateway.client().signOut(SignOutRequest::sessions({ended})));
        QVERIFY(signedOut.ok());
        QCOMPARE(signedOut.value(), 1);

        // The next heartbeat is answered 410; the seat logs in again as a new session.
        QTRY_VERIFY_WITH_TIMEOUT(!seat.sessionId().isEmpty() && seat.sessionId() != ended, 10000);
        QCOMPARE(seat.mode(), AdminSeat::Mode::Admin);
        QCOMPARE(adminSeatsInUse(), 1);
        QCoro::waitFor(seat.stop());
    }

    void cleanupTestCase()
    {
        m_first.reset();
        m_second.reset();
        m_gateway.stop();
    }
};

QTEST_MAIN(TestAdminSeat)
#include "TestAdminSeat.moc"
