#include "client/GatewayClient.h"
#include "console/EmbeddedGateway.h"
#include "console/LiveSync.h"
#include "console/PoolTableModel.h"
#include "console/SessionTableModel.h"
#include "console/TableRoles.h"
#include "console/cache/ConsoleCache.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace seatwise;

namespace {

const QString kToken = QStringLiteral("offline-test-token");

// A seatwise::Gateway in this process on its own thread, on `port` (0: any free one) over the
// store file in `dir`, like the console's embedded gateway.
std::unique_ptr<EmbeddedGateway> startGateway(const QString& dir, quint16 port)
{
    auto gateway = std::make_unique<EmbeddedGateway>(EmbeddedGateway::optionsFor(dir, port, kToken));
    QSignalSpy started(gateway.get(), &EmbeddedGateway::started);
    QSignalSpy failed(gateway.get(), &EmbeddedGateway::failed);
    gateway->start();
    if (!QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 20000) || !failed.isEmpty()) {
        qWarning("gateway did not start: %s", qPrintable(failed.value(0).value(0).toString()));
        return nullptr;
    }
    return gateway;
}

bool logIn(GatewayClient& admin, const QString& login, const QString& poolId)
{
    NewUser user{login, login.toUpper(), Role::Agent, QStringLiteral("secret-") + login};
    const auto created = QCoro::waitFor(admin.createUser(user));
    if (!created)
        return false;
    LoginRequest request;
    request.login = login;
    request.password = user.password;
    request.pool = poolId;
    request.device = QStringLiteral("pc-") + login;
    const auto grant = QCoro::waitFor(admin.login(request));
    return grant.ok();
}

QStringList logins(const SessionTableModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, SessionTableModel::UserColumn).data(RawValueRole).toString());
    out.sort();
    return out;
}

} // namespace

