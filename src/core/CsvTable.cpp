#include "CsvTable.h"

#include <csv.h>

#include <utility>

namespace seatwise {
namespace {

// libcsv reports through callbacks; this collects what they deliver.
struct Collector {
    QList<QStringList> rows;
    QStringList current;
};

void onField(void* data, size_t length, void* user)
{
    auto* collector = static_cast<Collector*>(user);
    collector->current.append(QString::fromUtf8(static_cast<const char*>(data), qsizetype(length)));
}

void onRow(int /*terminator*/, void* user)
{
    auto* collector = static_cast<Collector*>(user);
    collector->rows.append(std::exchange(collector->current, {}));
}

// Owns a libcsv parser so every return path frees it.
class Parser final {
public:
    Parser() { m_ok = csv_init(&m_parser, CSV_STRICT | CSV_STRICT_FINI) == 0; }
    ~Parser() { csv_free(&m_parser); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    bool ok() const { return m_ok; }
    csv_parser* get() { return &m_parser; }

private:
    csv_parser m_parser{};
    bool m_ok = false;
};

QByteArray withoutBom(const QByteArray& utf8)
{
    static const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    return utf8.startsWith(bom) ? utf8.mid(bom.size()) : utf8;
}

// The physical line up to the offending byte, so the message can quote what the person typed.
QString textBefore(const QByteArray& data, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, data.size() - 1);
    qsizetype start = offset;
    while (start > 0 && data.at(start - 1) != '\n' && data.at(start - 1) != '\r' && offset - start < 40)
        --start;
    return QString::fromUtf8(data.mid(start, offset - start + 1)).trimmed();
}

CsvProblem strayQuote(const Collector& collector, const QByteArray& data, qsizetype offset)
{
    const int row = int(collector.rows.size());
    const int field = int(collector.current.size());
    return CsvProblem{row,
                      QStringLiteral("A quote is out of place in field %1, near \"%2\". A quoted value must end with "
                                     "a quote followed by a comma or the end of the line, and a quote inside a value "
                                     "must be written as two quotes (\"\").")
                          .arg(field + 1)
                          .arg(textBefore(data, offset)),
                      field};
}

CsvProblem unterminatedQuote(const Collector& collector)
{
    const int row = int(collector.rows.size());
    const int field = int(collector.current.size());
    return CsvProblem{row,
                      QStringLiteral("The quoted value in field %1 is never closed. Add the closing quote, or write a "
                                     "quote inside a value as two quotes (\"\").")
                          .arg(field + 1),
                      field};
}

CsvProblem outOfMemory(const Collector& collector)
{
    return CsvProblem{int(collector.rows.size()),
                      QStringLiteral("The file is too large to read; split it into smaller files."), -1};
}

} // namespace

CsvTable parseCsv(const QByteArray& utf8)
{
    const QByteArray data = withoutBom(utf8);
    Collector collector;
    CsvTable table;
    Parser parser;
    if (!parser.ok()) {
        table.problem = outOfMemory(collector);
        return table;
    }

    const size_t used = csv_parse(parser.get(), data.constData(), size_t(data.size()), onField, onRow, &collector);
    if (used != size_t(data.size())) {
        table.problem = csv_error(parser.get()) == CSV_EPARSE ? strayQuote(collector, data, qsizetype(used))
                                                              : outOfMemory(collector);
    } else if (csv_fini(parser.get(), onField, onRow, &collector) != 0) {
        table.problem = csv_error(parser.get()) == CSV_EPARSE ? unterminatedQuote(collector) : outOfMemory(collector);
    }
    table.rows = std::move(collector.rows);
    return table;
}

} // namespace seatwise
