#include "LicenseRepo.h"

#include "RowBatch.h"
#include "Sql.h"
#include "UserRows.h"

#include <QUuid>

namespace seatwise {
namespace {

const QString kColumns =
    QStringLiteral("l.id, l.pool_id, l.status, l.extension, l.number, l.base_license_id, l.assigned_to");
constexpr int kUserColumn = 7;

License readLicense(const QSqlQuery& q)
{
    License l;
    l.id = q.value(0).toString();
    l.poolId = q.value(1).toString();
    l.status = parseWire<LicenseStatus>(q.value(2).toString()).value_or(LicenseStatus::Terminated);
    l.extension = q.value(3).toString();
    l.number = q.value(4).toString();
    l.baseLicenseId = q.value(5).toString();
    if (!q.value(6).isNull())
        l.assignedTo = UserRows::read(q, kUserColumn);
    return l;
}

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

Status LicenseRepo::createMany(const QString& poolId, int count, qint64 nowMs)
{
    // A named pool of 100,000 seats is 500 statements, not 100,000 (each a round trip on PostgreSQL).
    constexpr int RowsPerStatement = 200;
    RowBatch insert(m_db, QStringLiteral("INSERT INTO licenses (id, pool_id, status, created_at, updated_at) VALUES "),
                    QStringLiteral("(?, ?, 'available', ?, ?)"), QString(), {}, RowsPerStatement);
    for (int i = 0; i < count; ++i) {
        if (auto added = insert.add({QUuid::createUuid().toString(QUuid::WithoutBraces), poolId, nowMs, nowMs}); !added)
            return added;
    }
    return insert.flush();
}

Result<QList<License>> LicenseRepo::select(const QString& where, const QVariantList& values)
{
    auto query =
        Sql::run(m_db,
                 QStringLiteral("SELECT ") + kColumns + QStringLiteral(", ") + UserRows::columns(QStringLiteral("u.")) +
                     QStringLiteral(" FROM licenses l JOIN pools p ON p.id = l.pool_id"
                                    " LEFT JOIN users u ON u.id = l.assigned_to ") +
                     where,
                 values);
    if (!query)
        return query.error();
    QList<License> licenses;
    while (query.value().next())
        licenses.append(readLicense(query.value()));
    if (auto loaded = loadAddons(licenses); !loaded)
        return loaded.error();
    return licenses;
}

Status LicenseRepo::loadAddons(QList<License>& licenses)
{
    if (licenses.isEmpty())
        return Done{};
    QHash<QString, int> indexById;
    for (int i = 0; i < licenses.size(); ++i)
        indexById.insert(licenses[i].id, i);
    // Only the add-ons of the licenses at hand, in chunks that stay within SQLite's bound-parameter limit.
    constexpr int kChunk = 500;
    const QStringList ids = indexById.keys();
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QStringList chunk = ids.mid(from, kChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QVariantList values;
        for (const QString& id : chunk)
            values.append(id);
        auto query = Sql::run(m_db,
                              QStringLiteral("SELECT l.base_license_id, l.id, p.addon_code FROM licenses l JOIN pools p"
                                             " ON p.id = l.pool_id WHERE l.base_license_id IN (") +
                                  marks.join(QStringLiteral(", ")) + QStringLiteral(") ORDER BY p.addon_code"),
                              values);
        if (!query)
            return query.error();
        while (query.value().next()) {
            const auto it = indexById.constFind(query.value().value(0).toString());
            if (it != indexById.constEnd())
                licenses[*it].addons.append(
                    AttachedAddon{query.value().value(1).toString(), query.value().value(2).toString()});
        }
    }
    return Done{};
}

Result<std::optional<License>> LicenseRepo::byId(const QString& id)
{
    auto found = select(QStringLiteral("WHERE l.id = ?"), {id});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::optional<License>() : std::optional<License>(found.value().first());
}

Result<QList<License>> LicenseRepo::search(const LicenseFilter& filter)
{
    QStringList conditions;
    QVariantList values;
    const auto where = [&](const QString& condition, const QVariant& value) {
        conditions.append(condition);
        values.append(value);
    };
    if (!filter.poolId.isEmpty())
        where(QStringLiteral("l.pool_id = ?"), filter.poolId);
    if (!filter.userId.isEmpty())
        where(QStringLiteral("l.assigned_to = ?"), filter.userId);
    if (!filter.extension.isEmpty())
        where(QStringLiteral("l.extension LIKE ? || '%'"), filter.extension);
    if (filter.status)
        where(QStringLiteral("l.status = ?"), toWire(*filter.status));
    if (!filter.type.isEmpty()) {
        conditions.append(QStringLiteral("(p.base_type = ? OR p.addon_code = ?)"));
        values << filter.type << filter.type;
    }
    const QString clause =
        conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    return select(clause + QStringLiteral(" ORDER BY p.name, l.extension, l.created_at, l.id"), values);
}

Status LicenseRepo::update(const License& l, qint64 nowMs)
{
    return Sql::exec(m_db,
                     QStringLiteral("UPDATE licenses SET status = ?, assigned_to = ?, extension = ?, number = ?,"
                                    " base_license_id = ?, updated_at = ? WHERE id = ?"),
                     {toWire(l.status), l.assignedTo ? QVariant(l.assignedTo->id) : QVariant(), orNull(l.extension),
                      orNull(l.number), orNull(l.baseLicenseId), nowMs, l.id});
}

Result<std::optional<License>> LicenseRepo::freeAddon(const QString& code)
{
    auto found =
        select(QStringLiteral("WHERE p.addon_code = ? AND l.status = 'available' ORDER BY l.created_at, l.id LIMIT 1"),
               {code});
    if (!found)
        return found.error();
    return found.value().isEmpty() ? std::optional<License>() : std::optional<License>(found.value().first());
}

Result<QStringList> LicenseRepo::freeBaseIds(BaseType type, int limit)
{
    auto query =
        Sql::run(m_db,
                 QStringLiteral("SELECT l.id FROM licenses l JOIN pools p ON p.id = l.pool_id WHERE p.base_type = ?"
                                " AND p.kind = 'base' AND l.status = 'available' ORDER BY l.created_at, l.id LIMIT ?"),
                 {toWire(type), limit});
    if (!query)
        return query.error();
    QStringList ids;
    while (query.value().next())
        ids.append(query.value().value(0).toString());
    return ids;
}

Result<QHash<QString, QStringList>> LicenseRepo::freeAddonIds()
{
    auto query =
        Sql::run(m_db, QStringLiteral("SELECT p.addon_code, l.id FROM licenses l JOIN pools p ON p.id = l.pool_id"
                                      " WHERE p.kind = 'addon' AND l.status = 'available'"
                                      " ORDER BY p.addon_code, l.created_at, l.id"));
    if (!query)
        return query.error();
    QHash<QString, QStringList> ids;
    while (query.value().next())
        ids[query.value().value(0).toString()].append(query.value().value(1).toString());
    return ids;
}

Result<bool> LicenseRepo::extensionTaken(const QString& extension, const QString& exceptLicenseId)
{
    auto taken = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM licenses WHERE extension = ? AND id <> ?"),
                             {extension, exceptLicenseId});
    if (!taken)
        return taken.error();
    return taken.value() > 0;
}

Result<bool> LicenseRepo::numberTaken(const QString& number, const QString& exceptLicenseId)
{
    auto taken = Sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM licenses WHERE number = ? AND id <> ?"),
                             {number, exceptLicenseId});
    if (!taken)
        return taken.error();
    return taken.value() > 0;
}

Result<int> LicenseRepo::terminateAvailable(const QString& poolId, int count, qint64 nowMs)
{
    auto ids = Sql::run(m_db,
                        QStringLiteral("SELECT id FROM licenses WHERE pool_id = ? AND status = 'available'"
                                       " ORDER BY created_at DESC, id LIMIT ?"),
                        {poolId, count});
    if (!ids)
        return ids.error();
    QStringList chosen;
    while (ids.value().next())
        chosen.append(ids.value().value(0).toString());
    for (const QString& id : chosen) {
        if (auto done = Sql::exec(
                m_db, QStringLiteral("UPDATE licenses SET status = 'terminated', updated_at = ? WHERE id = ?"),
                {nowMs, id});
            !done)
            return done.error();
    }
    return int(chosen.size());
}

} // namespace seatwise
