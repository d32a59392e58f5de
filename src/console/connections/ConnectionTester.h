#pragma once

#include "client/ClientResult.h"
#include "client/TlsTrust.h"

#include <QCoroTask>
#include <QObject>
#include <QUrl>

namespace seatwise {

// Signs in to a gateway with a login and password to get a user token (POST /auth/token), for
// "Test connection" and for saving a gateway. The password is used for this one call and dropped.
class ConnectionTester final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(QObject* parent = nullptr);
    ~ConnectionTester() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // The user token, or why there is none.
    QCoro::Task<ClientResult<QString>> signIn(QUrl apiBaseUrl, QString login, QString password, TlsTrust trust = {});

    // One sentence for people about a failed sign-in: the gateway's words for a refused login.
    static QString describe(const ClientError& error);

private:
    int m_timeoutMs = 10000;
};

} // namespace seatwise
