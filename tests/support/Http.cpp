#include "Http.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace seatwise::test {

namespace {
constexpr int TimeoutMs = 10000;

QNetworkRequest makeRequest(const QUrl& url, const QString& token, bool hasBody, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return request;
}

QNetworkReply* sendOn(QNetworkAccessManager& manager, const QUrl& url, const QByteArray& method, const QByteArray& body,
                      const QString& token, int timeoutMs = TimeoutMs)
{
    const QNetworkRequest request = makeRequest(url, token, !body.isEmpty(), timeoutMs);
    if (method == "GET")
        return manager.get(request);
    if (method == "DELETE" && body.isEmpty())
        return manager.deleteResource(request);
    if (method == "POST")
        return manager.post(request, body);
    return manager.sendCustomRequest(request, method, body);
}

Reply collect(QNetworkReply* reply)
{
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.raw = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError)
        r.networkError = reply->errorString();
    const QJsonDocument doc = QJsonDocument::fromJson(r.raw);
    if (doc.isObject())
        r.json = doc.object();
    else if (doc.isArray())
        r.array = doc.array();
    return r;
}
} // namespace

QString Reply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(value);
    }
    return {};
}

QByteArray Reply::describe() const
{
    return QByteArray::number(status) + ' ' + raw +
           (networkError.isEmpty() ? QByteArray() : " (" + networkError.toUtf8() + ')');
}

QUrl joinUrl(const QUrl& base, const QString& path)
{
    return QUrl(base.toString() + path);
}

Http::Http(QUrl baseUrl)
    : m_base(std::move(baseUrl))
    , m_manager(std::make_unique<QNetworkAccessManager>())
{
}

Http::~Http() = default;

QByteArray Http::json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QUrl Http::urlFor(const QString& path) const
{
    return joinUrl(m_base, path);
}

Reply Http::get(const QString& path, const QString& token)
{
    return send("GET", path, {}, token);
}

Reply Http::post(const QString& path, const QJsonObject& body, const QString& token)
{
    return send("POST", path, json(body), token);
}

Reply Http::postRaw(const QString& path, const QByteArray& body, const QString& token)
{
    return send("POST", path, body, token);
}

Reply Http::del(const QString& path, const QString& token)
{
    return send("DELETE", path, {}, token);
}

Reply Http::send(const QByteArray& method, const QString& path, const QByteArray& body, const QString& token)
{
    std::unique_ptr<QNetworkReply> reply(sendOn(*m_manager, urlFor(path), method, body, token));
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return collect(reply.get());
}

QList<Reply> Http::parallel(const QList<Request>& requests, const QList<QUrl>& bases, int timeoutMs)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    int pending = int(requests.size());
    QEventLoop loop;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const Request& request = requests.at(i);
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        const QUrl base = bases.at(i % bases.size());
        replies.emplace_back(sendOn(*managers.back(), joinUrl(base, request.path), request.method, request.body,
                                    request.token, timeoutMs));
        QObject::connect(replies.back().get(), &QNetworkReply::finished, &loop, [&pending, &loop] {
            if (--pending == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
    QList<Reply> answers;
    for (const auto& reply : replies)
        answers.append(collect(reply.get()));
    return answers;
}

} // namespace seatwise::test
