#include "SignalWatcher.h"
#include "gateway/Gateway.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace seatwise;

namespace {

// "HOST:PORT" (IPv4, [IPv6] or a name such as localhost).
bool parseListen(const QString& text, GatewayOptions& options)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    options.address = host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    options.port = quint16(port);
    return !options.address.isNull();
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_NO_GLIB", "1"); // the plain Unix event dispatcher polls thousands of idle sockets faster
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzzt} seatwised[%{pid}] %{type}: %{message}"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("seatwised"));
    QCoreApplication::setOrganizationName(QStringLiteral("Seatwise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEATWISE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Seatwise license gateway: hands out seats, enforces the rules, keeps the history."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral("Store: a SQLite file (default: %1) or, for several gateways on one "
                       "database, postgresql://user@host:port/database."),
        QStringLiteral("path|url"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QStringLiteral("Address and port to serve (default 127.0.0.1:8640; port 0 picks a free one)."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8640"));
    const QString defaultDb =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("seatwise.db"));
    QCommandLineOption dbWithDefault(dbOption.names(), dbOption.description().arg(defaultDb),
                                     QStringLiteral("path|url"), defaultDb);
    parser.addOption(dbWithDefault);
    parser.addOption(listenOption);
    const QCommandLineOption idleOption(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Close keep-alive connections idle for this many seconds (default 120; longer than the "
                       "pools' heartbeat interval)."),
        QStringLiteral("seconds"), QStringLiteral("120"));
    parser.addOption(idleOption);
    RequestLimits::addOptions(parser);
    parser.process(app);

    GatewayOptions options;
    options.db = parser.value(dbWithDefault);
    if (!parseListen(parser.value(listenOption), options)) {
        qCritical("--listen takes HOST:PORT, e.g. 127.0.0.1:8640; got \"%s\"",
                  qUtf8Printable(parser.value(listenOption)));
        return 2;
    }
    bool idleOk = false;
    const double idleSeconds = parser.value(idleOption).toDouble(&idleOk);
    if (!idleOk || idleSeconds <= 0) {
        qCritical("--idle-timeout takes a number of seconds above 0; got \"%s\"",
                  qUtf8Printable(parser.value(idleOption)));
        return 2;
    }
    options.idleTimeoutMs = int(idleSeconds * 1000);
    if (QString problem; !options.limits.readOptions(parser, &problem)) {
        qCritical("%s", qUtf8Printable(problem));
        return 2;
    }
    options.bootstrapToken = qEnvironmentVariable("SEATWISE_BOOTSTRAP_TOKEN");

    Gateway gateway(options);
    SignalWatcher signals_; // before start(): a signal that arrives as soon as we listen must stop us cleanly
    QObject::connect(&signals_, &SignalWatcher::stopRequested, &app, [&](int number) {
        qInfo("stopping on signal %d", number);
        gateway.stop();
        QCoreApplication::quit();
    });
    if (auto started = gateway.start(); !started) {
        qCritical("cannot start: %s", qUtf8Printable(started.error().message));
        return 1;
    }
    qInfo("listening on %s:%d", qUtf8Printable(options.address.toString()), int(gateway.port()));
    return app.exec();
}
