#include "LicenseAssignBatch.h"

#include <QStringList>

namespace seatwise {
namespace {

// 4 values a row: 801 placeholders stay below the 999 of SQLite builds before 3.32, and a batch is one
// round trip of some 30 KB to PostgreSQL.
constexpr int RowsPerStatement = 200;

// Marks licenses assigned and sets `columns` from each row's values; the row's first value is the license
// id. VALUES columns are named column1, column2 ... by SQLite and PostgreSQL alike. updated_at is bound
// outside the VALUES list so PostgreSQL types it from its column (a VALUES parameter would be text).
RowBatch assignBatch(const QSqlDatabase& db, qint64 nowMs, const QStringList& columns)
{
    QStringList sets;
    QStringList marks{QStringLiteral("?")};
    for (qsizetype i = 0; i < columns.size(); ++i) {
        sets.append(columns.at(i) + QStringLiteral(" = v.column%1").arg(i + 2));
        marks.append(QStringLiteral("?"));
    }
    return RowBatch(db,
                    QStringLiteral("UPDATE licenses SET status = 'assigned', ") + sets.join(QStringLiteral(", ")) +
                        QStringLiteral(", updated_at = ? FROM (VALUES "),
                    u'(' + marks.join(QStringLiteral(", ")) + u')',
                    QStringLiteral(") AS v WHERE licenses.id = v.column1"), {nowMs}, RowsPerStatement);
}

} // namespace

LicenseAssignBatch::LicenseAssignBatch(const QSqlDatabase& db, qint64 nowMs)
    : m_bases(assignBatch(db, nowMs,
                          {QStringLiteral("assigned_to"), QStringLiteral("extension"), QStringLiteral("number")}))
    , m_addons(assignBatch(db, nowMs, {QStringLiteral("assigned_to"), QStringLiteral("base_license_id")}))
{
}

Status LicenseAssignBatch::assignBase(const QString& licenseId, const QString& userId, const QString& extension,
                                      const QString& number)
{
    return m_bases.add({licenseId, userId, extension, number});
}

Status LicenseAssignBatch::attachAddon(const QString& licenseId, const QString& userId, const QString& baseLicenseId)
{
    return m_addons.add({licenseId, userId, baseLicenseId});
}

Status LicenseAssignBatch::flush()
{
    if (auto bases = m_bases.flush(); !bases)
        return bases;
    return m_addons.flush();
}

} // namespace seatwise
