#include "MassConfigRun.h"

#include "LicenseAssignBatch.h"
#include "Sql.h"
#include "Transact.h"

#include <algorithm>
#include <limits>

namespace seatwise {
namespace {

// What the plan is checked against, and the licenses the apply hands out in order.
struct Stock {
    MassConfigSnapshot snapshot;
    QStringList freeBaseIds;                  // Phone System, oldest first
    QHash<QString, QStringList> freeAddonIds; // code -> ids, oldest first
};

// A few set-based reads, whatever the size of the file: the plan looks everything up in memory.
Result<Stock> readStock(Repos& repos)
{
    Stock stock;
    MassConfigSnapshot& snap = stock.snapshot;
    auto users = Sql::run(repos.pools.database(), QStringLiteral("SELECT id, login FROM users"));
    if (!users)
        return users.error();
    while (users.value().next())
        snap.userIdByLogin.insert(users.value().value(1).toString(), users.value().value(0).toString());
    auto numbering = Sql::run(repos.pools.database(),
                              QStringLiteral("SELECT extension, number FROM licenses WHERE extension IS NOT NULL"
                                             " OR number IS NOT NULL"));
    if (!numbering)
        return numbering.error();
    while (numbering.value().next()) {
        if (!numbering.value().value(0).isNull())
            snap.extensionsInUse.insert(numbering.value().value(0).toString());
        if (!numbering.value().value(1).isNull())
            snap.numbersInUse.insert(numbering.value().value(1).toString());
    }
    auto freeBase = repos.licenses.freeBaseIds(BaseType::PhoneSystem, std::numeric_limits<int>::max());
    if (!freeBase)
        return freeBase.error();
    stock.freeBaseIds = std::move(freeBase).value();
    snap.freeBaseLicenses = int(stock.freeBaseIds.size());
    auto freeAddons = repos.licenses.freeAddonIds();
    if (!freeAddons)
        return freeAddons.error();
    stock.freeAddonIds = std::move(freeAddons).value();
    for (auto it = stock.freeAddonIds.cbegin(); it != stock.freeAddonIds.cend(); ++it)
        snap.freeAddons.insert(it.key(), int(it.value().size()));
    return stock;
}

// Users by display name, for the rows that name one instead of giving a login.
Status readNames(Repos& repos, MassConfigSnapshot& snap)
{
    auto users = Sql::run(repos.pools.database(), QStringLiteral("SELECT id, name FROM users"));
    if (!users)
        return users.error();
    while (users.value().next())
        snap.userIdsByName[users.value().value(1).toString().toLower()].append(users.value().value(0).toString());
    return Done{};
}

bool namesUnknownUser(const MassConfigReport& report)
{
    return std::any_of(report.errors.cbegin(), report.errors.cend(),
                       [](const MassConfigError& e) { return e.error == QLatin1String("unknown_user"); });
}

// Each row takes the oldest free base license and, per add-on, the oldest free add-on license of that
// code still untaken, as assigning them one by one would.
Status apply(Repos& repos, const QList<MassConfigRowPlan>& plan, const Stock& stock, qint64 nowMs)
{
    LicenseAssignBatch batch(repos.pools.database(), nowMs);
    QHash<QString, qsizetype> addonsTaken;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const MassConfigRowPlan& row = plan.at(i);
        const QString& baseId = stock.freeBaseIds.at(i); // the plan has no more rows than free licenses
        if (auto assigned = batch.assignBase(baseId, row.userId, row.extension, row.number); !assigned)
            return assigned;
        for (const QString& code : row.addons) {
            const QStringList free = stock.freeAddonIds.value(code);
            const qsizetype next = addonsTaken.value(code);
            if (next >= free.size()) // planned against the same stock under the same lock: cannot happen
                return makeError(ErrorCode::NoLicenseAvailable,
                                 QStringLiteral("No free %1 add-on for row %2.").arg(code).arg(row.row));
            addonsTaken.insert(code, next + 1);
            if (auto attached = batch.attachAddon(free.at(next), row.userId, baseId); !attached)
                return attached;
        }
    }
    return batch.flush();
}

} // namespace

Result<MassConfigOutcome> runMassConfig(const Database& database, const QByteArray& csv, bool dryRun, const User& actor,
                                        qint64 nowMs)
{
    MassConfigOutcome outcome;
    // Planned and applied under one write lock: nothing can take the planned licenses in between.
    auto done = transact(database, [&](Repos& repos) -> Status {
        auto stock = readStock(repos);
        if (!stock)
            return stock.error();
        outcome.report = planMassConfig(csv, stock->snapshot);
        // Hashing every user's name costs more than the rest of the snapshot: it is read only when a row
        // names a user by something that is not a login, and the file is planned again with it.
        if (namesUnknownUser(outcome.report)) {
            if (auto named = readNames(repos, stock.value().snapshot); !named)
                return named;
            outcome.report = planMassConfig(csv, stock->snapshot);
        }
        if (dryRun || !outcome.report.ok())
            return Done{};
        if (auto applied = apply(repos, outcome.report.plan, stock.value(), nowMs); !applied)
            return applied;
        outcome.applied = true;
        return repos.audit.append(nowMs, actor.login, QStringLiteral("licenses.mass_config"),
                                  QStringLiteral("phone_system"), {{QStringLiteral("rows"), outcome.report.rows}});
    });
    if (!done)
        return done.error();
    return outcome;
}

} // namespace seatwise
