#include "Seatwise.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace seatwise::test {

namespace {
void fail(const QByteArray& what, const Reply& reply)
{
    const QByteArray text = what + ": " + reply.describe();
    QTest::qFail(text.constData(), __FILE__, __LINE__);
}
} // namespace

QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto& [key, value] : fields)
        o.insert(key, value);
    return o;
}

Seatwise::Seatwise()
    : m_process(std::make_unique<GatewayProcess>())
    , m_http(std::make_unique<Http>(QUrl()))
{
}

Seatwise::~Seatwise() = default;

bool Seatwise::start()
{
    if (!m_process->start())
        return false;
    m_http->setBaseUrl(m_process->baseUrl());
    return true;
}

bool Seatwise::startShared(const Seatwise& other)
{
    if (!m_process->startShared(other.m_process->dbPath(), other.owner()))
        return false;
    m_http->setBaseUrl(m_process->baseUrl());
    return true;
}

bool Seatwise::startOn(const QString& dbPath)
{
    if (!m_process->startShared(dbPath, QUuid::createUuid().toString(QUuid::WithoutBraces)))
        return false;
    m_http->setBaseUrl(m_process->baseUrl());
    return true;
}

QString Seatwise::unique(const QString& prefix)
{
    static int counter = 0;
    return prefix + QString::number(++counter);
}

QString Seatwise::iso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

User Seatwise::user(const QString& role, const QJsonObject& extra, const QString& creatorToken)
{
    User u;
    u.login = unique(role);
    u.password = u"pw-"_s + u.login;
    u.role = role;
    QJsonObject body = extra;
    body.insert(u"login"_s, u.login);
    body.insert(u"name"_s, QString(u"Name of "_s + u.login));
    body.insert(u"role"_s, role);
    body.insert(u"password"_s, u.password);
    const Reply made = m_http->post(u"/users"_s, body, creatorToken.isEmpty() ? owner() : creatorToken);
    if (made.status != 201) {
        fail("POST /users", made);
        return {};
    }
    u.id = made.json.value(u"id"_s).toString();
    const Reply token = m_http->post(u"/auth/token"_s, obj({{u"login"_s, u.login}, {u"password"_s, u.password}}));
    if (token.status != 200) {
        fail("POST /auth/token", token);
        return {};
    }
    u.token = token.json.value(u"token"_s).toString();
    return u;
}

QJsonObject Seatwise::pool(const QJsonObject& settings, const QString& token)
{
    QJsonObject body{
        {u"name"_s, unique(u"pool"_s)}, {u"kind"_s, u"standard"_s}, {u"model"_s, u"concurrent"_s}, {u"seats"_s, 1}};
    for (auto it = settings.begin(); it != settings.end(); ++it)
        body.insert(it.key(), it.value());
    const Reply made = m_http->post(u"/pools"_s, body, token.isEmpty() ? owner() : token);
    if (made.status != 201 || made.json.value(u"id"_s).toString().isEmpty()) {
        fail("POST /pools", made);
        return {};
    }
    return made.json;
}

Seat Seatwise::loginBody(const QJsonObject& body, const QString& bearer)
{
    Seat seat;
    seat.reply = m_http->post(u"/sessions"_s, body, bearer);
    seat.id = seat.reply.json.value(u"id"_s).toString();
    seat.token = seat.reply.json.value(u"token"_s).toString();
    return seat;
}

Seat Seatwise::login(const User& user, const QString& poolId, const QString& device, const QJsonObject& extra)
{
    QJsonObject body = extra;
    body.insert(u"login"_s, user.login);
    body.insert(u"password"_s, user.password);
    if (!poolId.isEmpty())
        body.insert(u"pool"_s, poolId);
    body.insert(u"device"_s, device);
    return loginBody(body);
}

Seat Seatwise::loginWithToken(const QString& userToken, const QString& poolId, const QString& device,
                              const QJsonObject& extra)
{
    QJsonObject body = extra;
    if (!poolId.isEmpty())
        body.insert(u"pool"_s, poolId);
    body.insert(u"device"_s, device);
    return loginBody(body, userToken);
}

Reply Seatwise::heartbeat(const Seat& seat, bool active)
{
    return heartbeat(seat.id, seat.token, active);
}

Reply Seatwise::heartbeat(const QString& id, const QString& token, bool active)
{
    return m_http->post(u"/sessions/"_s + id + u"/heartbeat"_s, obj({{u"active"_s, active}}), token);
}

QString Seatwise::heartbeatOutcome(const Seat& seat, bool active)
{
    const Reply r = heartbeat(seat, active);
    if (r.status == 410)
        return u"ended:"_s + r.json.value(u"reason"_s).toString();
    if (r.status == 200)
        return r.json.value(u"state"_s).toString();
    return QString::fromUtf8(r.describe());
}

Reply Seatwise::logout(const Seat& seat)
{
    return m_http->del(u"/sessions/"_s + seat.id, seat.token);
}

QJsonObject Seatwise::poolListed(const QString& poolId, const QString& token)
{
    const Reply pools = m_http->get(u"/pools"_s, token.isEmpty() ? owner() : token);
    if (pools.status != 200) {
        fail("GET /pools", pools);
        return {};
    }
    for (const QJsonValue& value : pools.array) {
        if (value.toObject().value(u"id"_s).toString() == poolId)
            return value.toObject();
    }
    fail("pool not listed by GET /pools", pools);
    return {};
}

int Seatwise::inUse(const QString& poolId)
{
    return poolListed(poolId).value(u"in_use"_s).toInt(-1);
}

QJsonArray Seatwise::sessions(const QString& token, const QString& query)
{
    const Reply listed = m_http->get(u"/sessions"_s + query, token.isEmpty() ? owner() : token);
    if (listed.status != 200) {
        fail("GET /sessions", listed);
        return {};
    }
    return listed.array;
}

QJsonObject Seatwise::sessionListed(const QString& id, const QString& token)
{
    for (const QJsonValue& value : sessions(token)) {
        if (value.toObject().value(u"id"_s).toString() == id)
            return value.toObject();
    }
    return {};
}

QString Seatwise::stateOf(const QString& id, const QString& token)
{
    const QJsonObject listed = sessionListed(id, token);
    return listed.isEmpty() ? u"(not listed)"_s : listed.value(u"state"_s).toString();
}

bool Seatwise::isListed(const QString& id, const QString& token)
{
    return !sessionListed(id, token).isEmpty();
}

Reply Seatwise::signOut(const QJsonObject& body, const QString& token)
{
    return m_http->post(u"/sessions/sign-out"_s, body, token.isEmpty() ? owner() : token);
}

} // namespace seatwise::test
