#include "cli/JsonCells.h"

#include <QJsonArray>
#include <QStringList>

namespace seatwise::JsonCells {
namespace {

QString text(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().isEmpty() ? QStringLiteral("-") : value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (const char* key : {"login", "code", "name", "id"}) {
            const QJsonValue inner = object.value(QLatin1String(key));
            if (inner.isString())
                return inner.toString();
        }
        return QStringLiteral("{...}");
    }
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& element : array)
            parts.append(text(element));
        return parts.isEmpty() ? QStringLiteral("-") : parts.join(u',');
    }
    default:
        return QStringLiteral("-");
    }
}

} // namespace

QString cell(const QJsonObject& object, const QString& key)
{
    return text(object.value(key));
}

QString time(const QJsonObject& object, const QString& key)
{
    QString value = object.value(key).toString();
    if (value.isEmpty())
        return QStringLiteral("-");
    value.replace(u'T', u' ');
    if (value.endsWith(u'Z'))
        value.chop(1);
    return value;
}

} // namespace seatwise::JsonCells
