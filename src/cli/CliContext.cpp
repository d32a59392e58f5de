#include "cli/CliContext.h"

#include "cli/ExitCode.h"
#include "cli/GlobalOptions.h"
#include "cli/PasswordReader.h"
#include "client/GatewayClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace seatwise {
namespace {

// http://host:port -> http://host:port/api/v1 (a URL that already ends in /api/v1 is kept).
QUrl apiBase(QUrl gateway)
{
    QString path = gateway.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/api/v1")))
        path += QStringLiteral("/api/v1");
    gateway.setPath(path);
    return gateway;
}

} // namespace

CliContext::CliContext(const QCommandLineParser& parser, QStringList arguments, CliOutput& out)
    : m_parser(parser)
    , m_arguments(std::move(arguments))
    , m_out(out)
{
    QString gateway = m_parser.value(QStringLiteral("gateway"));
    if (gateway.isEmpty())
        gateway = qEnvironmentVariable("SEATWISE_GATEWAY");
    if (gateway.isEmpty())
        gateway = GlobalOptions::defaultGateway();
    m_gateway = QUrl::fromUserInput(gateway);
    m_out.setGateway(m_gateway);
}

CliContext::~CliContext() = default;

QString CliContext::validate()
{
    bool ok = false;
    const double seconds = m_parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600)
        return tr("--timeout takes seconds between 0 and 3600, e.g. --timeout 5");
    m_timeoutMs = int(seconds * 1000);
    QString pin = m_parser.value(QStringLiteral("pin-sha256"));
    if (pin.isEmpty())
        pin = qEnvironmentVariable("SEATWISE_PIN_SHA256");
    m_tlsTrust.pinnedSha256 = TlsTrust::normalised(pin);
    if (!pin.isEmpty() && m_tlsTrust.pinnedSha256.isEmpty())
        return tr("--pin-sha256 takes the certificate's SHA-256 fingerprint: 64 hex digits, colons allowed");
    if (!m_gateway.isValid() || m_gateway.host().isEmpty() ||
        (m_gateway.scheme() != QLatin1String("http") && m_gateway.scheme() != QLatin1String("https")))
        return tr("--gateway takes an http:// or https:// URL, e.g. --gateway http://127.0.0.1:8640");
    return {};
}

GatewayClient& CliContext::client()
{
    if (!m_client) {
        m_client = std::make_unique<GatewayClient>(apiBase(m_gateway));
        m_client->setTimeoutMs(m_timeoutMs);
        m_client->setRetryDelaysMs({}); // a script decides itself whether to try again
        m_client->setTlsTrust(m_tlsTrust);
    }
    return *m_client;
}

QString CliContext::readPassword()
{
    if (!m_passwordRead) {
        const QString login = m_parser.value(QStringLiteral("login"));
        m_password = PasswordReader::readLine(tr("Password for %1: ").arg(login),
                                              m_parser.isSet(QStringLiteral("password-stdin")));
        m_passwordRead = true;
    }
    return m_password;
}

QString CliContext::userToken() const
{
    const QString given = m_parser.value(QStringLiteral("token"));
    return given.isEmpty() ? qEnvironmentVariable("SEATWISE_TOKEN") : given;
}

QCoro::Task<int> CliContext::signIn()
{
    // --login wins over a token from the environment: it was asked for on this command line.
    const QString token =
        m_parser.isSet(QStringLiteral("token")) || !m_parser.isSet(QStringLiteral("login")) ? userToken() : QString();
    if (!token.isEmpty()) {
        client().setToken(token);
        co_return ExitOk;
    }
    if (!m_parser.isSet(QStringLiteral("login")))
        co_return m_out.usageError(
            tr("no credentials: pass --token TOKEN, set SEATWISE_TOKEN, or --login LOGIN with the password on stdin"));
    const QString login = m_parser.value(QStringLiteral("login"));
    const QString password = readPassword();
    const ClientResult<QString> signedIn = co_await client().authenticate(login, password);
    if (!signedIn)
        co_return m_out.fail(signedIn.error());
    co_return ExitOk;
}

QCoro::Task<ClientResult<QJsonValue>> CliContext::getJson(QString path, QUrlQuery query)
{
    GatewayClient::HttpCall request{QByteArrayLiteral("GET"), path, query, std::nullopt, {}};
    const ClientResult<JsonAnswer> answer = co_await client().call(std::move(request));
    if (!answer)
        co_return answer.error();
    co_return answer->json;
}

QCoro::Task<ClientResult<QString>> CliContext::poolId(QString nameOrId)
{
    const ClientResult<QJsonArray> pools = co_await client().poolsJson();
    if (!pools)
        co_return pools.error();
    QString byName;
    for (const QJsonValue& value : pools.value()) {
        const QJsonObject pool = value.toObject();
        const QString id = pool.value(QLatin1String("id")).toString();
        if (id == nameOrId)
            co_return id;
        if (pool.value(QLatin1String("name")).toString().compare(nameOrId, Qt::CaseInsensitive) == 0)
            byName = id;
    }
    if (!byName.isEmpty())
        co_return byName;
    co_return ClientError{0,
                          QStringLiteral("unknown_pool"),
                          tr("there is no pool with the name or id \"%1\": see 'seatctl status'").arg(nameOrId),
                          {}};
}

QCoro::Task<ClientResult<QString>> CliContext::poolOption()
{
    if (!isSet(QStringLiteral("pool")))
        co_return QString();
    const QString nameOrId = value(QStringLiteral("pool"));
    const ClientResult<QString> id = co_await poolId(nameOrId);
    co_return id;
}

QCoro::Task<ClientResult<QHash<QString, QString>>> CliContext::poolNames()
{
    const ClientResult<QJsonArray> pools = co_await client().poolsJson();
    if (!pools)
        co_return pools.error();
    QHash<QString, QString> names;
    for (const QJsonValue& pool : pools.value())
        names.insert(pool[QLatin1String("id")].toString(), pool[QLatin1String("name")].toString());
    co_return names;
}

} // namespace seatwise
