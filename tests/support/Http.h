#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <memory>

namespace seatwise::test {

// One HTTP answer: status 0 means no answer at all (connection refused, timeout).
struct Reply {
    int status = 0;
    QJsonObject json; // when the body is a JSON object
    QJsonArray array; // when the body is a JSON array
    QByteArray raw;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QString header(const QByteArray& name) const;
    QString error() const { return json.value(QLatin1String("error")).toString(); }
    // "status + body" for failure messages
    QByteArray describe() const;
};

// One request of a batch sent at once (see Http::parallel).
struct Request {
    QByteArray method;
    QString path;
    QByteArray body; // empty: no body
    QString token;
};

// A small synchronous JSON client for tests: every call waits for its answer (10 s at most).
class Http final {
public:
    explicit Http(QUrl baseUrl);
    ~Http();
    Http(const Http&) = delete;
    Http& operator=(const Http&) = delete;

    void setBaseUrl(QUrl baseUrl) { m_base = std::move(baseUrl); }
    QUrl baseUrl() const { return m_base; }

    Reply get(const QString& path, const QString& token = {});
    Reply post(const QString& path, const QJsonObject& body, const QString& token = {});
    Reply postRaw(const QString& path, const QByteArray& body, const QString& token = {});
    Reply del(const QString& path, const QString& token = {});
    Reply send(const QByteArray& method, const QString& path, const QByteArray& body, const QString& token);

    // Sends every request at once, each on its own connection (its own QNetworkAccessManager, so the
    // six-connections-per-host limit does not serialise them), and waits for all answers.
    static QList<Reply> parallel(const QList<Request>& requests, const QList<QUrl>& bases, int timeoutMs = 30000);

    static QByteArray json(const QJsonObject& object);

private:
    QUrl urlFor(const QString& path) const;

    QUrl m_base;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

QUrl joinUrl(const QUrl& base, const QString& path);

} // namespace seatwise::test
