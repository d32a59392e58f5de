#include "cli/TablePrinter.h"

namespace seatwise {

TablePrinter::TablePrinter(QStringList headers)
    : m_headers(std::move(headers))
{
}

void TablePrinter::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

QString TablePrinter::render() const
{
    QList<qsizetype> widths;
    for (const QString& header : m_headers)
        widths.append(header.size());
    for (const QStringList& row : m_rows) {
        for (qsizetype c = 0; c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    const auto renderRow = [&widths](const QStringList& cells) -> QString {
        QString line;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            line += c + 1 < widths.size() ? cells.at(c).leftJustified(widths.at(c)) : cells.at(c);
        }
        while (line.endsWith(u' '))
            line.chop(1);
        return line + u'\n';
    };
    QString text = renderRow(m_headers);
    for (const QStringList& row : m_rows)
        text += renderRow(row);
    return text;
}

} // namespace seatwise
