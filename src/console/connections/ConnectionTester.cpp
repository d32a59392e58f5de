#include "console/connections/ConnectionTester.h"

#include "client/GatewayClient.h"
#include "console/ErrorText.h"

#include <QPointer>

namespace seatwise {

ConnectionTester::ConnectionTester(QObject* parent)
    : QObject(parent)
{
}

ConnectionTester::~ConnectionTester() = default;

QCoro::Task<ClientResult<QString>> ConnectionTester::signIn(QUrl apiBaseUrl, QString login, QString password,
                                                            TlsTrust trust)
{
    // One client per attempt, parented here: it outlives the call even if a newer attempt starts,
    // and goes with the tester when the dialog closes.
    QPointer<GatewayClient> client = new GatewayClient(std::move(apiBaseUrl), this);
    client->setTimeoutMs(m_timeoutMs);
    client->setRetryDelaysMs({});
    client->setTlsTrust(std::move(trust));
    GatewayClient* raw = client.data();
    auto answer = co_await raw->authenticate(login, password);
    if (client)
        client->deleteLater();
    co_return answer;
}

QString ConnectionTester::describe(const ClientError& error)
{
    // A refused sign-in is about the login and password, not a stale token: the gateway says which.
    if (error.httpStatus == 401 && !error.message.isEmpty())
        return error.message;
    return ErrorText::describe(error);
}

} // namespace seatwise
