// The baseline of the heartbeat benchmark: a bare Qt HttpServer with one route answering a constant
// JSON, served the way seatwised serves (own QTcpServer with a large backlog, QT_NO_GLIB).
// Prints "listening on 127.0.0.1:PORT" like seatwised.
#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTcpServer>

#include <cstdio>
#include <cstdlib>

int main(int argc, char* argv[])
{
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QHttpServer server;
    const QByteArray answer = QByteArrayLiteral(R"({"state":"active"})");
    server.route(
        QStringLiteral("/api/v1/sessions/<arg>/heartbeat"), QHttpServerRequest::Method::Post,
        [&answer](const QString&) { return QHttpServerResponse(QByteArrayLiteral("application/json"), answer); });
    auto* tcp = new QTcpServer(&server);
    tcp->setListenBacklogSize(1024);
    if (!tcp->listen(QHostAddress::LocalHost, 0))
        return 1;
    server.bind(tcp);
    std::fprintf(stderr, "listening on 127.0.0.1:%d\n", int(tcp->serverPort()));
    std::fflush(stderr);
    return app.exec();
}
