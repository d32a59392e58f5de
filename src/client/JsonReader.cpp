#include "client/JsonReader.h"

#include "core/IsoTime.h"

namespace seatwise {

QString JsonReader::string(QLatin1String key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isString())
        fail(key);
    return value.toString();
}

QString JsonReader::optionalString(QLatin1String key)
{
    return m_object.value(key).toString();
}

int JsonReader::integer(QLatin1String key)
{
    const QJsonValue value = m_object.value(key);
    if (!value.isDouble())
        fail(key);
    return value.toInt();
}

int JsonReader::optionalInteger(QLatin1String key, int fallback)
{
    return m_object.value(key).toInt(fallback);
}

bool JsonReader::optionalBool(QLatin1String key, bool fallback)
{
    return m_object.value(key).toBool(fallback);
}

qint64 JsonReader::time(QLatin1String key)
{
    const auto parsed = IsoTime::parse(m_object.value(key).toString());
    if (!parsed) {
        fail(key);
        return 0;
    }
    return *parsed;
}

qint64 JsonReader::optionalTime(QLatin1String key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return 0;
    return time(key);
}

void JsonReader::fail(QLatin1String key)
{
    if (m_problem.isEmpty())
        m_problem = QStringLiteral("field \"%1\" is missing or malformed").arg(key);
}

} // namespace seatwise
