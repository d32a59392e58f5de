#pragma once

#include "core/Error.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QStringList>

namespace seatwise {

// The parts of an HTTP request the routes read, with the path already split and the captures named.
class Request final {
public:
    explicit Request(const QHttpServerRequest& raw);

    const QHttpServerRequest& raw() const { return m_raw; }
    QString method() const { return m_method; }
    const QStringList& segments() const { return m_segments; } // below /api/v1
    QString capture(const QString& name) const { return m_captures.value(name); }
    void setCaptures(QHash<QString, QString> captures) { m_captures = std::move(captures); }
    QString query(const QString& key) const;
    // "Authorization: Bearer X" (or ?access_token=X for clients that cannot set headers).
    QString bearerToken() const;
    QHostAddress peer() const { return m_raw.remoteAddress(); }
    QString peerText() const; // "127.0.0.1", "::1": IPv4-mapped IPv6 shown as IPv4
    // The body as a JSON object; an empty body is an empty object. 400 when it is not an object.
    Result<QJsonObject> jsonBody() const;

private:
    const QHttpServerRequest& m_raw;
    QString m_method;
    QStringList m_segments;
    QHash<QString, QString> m_captures;
};

} // namespace seatwise
