#include "Fields.h"

#include <QJsonArray>

#include <cmath>

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
    // Past 2^53 a double no longer holds every whole number, and past 2^63 casting it to qint64 is
    // undefined behaviour (1e300 did it): no count or amount here comes near.
    constexpr double kLargest = 9007199254740992.0;
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::floor(number)) {
        fail(key, QStringLiteral("must be a whole number"));
        return fallback;
    }
    if (number < double(min)) {
        fail(key, QStringLiteral("must be at least %1").arg(min));
        return fallback;
    }
    if (number > kLargest) {
        fail(key, QStringLiteral("must be at most %1").arg(qint64(kLargest)));
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
