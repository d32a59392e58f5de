#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace seatwise {

// Plain aligned columns for a terminal: each column as wide as its widest cell, two spaces apart, no
// trailing blanks (so `grep` and `awk` see clean lines).
class TablePrinter final {
public:
    explicit TablePrinter(QStringList headers);

    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    qsizetype rowCount() const { return m_rows.size(); }
    QString render() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace seatwise
