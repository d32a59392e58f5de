// Keep-alive connections that stay silent longer than --idle-timeout are closed by the gateway; busy
// ones and WebSocket listeners are kept.
#include "support/Checks.h"
#include "support/EventStream.h"
#include "support/GatewayProcess.h"
#include "support/StoreUnderTest.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestIdleConnections final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_gateway.reset(); }

    void silentConnectionIsClosed();
    void busyConnectionAndListenerAreKept();

private:
    // A keep-alive connection that has had one answered request.
    std::unique_ptr<QTcpSocket> openConnection();
    bool request(QTcpSocket& socket);

    std::unique_ptr<GatewayProcess> m_gateway;
};

void TestIdleConnections::init()
{
    if (const QString reason = StoreUnderTest::skipReason(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    m_gateway = std::make_unique<GatewayProcess>();
    m_gateway->setExtraArguments({u"--idle-timeout"_s, u"0.6"_s});
    QVERIFY2(m_gateway->start(), qPrintable(m_gateway->lastError()));
}

bool TestIdleConnections::request(QTcpSocket& socket)
{
    const QByteArray get = "GET /api/v1/pools HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                           m_gateway->ownerToken().toUtf8() + "\r\n\r\n";
    socket.write(get);
    QByteArray answer;
    while (!answer.contains("\r\n\r\n[") && socket.waitForReadyRead(3000))
        answer += socket.readAll();
    return answer.startsWith("HTTP/1.1 200");
}

std::unique_ptr<QTcpSocket> TestIdleConnections::openConnection()
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(u"127.0.0.1"_s, m_gateway->port());
    if (!socket->waitForConnected(3000) || !request(*socket))
        return nullptr;
    return socket;
}

void TestIdleConnections::silentConnectionIsClosed()
{
    auto socket = openConnection();
    QVERIFY(socket);
    QElapsedTimer silent;
    silent.start();
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 5000);
    qInfo("a silent keep-alive connection was closed after %lld ms (timeout 600 ms)", silent.elapsed());
    QVERIFY(silent.elapsed() >= 500);
}

void TestIdleConnections::busyConnectionAndListenerAreKept()
{
    auto busy = openConnection();
    QVERIFY(busy);
    EventStream listener;
    QVERIFY2(listener.open(m_gateway->eventsUrl(), m_gateway->ownerToken()), qPrintable(listener.errorString()));
    QVERIFY(listener.waitFor(u"hello"_s).has_value());
    // Three timeouts long: a request every 200 ms keeps one open, the listener needs nothing.
    for (int i = 0; i < 10; ++i) {
        QTest::qWait(200);
        QVERIFY2(request(*busy), "the busy connection lost its answer");
    }
    QCOMPARE(busy->state(), QAbstractSocket::ConnectedState);
    QVERIFY(listener.isConnected());
}

QTEST_GUILESS_MAIN(TestIdleConnections)
#include "TestIdleConnections.moc"
