#include "Request.h"

#include "store/AuditOrigin.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace seatwise {

static QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    default:
        return QStringLiteral("OTHER");
    }
}

Request::Request(const QHttpServerRequest& raw)
    : m_raw(raw)
    , m_method(methodName(raw.method()))
{
    const QStringList parts = raw.url().path().split(u'/', Qt::SkipEmptyParts);
    // Every route lives under /api/v1; anything else matches no route.
    if (parts.size() >= 2 && parts[0] == QLatin1String("api") && parts[1] == QLatin1String("v1"))
        m_segments = parts.mid(2);
    else
        m_segments = QStringList{QStringLiteral("\x01outside")};
}

QString Request::peerText() const
{
    return AuditOrigin::words(peer());
}

QString Request::query(const QString& key) const
{
    return m_raw.query().queryItemValue(key, QUrl::FullyDecoded);
}

QString Request::bearerToken() const
{
    const QByteArray header = m_raw.value(QByteArrayLiteral("Authorization")).trimmed();
    if (header.size() > 7 && header.left(7).compare(QByteArrayLiteral("Bearer "), Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(header.mid(7).trimmed());
    return query(QStringLiteral("access_token"));
}

Result<QJsonObject> Request::jsonBody() const
{
    const QByteArray body = m_raw.body();
    if (body.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::BadRequest, QStringLiteral("The body is not valid JSON (%1 at byte %2).")
                                                    .arg(parseError.errorString())
                                                    .arg(parseError.offset));
    if (!doc.isObject())
        return makeError(ErrorCode::BadRequest, QStringLiteral("The body must be a JSON object."));
    return doc.object();
}

} // namespace seatwise
