// The load generator's HTTP transport against a scripted server: one connection for many requests,
// a new one after "Connection: close" or a close by the server, answers split across packets, a
// timeout that fails only the late request, and a refused connection that fails what waits.
#include "client/KeepAliveConnection.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seatwise;

namespace {

// Answers each request with its own path as the body, the way `mode` says.
class ScriptedServer final : public QObject {
public:
    enum class Mode { KeepAlive, CloseEach, Split, Silent };

    explicit ScriptedServer(Mode mode)
        : m_mode(mode)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QUrl base() const { return QUrl(u"http://127.0.0.1:%1/api/v1"_s.arg(m_server.serverPort())); }
    int connections = 0;

private:
    void serve(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0; end = buffer.indexOf("\r\n\r\n")) {
            const QByteArray head = buffer.left(end);
            const qsizetype lengthAt = head.toLower().indexOf("content-length: ");
            const qsizetype length = lengthAt < 0 ? 0 : head.mid(lengthAt + 16).split('\r').value(0).toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            const QByteArray path = head.split(' ').value(1);
            buffer.remove(0, end + 4 + length);
            if (m_mode == Mode::Silent)
                continue;
            const QByteArray close = m_mode == Mode::CloseEach ? "Connection: close\r\n" : "";
            const QByteArray answer =
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(path.size()) +
                "\r\n" + close + "\r\n";
            if (m_mode == Mode::Split) {
                socket->write(answer + path.left(3));
                socket->flush();
                QTest::qWait(30);
                socket->write(path.mid(3));
            } else {
                socket->write(answer + path);
            }
            if (m_mode == Mode::CloseEach)
                socket->disconnectFromHost();
        }
    }

    Mode m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

// Sends `count` requests at once and waits for all answers.
QList<RawAnswer> sendAll(KeepAliveConnection& connection, int count, int waitMs = 5000)
{
    QList<RawAnswer> answers;
    for (int i = 0; i < count; ++i) {
        connection.send(RawExchange{"POST", "/r/" + QByteArray::number(i), "{}", "token",
                                    [&answers](const RawAnswer& answer) { answers.append(answer); }});
    }
    (void)QTest::qWaitFor([&] { return answers.size() == count; }, waitMs); // the callers compare the count
    return answers;
}

} // namespace

class TestKeepAliveConnection final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void manyRequestsShareOneConnection()
    {
        ScriptedServer server(ScriptedServer::Mode::KeepAlive);
        KeepAliveConnection connection(server.base(), 5000);
        const QList<RawAnswer> answers = sendAll(connection, 5);
        QCOMPARE(answers.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(answers.at(i).status, 200);
            QCOMPARE(answers.at(i).body, "/api/v1/r/" + QByteArray::number(i)); // in order, below the base path
        }
        QCOMPARE(server.connections, 1);
        QCOMPARE(connection.pending(), 0);
    }

    void connectionCloseOpensANewOne()
    {
        ScriptedServer server(ScriptedServer::Mode::CloseEach);
        KeepAliveConnection connection(server.base(), 5000);
        const QList<RawAnswer> answers = sendAll(connection, 3);
        QCOMPARE(answers.size(), 3);
        for (const RawAnswer& answer : answers)
            QVERIFY2(answer.status == 200, qPrintable(answer.networkError));
        QCOMPARE(server.connections, 3);
    }

    void answersSplitAcrossPackets()
    {
        ScriptedServer server(ScriptedServer::Mode::Split);
        KeepAliveConnection connection(server.base(), 5000);
        const QList<RawAnswer> answers = sendAll(connection, 2);
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.at(1).body, QByteArray("/api/v1/r/1"));
    }

    void timeoutFailsTheLateRequestOnly()
    {
        ScriptedServer server(ScriptedServer::Mode::Silent);
        KeepAliveConnection connection(server.base(), 300);
        QElapsedTimer clock;
        clock.start();
        const QList<RawAnswer> answers = sendAll(connection, 2);
        QCOMPARE(answers.size(), 2);
        for (const RawAnswer& answer : answers) {
            QCOMPARE(answer.status, 0);
            QVERIFY(answer.timedOut);
        }
        QVERIFY(clock.elapsed() >= 600); // one after the other: the second got its own 300 ms
        QCOMPARE(server.connections, 2);
    }

    void refusedConnectionFailsEveryWaitingRequest()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl base(u"http://127.0.0.1:%1/api/v1"_s.arg(probe.serverPort()));
        probe.close();
        KeepAliveConnection connection(base, 5000);
        const QList<RawAnswer> answers = sendAll(connection, 3);
        QCOMPARE(answers.size(), 3);
        for (const RawAnswer& answer : answers) {
            QCOMPARE(answer.status, 0);
            QVERIFY(!answer.timedOut);
            QVERIFY(!answer.networkError.isEmpty());
        }
        QCOMPARE(connection.pending(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKeepAliveConnection)
#include "TestKeepAliveConnection.moc"
