#include "SignalWatcher.h"
#include "gateway/Gateway.h"
#ifdef Q_OS_LINUX
#include "gateway/EpollEventDispatcher.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <memory>

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

// Qt's poll()-based dispatcher walks every socket on every pass of the loop, which thousands of idle
// keep-alive connections make slow; epoll only reports the ready ones. SEATWISE_EVENT_DISPATCHER=qt
// keeps Qt's own (for comparison, or should the epoll one misbehave).
void installEventDispatcher()
{
#ifdef Q_OS_LINUX
    if (qEnvironmentVariable("SEATWISE_EVENT_DISPATCHER") == QLatin1String("qt"))
        return;
    auto dispatcher = std::make_unique<EpollEventDispatcher>();
    if (dispatcher->isValid())
        QCoreApplication::setEventDispatcher(dispatcher.release()); // Qt owns it from here
#endif
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_NO_GLIB", "1"); // with Qt's dispatcher: the plain Unix one polls thousands of idle sockets faster
    installEventDispatcher();   // before QCoreApplication, which otherwise makes Qt's
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzzt} seatwised[%{pid}] %{type}: %{message}"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("seatwised"));
    QCoreApplication::setOrganizationName(QStringLiteral("Seatwise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEATWISE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Seatwise license gateway: hands out seats, enforces the rules, keeps the history.\n"
                       "Environment: SEATWISE_EVENT_DISPATCHER=qt uses Qt's poll() event loop instead of epoll."));
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
    const QCommandLineOption tokenLifetimeOption(
        QStringLiteral("token-lifetime"),
        QStringLiteral("Tokens from POST /auth/token expire after this many seconds (default 2592000, 30 days; "
                       "0: never)."),
        QStringLiteral("seconds"), QStringLiteral("2592000"));
    parser.addOption(tokenLifetimeOption);
    const QCommandLineOption signInAttemptsOption(
        QStringLiteral("sign-in-attempts"),
        QStringLiteral("Failed sign-ins per login within --sign-in-window before 429 (default 5; ten times "
                       "that per address)."),
        QStringLiteral("count"), QStringLiteral("5"));
    parser.addOption(signInAttemptsOption);
    const QCommandLineOption signInWindowOption(
        QStringLiteral("sign-in-window"), QStringLiteral("Seconds over which failed sign-ins count (default 900)."),
        QStringLiteral("seconds"), QStringLiteral("900"));
    parser.addOption(signInWindowOption);
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS and WSS with this PEM certificate chain (the server's first); needs --tls-key."),
        QStringLiteral("file"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"),
                                          QStringLiteral("The PEM private key (RSA or EC, unencrypted) of --tls-cert."),
                                          QStringLiteral("file"));
    parser.addOption(tlsCertOption);
    parser.addOption(tlsKeyOption);
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
    bool lifetimeOk = false;
    bool attemptsOk = false;
    bool windowOk = false;
    options.tokenLifetimeS = parser.value(tokenLifetimeOption).toLongLong(&lifetimeOk);
    options.signInAttemptsPerLogin = parser.value(signInAttemptsOption).toInt(&attemptsOk);
    options.signInAttemptsPerAddress = options.signInAttemptsPerLogin * 10;
    options.signInWindowS = parser.value(signInWindowOption).toInt(&windowOk);
    if (!lifetimeOk || options.tokenLifetimeS < 0 || !attemptsOk || options.signInAttemptsPerLogin < 1 || !windowOk ||
        options.signInWindowS < 1) {
        qCritical("--token-lifetime takes seconds (0 or more), --sign-in-attempts a count and --sign-in-window "
                  "seconds (1 or more)");
        return 2;
    }
    if (QString problem; !options.limits.readOptions(parser, &problem)) {
        qCritical("%s", qUtf8Printable(problem));
        return 2;
    }
    options.bootstrapToken = qEnvironmentVariable("SEATWISE_BOOTSTRAP_TOKEN");
    options.tlsCertificateFile = parser.value(tlsCertOption);
    options.tlsKeyFile = parser.value(tlsKeyOption);
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty()) {
        qCritical("--tls-cert and --tls-key go together: give both for HTTPS, or neither for plain HTTP");
        return 2;
    }

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
    qInfo("listening on %s:%d%s", qUtf8Printable(options.address.toString()), int(gateway.port()),
          gateway.usesTls() ? " (HTTPS)" : "");
    return app.exec();
}
