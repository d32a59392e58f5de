#pragma once

#include "GatewayProcess.h"
#include "Http.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace seatwise::test {

struct User {
    QString id;
    QString login;
    QString password;
    QString role;
    QString token; // from POST /auth/token
};

// A session as POST /sessions answered it.
struct Seat {
    Reply reply;
    QString id;
    QString token;
    int status() const { return reply.status; }
    QString state() const { return reply.json.value(QLatin1String("state")).toString(); }
};

// A running seatwised with a client and the calls most tests need. Helpers that cannot do what they
// are asked fail the running test (QTest::qFail) and return an empty value.
class Seatwise final {
public:
    Seatwise();
    ~Seatwise();
    Seatwise(const Seatwise&) = delete;
    Seatwise& operator=(const Seatwise&) = delete;

    bool start();
    // For a second gateway on the first one's store.
    bool startShared(const Seatwise& other);
    // On a store the caller provides (a SQLite file path, made when missing, or a postgresql:// URL).
    bool startOn(const QString& dbPath);
    QString lastError() const { return m_process->lastError(); }

    GatewayProcess& process() { return *m_process; }
    Http& http() { return *m_http; }
    QString owner() const { return m_process->ownerToken(); }

    // A new user with a unique login (prefix + counter), made by the owner unless creatorToken is given.
    User user(const QString& role, const QJsonObject& extra = {}, const QString& creatorToken = {});
    // A new pool (unique name, standard concurrent single_location, 1 seat unless settings say otherwise).
    QJsonObject pool(const QJsonObject& settings = {}, const QString& token = {});

    Seat login(const User& user, const QString& poolId, const QString& device, const QJsonObject& extra = {});
    Seat loginWithToken(const QString& userToken, const QString& poolId, const QString& device,
                        const QJsonObject& extra = {});
    Seat loginBody(const QJsonObject& body, const QString& bearer = {});
    Reply heartbeat(const Seat& seat, bool active = true);
    Reply heartbeat(const QString& id, const QString& token, bool active = true);
    Reply logout(const Seat& seat);

    QJsonObject poolListed(const QString& poolId, const QString& token = {});
    int inUse(const QString& poolId);
    QJsonArray sessions(const QString& token = {}, const QString& query = {});
    // The session as GET /sessions lists it to that token (empty when not listed).
    QJsonObject sessionListed(const QString& id, const QString& token = {});
    QString stateOf(const QString& id, const QString& token = {});
    bool isListed(const QString& id, const QString& token = {});
    // The reason of a heartbeat 410, or the state of a 200 (for QTRY_COMPARE on either).
    QString heartbeatOutcome(const Seat& seat, bool active = true);

    Reply signOut(const QJsonObject& body, const QString& token = {});

    static QString iso(const QDateTime& time);
    static QString unique(const QString& prefix);

private:
    std::unique_ptr<GatewayProcess> m_process;
    std::unique_ptr<Http> m_http;
};

QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> fields);

} // namespace seatwise::test
