#include "console/import/CsvText.h"

namespace seatwise::CsvText {
namespace {

QString field(const QString& value)
{
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r') ||
                       value.startsWith(u' ') || value.endsWith(u' ');
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace

QByteArray write(const QList<QStringList>& rows)
{
    QString text;
    for (const QStringList& row : rows) {
        QStringList fields;
        for (const QString& value : row)
            fields.append(field(value));
        text += fields.join(u',') + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

} // namespace seatwise::CsvText
