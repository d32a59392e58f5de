#include "Fields.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace seatwise {
namespace {

// No name, login, device id, password or id comes near; without a cap one request could store (and
// every listing then send) megabytes.
constexpr qsizetype kMaxStringLength = 1024;

// A NUL or a line break in a name or login is never meant and breaks logs and exports downstream.
bool hasControlCharacters(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

} // namespace

void Fields::fail(const QString& key, const QString& what)
{
    if (!m_problem)
        m_problem = makeError(ErrorCode::BadRequest, QStringLiteral("Field \"%1\" %2.").arg(key, what),
                              {{QStringLiteral("field"), key}});
}

void Fields::allow(std::initializer_list<QString> keys)
{
    for (const QString& key : keys)
        m_asked.insert(key);
}

QJsonValue Fields::value(const QString& key)
{
    m_asked.insert(key);
    return m_body.value(key);
}

bool Fields::contains(const QString& key) const
{
    m_asked.insert(key);
    return m_body.contains(key);
}

std::optional<Error> Fields::problem() const
{
    if (m_problem)
        return m_problem;
    for (auto it = m_body.constBegin(); it != m_body.constEnd(); ++it) {
        if (m_asked.contains(it.key()))
            continue;
        QStringList known(m_asked.cbegin(), m_asked.cend());
        known.sort();
        return makeError(ErrorCode::BadRequest,
                         QStringLiteral("Field \"%1\" is not known here; remove it or check its spelling. This call "
                                        "reads: %2.")
                             .arg(it.key(), known.isEmpty() ? QStringLiteral("no fields") : known.join(u", ")),
                         {{QStringLiteral("field"), it.key()}});
    }
    return std::nullopt;
}

QString Fields::requiredString(const QString& key)
{
    const QJsonValue value = this->value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        fail(key, value.isUndefined() ? QStringLiteral("is required") : QStringLiteral("must be a non-empty string"));
        return {};
    }
    if (value.toString().size() > kMaxStringLength) {
        fail(key, QStringLiteral("must be at most %1 characters").arg(kMaxStringLength));
        return {};
    }
    if (hasControlCharacters(value.toString())) {
        fail(key, QStringLiteral("must not contain control characters (NUL, tabs, line breaks)"));
        return {};
    }
    return value.toString();
}

QString Fields::optionalString(const QString& key, const QString& fallback)
{
    const QJsonValue value = this->value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString()) {
        fail(key, QStringLiteral("must be a string"));
        return fallback;
    }
    if (value.toString().size() > kMaxStringLength) {
        fail(key, QStringLiteral("must be at most %1 characters").arg(kMaxStringLength));
        return fallback;
    }
    if (hasControlCharacters(value.toString())) {
        fail(key, QStringLiteral("must not contain control characters (NUL, tabs, line breaks)"));
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
    const QJsonValue value = this->value(key);
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
    const QJsonValue value = this->value(key);
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
    const QJsonValue value = this->value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    QStringList list;
    if (!value.isArray()) {
        fail(key, QStringLiteral("must be an array of strings"));
        return {};
    }
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString() || item.toString().size() > kMaxStringLength) {
            fail(key, QStringLiteral("must be an array of strings of at most %1 characters").arg(kMaxStringLength));
            return {};
        }
        list.append(item.toString());
    }
    return list;
}

} // namespace seatwise
