#include "Licenses.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seatwise::test {

namespace {
void fail(const QByteArray& what, const Reply& reply)
{
    const QByteArray text = what + ": " + reply.describe();
    QTest::qFail(text.constData(), __FILE__, __LINE__);
}
} // namespace

QJsonObject Licenses::basePool(int seats, const QString& baseType)
{
    QJsonObject settings{{u"kind"_s, u"base"_s}, {u"model"_s, u"named"_s}, {u"seats"_s, seats}};
    if (!baseType.isEmpty())
        settings.insert(u"base_type"_s, baseType);
    return m_sw.pool(settings);
}

QJsonObject Licenses::addonPool(const QString& code, int seats)
{
    return m_sw.pool(
        obj({{u"kind"_s, u"addon"_s}, {u"model"_s, u"named"_s}, {u"seats"_s, seats}, {u"addon_code"_s, code}}));
}

QJsonArray Licenses::list(const QString& query)
{
    const Reply listed = m_sw.http().get(u"/licenses"_s + query, m_sw.owner());
    if (listed.status != 200 || !listed.json.isEmpty()) {
        fail("GET /licenses" + query.toUtf8(), listed);
        return {};
    }
    return listed.array;
}

QStringList Licenses::ids(const QString& poolId)
{
    QStringList result;
    for (const QJsonValue& value : list(u"?pool="_s + poolId))
        result.append(value.toObject().value(u"id"_s).toString());
    return result;
}

QJsonObject Licenses::byId(const QString& id)
{
    for (const QJsonValue& value : list()) {
        if (value.toObject().value(u"id"_s).toString() == id)
            return value.toObject();
    }
    return {};
}

QStringList Licenses::addonCodes(const QJsonObject& license)
{
    QStringList codes;
    for (const QJsonValue& value : license.value(u"addons"_s).toArray())
        codes.append(value.toObject().value(u"code"_s).toString());
    std::sort(codes.begin(), codes.end());
    return codes;
}

QString Licenses::counts(const QString& poolId)
{
    const QJsonObject pool = m_sw.poolListed(poolId);
    QStringList parts;
    for (const QString& key : {u"seats"_s, u"total"_s, u"assigned"_s, u"in_use"_s, u"available"_s})
        parts.append(pool.contains(key) ? QString::number(pool.value(key).toInt()) : u"-"_s);
    return parts.join(u'/');
}

Reply Licenses::assign(const QString& id, const QJsonObject& body)
{
    return act(id, u"assign"_s, body);
}

Reply Licenses::act(const QString& id, const QString& action, const QJsonObject& body)
{
    return m_sw.http().post(u"/licenses/"_s + id + u'/' + action, body, m_sw.owner());
}

Reply Licenses::massConfig(const QByteArray& csv, bool dryRun, const QString& token)
{
    // Http always labels bodies as JSON; a spreadsheet upload is text/csv, so this sends its own request.
    QNetworkAccessManager manager;
    QNetworkRequest request(
        joinUrl(m_sw.http().baseUrl(), dryRun ? u"/licenses/mass-config?dry_run=1"_s : u"/licenses/mass-config"_s));
    request.setTransferTimeout(10000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"text/csv; charset=utf-8"_s);
    request.setRawHeader("Authorization", "Bearer " + (token.isEmpty() ? m_sw.owner() : token).toUtf8());
    std::unique_ptr<QNetworkReply> reply(manager.post(request, csv));
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.raw = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError)
        r.networkError = reply->errorString();
    const QJsonDocument doc = QJsonDocument::fromJson(r.raw);
    if (doc.isObject())
        r.json = doc.object();
    return r;
}

User Licenses::namedUser(const QString& login, const QString& name, const QString& role)
{
    User u{{}, login, u"pw-"_s + login, role, {}};
    const Reply made = m_sw.http().post(
        u"/users"_s, obj({{u"login"_s, login}, {u"name"_s, name}, {u"role"_s, role}, {u"password"_s, u.password}}),
        m_sw.owner());
    if (made.status != 201) {
        fail("POST /users", made);
        return {};
    }
    u.id = made.json.value(u"id"_s).toString();
    return u;
}

} // namespace seatwise::test