class TestOffline final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void onlyIdempotentCallsAreRetried()
    {
        // A gateway that is always busy: every request gets a 503.
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost));
        int requests = 0;
        connect(&busy, &QTcpServer::newConnection, this, [&busy, &requests] {
            while (QTcpSocket* socket = busy.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket, &requests] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    ++requests;
                    socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        GatewayClient client(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1").arg(busy.serverPort())));
        client.setToken(kToken);
        client.setRetryDelaysMs({20, 40, 80});
        QSignalSpy statusChanged(&client, &GatewayClient::connectionStatusChanged);

        const auto pools = QCoro::waitFor(client.pools()); // GET: tried again three times
        QVERIFY(!pools);
        QCOMPARE(pools.error().httpStatus, 503);
        QCOMPARE(requests, 4);
        QCOMPARE(client.connectionStatus().state, ConnectionStatus::State::Offline);
        QCOMPARE(statusChanged.first().at(0).value<ConnectionStatus>().state, ConnectionStatus::State::Reconnecting);

        requests = 0;
        const auto beat = QCoro::waitFor(client.heartbeat(QStringLiteral("s1"), QStringLiteral("t"), true));
        QVERIFY(!beat);
        QCOMPARE(requests, 1); // POST: never blindly again
    }

    void lastKnownStateOutlivesTheGateway()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto gateway = startGateway(dir.path(), 0);
        QVERIFY(gateway);
        const quint16 port = gateway->port();
        const QUrl apiBaseUrl = gateway->apiBaseUrl();

        GatewayClient admin(apiBaseUrl);
        admin.setToken(kToken);
        PoolSpec spec;
        spec.name = QStringLiteral("Agents");
        spec.seats = 5;
        const auto pool = QCoro::waitFor(admin.createPool(spec));
        QVERIFY2(pool, pool ? "" : qPrintable(pool.error().message));
        QVERIFY(logIn(admin, QStringLiteral("alice"), pool->id));
        QVERIFY(logIn(admin, QStringLiteral("bob"), pool->id));

        const QString cacheFile = dir.filePath(QStringLiteral("cache/local.sqlite"));
        auto cache = std::make_unique<ConsoleCache>(cacheFile);
        QVERIFY2(cache->open(), qPrintable(cache->lastError()));
        PoolTableModel pools;
        SessionTableModel sessions;
        QAbstractItemModelTester poolsTester(&pools, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sessionsTester(&sessions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        pools.setCache(cache.get());
        sessions.setCache(cache.get());

        GatewayClient console(apiBaseUrl);
        console.setToken(kToken);
        QSignalSpy statusChanged(&console, &GatewayClient::connectionStatusChanged);
        auto sync = std::make_unique<LiveSync>(&console, cache.get());
        sync->setCoalesceMs(100);
        sync->setFallbackMs(1000);
        sync->start();
        QTRY_COMPARE_WITH_TIMEOUT(logins(sessions), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}),
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(sync->state(), ConnectionState::Live, 10000);
        QCOMPARE(pools.rowCount(), 1);
        QCOMPARE(pools.index(0, PoolTableModel::InUseColumn).data(RawValueRole).toInt(), 2);
        QVERIFY(console.connectionStatus().isOnline());
        QVERIFY(console.connectionStatus().lastAnswerAt.isValid());
        QVERIFY(cache->lastSyncedAt().isValid());

        // The gateway goes away: the state turns Offline with words for it, the rows stay.
        gateway->stop();
        gateway.reset();
        QTRY_COMPARE_WITH_TIMEOUT(sync->state(), ConnectionState::Offline, 15000);
        QCOMPARE(console.connectionStatus().state, ConnectionStatus::State::Offline);
        QVERIFY(console.connectionStatus().lastError.isNetworkError());
        QVERIFY2(sync->lastError().contains(QStringLiteral("cannot be reached")), qPrintable(sync->lastError()));
        QVERIFY(console.connectionStatus().lastAnswerAt.isValid());
        QVERIFY(sync->eventsState() != EventStream::State::Connected);
        bool sawReconnecting = false;
        for (const QList<QVariant>& args : std::as_const(statusChanged))
            sawReconnecting =
                sawReconnecting || args.at(0).value<ConnectionStatus>().state == ConnectionStatus::State::Reconnecting;
        QVERIFY(sawReconnecting); // GETs were tried again before giving up
        QCOMPARE(logins(sessions), (QStringList{QStringLiteral("alice"), QStringLiteral("bob")}));
        QCOMPARE(pools.rowCount(), 1);

        // A new gateway on the same port and store: back Online, and new changes show.
        gateway = startGateway(dir.path(), port);
        QVERIFY(gateway);
        QTRY_VERIFY_WITH_TIMEOUT(sync->state() != ConnectionState::Offline, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(console.connectionStatus().isOnline(), 5000);
        QVERIFY(logIn(admin, QStringLiteral("carol"), pool->id));
        QTRY_COMPARE_WITH_TIMEOUT(
            logins(sessions), (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}),
            5000);
        QTRY_COMPARE_WITH_TIMEOUT(pools.index(0, PoolTableModel::InUseColumn).data(RawValueRole).toInt(), 3, 5000);
        // The event stream found its way back too (its back-off is at most a few seconds by now).
        QTRY_COMPARE_WITH_TIMEOUT(sync->state(), ConnectionState::Live, 20000);
        QCOMPARE(sync->eventsState(), EventStream::State::Connected);

        // Cold start with the gateway down: the cache alone shows the last known rows at once.
        sync.reset();
        cache.reset();
        gateway->stop();
        gateway.reset();
        ConsoleCache coldCache(cacheFile);
        QVERIFY2(coldCache.open(), qPrintable(coldCache.lastError()));
        PoolTableModel coldPools;
        SessionTableModel coldSessions;
        coldPools.setCache(&coldCache);
        coldSessions.setCache(&coldCache);
        QCOMPARE(coldPools.rowCount(), 1);
        QCOMPARE(logins(coldSessions),
                 (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}));

        GatewayClient coldClient(apiBaseUrl);
        coldClient.setToken(kToken);
        coldClient.setRetryDelaysMs({50, 50});
        LiveSync coldSync(&coldClient, &coldCache);
        coldSync.start();
        QTRY_COMPARE_WITH_TIMEOUT(coldSync.state(), ConnectionState::Offline, 10000);
        QCOMPARE(coldSessions.rowCount(), 3);
        QCOMPARE(coldCache.sessions().size(), 3);
    }
};

QTEST_MAIN(TestOffline)
#include "TestOffline.moc"
