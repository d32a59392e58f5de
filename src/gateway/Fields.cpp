#include "Fields.h"

#include <QJsonArray>

namespace seatwise {

void Fields::fail(const QString& key, const QString& what)
{
    if (!m_problem)
        m_problem = makeError(ErrorCode::BadRequest, QStringLiteral("Field \"%1\" %2.").arg(key, what),
                              {{QStringLiteral("field"), key}});
}

QString Fields::requiredString(const QString& key)
{
    const QJsonValue value = m_body.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        fail(key, value.isUndefined() ? QStringLiteral("is required") : QStringLiteral("must be a non-empty string"));
        return {};
    }
    return value.toString();
}

QString Fields::optionalString(const QString& key, const QString& fallback)
{
    const QJsonValue value = m_body.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString()) {
        fail(key, QStringLiteral("must be a string"));
        return fallback;
    }
    return value.toString();
}

int Fields::optionalInt(const QString& key, int fallback, int min, int max)
{
    const qint64 value = optionalInt64(key, fallback, min);
    if (value > max) {
        fail(key, QStringLiteral("must be at most %1").arg(max));
        return fallback;
    }
    return int(value);
}

qint64 Fields::optionalInt64(const QString& key, qint64 fallback, qint64 min)
{
    const QJsonValue value = m_body.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble(-1e300);
    if (!value.isDouble() || number != double(qint64(number))) {
        fail(key, QStringLiteral("must be a whole number"));
        return fallback;
    }
    if (qint64(number) < min) {
        fail(key, QStringLiteral("must be at least %1").arg(min));
        return fallback;
    }
    return qint64(number);
}

bool Fields::optionalBool(const QString& key, bool fallback)
{
    const QJsonValue value = m_body.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        fail(key, QStringLiteral("must be true or false"));
        return fallback;
    }
    return value.toBool();
}

QStringList Fields::optionalStringList(const QString& key)
{
    const QJsonValue value = m_body.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    QStringList list;
    if (!value.isArray()) {
        fail(key, QStringLiteral("must be an array of strings"));
        return {};
    }
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString()) {
            fail(key, QStringLiteral("must be an array of strings"));
            return {};
        }
        list.append(item.toString());
    }
    return list;
}

} // namespace seatwise
