#pragma once

#include "client/TlsTrust.h"

#include "cli/CliOutput.h"
#include "client/ClientResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCoroTask>
#include <QHash>
#include <QJsonValue>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace seatwise {

class GatewayClient;

// What a command runs with: the parsed options, its positional arguments, the output, and a
// GatewayClient for the gateway the options name, made on first use.
class CliContext final {
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(const QCommandLineParser& parser, QStringList arguments, CliOutput& out);
    ~CliContext();
    CliContext(const CliContext&) = delete;
    CliContext& operator=(const CliContext&) = delete;

    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }
    // Positional arguments after the command word (and after "agent"'s sub-command word).
    const QStringList& arguments() const { return m_arguments; }
    CliOutput& out() { return m_out; }
    bool json() const { return m_out.json(); }

    QUrl gatewayUrl() const { return m_gateway; }
    int timeoutMs() const { return m_timeoutMs; }
    GatewayClient& client();

    // --token, else env SEATWISE_TOKEN; empty when neither is given.
    QString userToken() const;
    // The admin token for the calls that follow: --token, env SEATWISE_TOKEN, or --login with the
    // password from stdin (POST /auth/token). Answers 0, or the exit code to stop with.
    QCoro::Task<int> signIn();
    // The password for --login, read from stdin (prompted without echo on a terminal).
    QString readPassword();
    // A pool's id from its id or its name (GET /pools); an unknown one is an error that says so.
    QCoro::Task<ClientResult<QString>> poolId(QString nameOrId);
    // The id of the pool --pool names, or empty when --pool is not given.
    QCoro::Task<ClientResult<QString>> poolOption();
    // Pool names by id, for tables.
    QCoro::Task<ClientResult<QHash<QString, QString>>> poolNames();
    // GET path?query as the gateway answered it, for commands that print it with --json.
    QCoro::Task<ClientResult<QJsonValue>> getJson(QString path, QUrlQuery query = {});

    // Checks --timeout and the gateway URL; answers a problem for people, empty when all is well.
    QString validate();

private:
    const QCommandLineParser& m_parser;
    QStringList m_arguments;
    CliOutput& m_out;
    QUrl m_gateway;
    TlsTrust m_tlsTrust;
    int m_timeoutMs = 10000;
    std::unique_ptr<GatewayClient> m_client;
    bool m_passwordRead = false;
    QString m_password;
};

} // namespace seatwise
