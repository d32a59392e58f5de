#include "MassConfigRun.h"

#include "Sql.h"
#include "Transact.h"

namespace seatwise {
namespace {

Result<MassConfigSnapshot> snapshot(Repos& repos)
{
    MassConfigSnapshot snap;
    auto users = repos.users.all();
    if (!users)
        return users.error();
    for (const User& u : users.value()) {
        snap.userIdByLogin.insert(u.login, u.id);
        snap.userIdsByName[u.name.toLower()].append(u.id);
    }
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
    auto freeBase = repos.licenses.freeBaseIds(BaseType::PhoneSystem, 1'000'000);
    if (!freeBase)
        return freeBase.error();
    snap.freeBaseLicenses = int(freeBase.value().size());
    auto freeAddons = repos.licenses.freeAddonCounts();
    if (!freeAddons)
        return freeAddons.error();
    snap.freeAddons = freeAddons.value();
    return snap;
}

Status applyRow(Repos& repos, const MassConfigRowPlan& row, const QString& baseId, qint64 nowMs)
{
    auto base = repos.licenses.byId(baseId);
    auto user = repos.users.byId(row.userId);
    if (!base || !user)
        return !base ? base.error() : user.error();
    License license = *base.value();
    license.status = LicenseStatus::Assigned;
    license.assignedTo = user.value();
    license.extension = row.extension;
    license.number = row.number;
    if (auto updated = repos.licenses.update(license, nowMs); !updated)
        return updated;
    for (const QString& code : row.addons) {
        auto addon = repos.licenses.freeAddon(code);
        if (!addon)
            return addon.error();
        if (!addon.value()) // planned against the same snapshot under the same lock, so this cannot happen
            return makeError(ErrorCode::NoLicenseAvailable,
                             QStringLiteral("No free %1 add-on for row %2.").arg(code).arg(row.row));
        License attached = *addon.value();
        attached.status = LicenseStatus::Assigned;
        attached.baseLicenseId = baseId;
        attached.assignedTo = user.value();
        if (auto updated = repos.licenses.update(attached, nowMs); !updated)
            return updated;
    }
    return Done{};
}

} // namespace

Result<MassConfigOutcome> runMassConfig(const Database& database, const QByteArray& csv, bool dryRun, const User& actor,
                                        qint64 nowMs)
{
    MassConfigOutcome outcome;
    // Planned and applied under one write lock: nothing can take the planned licenses in between.
    auto done = transact(database, [&](Repos& repos) -> Status {
        auto snap = snapshot(repos);
        if (!snap)
            return snap.error();
        outcome.report = planMassConfig(csv, snap.value());
        if (dryRun || !outcome.report.ok())
            return Done{};
        auto baseIds = repos.licenses.freeBaseIds(BaseType::PhoneSystem, int(outcome.report.plan.size()));
        if (!baseIds)
            return baseIds.error();
        for (int i = 0; i < outcome.report.plan.size(); ++i)
            if (auto applied = applyRow(repos, outcome.report.plan[i], baseIds.value().at(i), nowMs); !applied)
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
