#include "LicenseLedger.h"

#include "Transact.h"
#include "core/LicenseRules.h"

namespace seatwise {
namespace {

Result<License> load(Repos& repos, const QString& id)
{
    auto found = repos.licenses.byId(id);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no license with id %1.").arg(id));
    return *found.value();
}

Result<User> userByLogin(Repos& repos, const QString& login)
{
    auto user = repos.users.byLogin(login);
    if (!user)
        return user.error();
    if (!user.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("There is no user with login \"%1\".").arg(login),
                         {{QStringLiteral("field"), QStringLiteral("user")}});
    return *user.value();
}

// Checks and normalizes an extension and a number for `license`; both optional.
Status checkNumbering(Repos& repos, Assignment& wanted, const QString& licenseId)
{
    if (!wanted.extension.isEmpty()) {
        auto extension = LicenseRules::normalizeExtension(wanted.extension);
        if (!extension)
            return makeError(ErrorCode::BadRequest,
                             QStringLiteral("Extension \"%1\" must be 1 to 8 digits.").arg(wanted.extension),
                             {{QStringLiteral("field"), QStringLiteral("extension")}});
        auto taken = repos.licenses.extensionTaken(*extension, licenseId);
        if (!taken)
            return taken.error();
        if (taken.value())
            return makeError(ErrorCode::DuplicateExtension,
                             QStringLiteral("Extension %1 is already in use.").arg(*extension));
        wanted.extension = *extension;
    }
    if (!wanted.number.isEmpty()) {
        auto number = LicenseRules::normalizeNumber(wanted.number);
        if (!number)
            return makeError(
                ErrorCode::BadRequest,
                QStringLiteral("Number \"%1\" must be 7 to 15 digits, optionally with a leading +.").arg(wanted.number),
                {{QStringLiteral("field"), QStringLiteral("number")}});
        auto taken = repos.licenses.numberTaken(*number, licenseId);
        if (!taken)
            return taken.error();
        if (taken.value())
            return makeError(ErrorCode::DuplicateNumber, QStringLiteral("Number %1 is already in use.").arg(*number));
        wanted.number = *number;
    }
    return Done{};
}

Status audit(Repos& repos, const User& actor, const QString& action, const License& license, qint64 nowMs,
             QJsonObject details = {})
{
    if (license.assignedTo)
        details.insert(QStringLiteral("user"), license.assignedTo->login);
    return repos.audit.append(nowMs, actor.login, action, license.id, details);
}

} // namespace

Result<License> LicenseLedger::assign(const QString& licenseId, const Assignment& assignment, const User& actor,
                                      qint64 nowMs)
{
    return transact(m_database, [&](Repos& repos) -> Result<License> {
        auto license = load(repos, licenseId);
        if (!license)
            return license;
        auto pool = repos.pools.byId(license->poolId);
        if (!pool)
            return pool.error();
        if (auto refused = LicenseRules::canAssign(*pool.value(), license.value()))
            return *refused;
        auto user = userByLogin(repos, assignment.userLogin);
        if (!user)
            return user.error();
        Assignment wanted = assignment;
        if (auto numbering = checkNumbering(repos, wanted, licenseId); !numbering)
            return numbering.error();
        License changed = license.value();
        changed.status = LicenseStatus::Assigned;
        changed.assignedTo = user.value();
        changed.extension = wanted.extension;
        changed.number = wanted.number;
        if (auto updated = repos.licenses.update(changed, nowMs); !updated)
            return updated.error();
        for (const AttachedAddon& addon : changed.addons) { // add-ons kept through an unassign follow the new user
            auto attached = load(repos, addon.licenseId);
            if (!attached)
                return attached;
            attached.value().assignedTo = user.value();
            if (auto updated = repos.licenses.update(attached.value(), nowMs); !updated)
                return updated.error();
        }
        if (auto audited =
                audit(repos, actor, QStringLiteral("license.assign"), changed, nowMs,
                      {{QStringLiteral("extension"), changed.extension}, {QStringLiteral("number"), changed.number}});
            !audited)
            return audited.error();
        return load(repos, licenseId);
    });
}

Result<License> LicenseLedger::reassign(const QString& licenseId, const QString& userLogin, const User& actor,
                                        qint64 nowMs)
{
    return transact(m_database, [&](Repos& repos) -> Result<License> {
        auto license = load(repos, licenseId);
        if (!license)
            return license;
        if (auto refused = LicenseRules::canReassign(license.value()))
            return *refused;
        auto user = userByLogin(repos, userLogin);
        if (!user)
            return user.error();
        const QString previous = license->assignedTo ? license->assignedTo->login : QString();
        QList<License> moving{license.value()};
        for (const AttachedAddon& addon : license->addons) {
            auto attached = load(repos, addon.licenseId);
            if (!attached)
                return attached;
            moving.append(attached.value());
        }
        for (License& l : moving) { // the license keeps its extension, number and add-ons
            l.assignedTo = user.value();
            if (auto updated = repos.licenses.update(l, nowMs); !updated)
                return updated.error();
        }
        if (auto audited = audit(repos, actor, QStringLiteral("license.reassign"), moving.first(), nowMs,
                                 {{QStringLiteral("from"), previous}});
            !audited)
            return audited.error();
        return load(repos, licenseId);
    });
}

Result<License> LicenseLedger::unassign(const QString& licenseId, const User& actor, qint64 nowMs)
{
    return transact(m_database, [&](Repos& repos) -> Result<License> {
        auto license = load(repos, licenseId);
        if (!license)
            return license;
        if (auto refused = LicenseRules::canUnassign(license.value()))
            return *refused;
        if (auto audited = audit(repos, actor, QStringLiteral("license.unassign"), license.value(), nowMs); !audited)
            return audited.error();
        License changed = license.value();
        changed.status = LicenseStatus::Available;
        changed.assignedTo.reset();
        changed.extension.clear();
        changed.number.clear();
        if (auto updated = repos.licenses.update(changed, nowMs); !updated)
            return updated.error();
        for (const AttachedAddon& addon : changed.addons) { // R15: the add-ons stay with the license
            auto attached = load(repos, addon.licenseId);
            if (!attached)
                return attached;
            attached.value().assignedTo.reset();
            if (auto updated = repos.licenses.update(attached.value(), nowMs); !updated)
                return updated.error();
        }
        return load(repos, licenseId);
    });
}

Result<License> LicenseLedger::attachAddon(const QString& licenseId, const QString& code, const User& actor,
                                           qint64 nowMs)
{
    return transact(m_database, [&](Repos& repos) -> Result<License> {
        auto base = load(repos, licenseId);
        if (!base)
            return base;
        if (auto refused = LicenseRules::canAttachAddon(base.value(), code))
            return *refused;
        auto free = repos.licenses.freeAddon(code);
        if (!free)
            return free.error();
        if (!free.value())
            return makeError(
                ErrorCode::NoLicenseAvailable,
                QStringLiteral("No %1 add-on license is free; order more or remove one elsewhere.").arg(code));
        License addon = *free.value();
        addon.status = LicenseStatus::Assigned;
        addon.baseLicenseId = licenseId;
        addon.assignedTo = base->assignedTo;
        if (auto updated = repos.licenses.update(addon, nowMs); !updated)
            return updated.error();
        if (auto audited = audit(repos, actor, QStringLiteral("license.addon_attach"), base.value(), nowMs,
                                 {{QStringLiteral("code"), code}, {QStringLiteral("addon"), addon.id}});
            !audited)
            return audited.error();
        return load(repos, licenseId);
    });
}

Result<License> LicenseLedger::detachAddon(const QString& licenseId, const QString& code, const User& actor,
                                           qint64 nowMs)
{
    return transact(m_database, [&](Repos& repos) -> Result<License> {
        auto base = load(repos, licenseId);
        if (!base)
            return base;
        const auto attached = std::find_if(base->addons.cbegin(), base->addons.cend(),
                                           [&](const AttachedAddon& a) { return a.code == code; });
        if (attached == base->addons.cend())
            return makeError(ErrorCode::NotFound, QStringLiteral("License %1 has no %2 add-on.").arg(licenseId, code));
        auto addon = load(repos, attached->licenseId);
        if (!addon)
            return addon;
        addon.value().status = LicenseStatus::Available;
        addon.value().baseLicenseId.clear();
        addon.value().assignedTo.reset();
        if (auto updated = repos.licenses.update(addon.value(), nowMs); !updated)
            return updated.error();
        if (auto audited = audit(repos, actor, QStringLiteral("license.addon_remove"), base.value(), nowMs,
                                 {{QStringLiteral("code"), code}, {QStringLiteral("addon"), addon->id}});
            !audited)
            return audited.error();
        return load(repos, licenseId);
    });
}

Status LicenseLedger::terminate(const QString& licenseId, const User& actor, qint64 nowMs)
{
    return transact(m_database, [&](Repos& repos) -> Status {
        auto license = load(repos, licenseId);
        if (!license)
            return license.error();
        if (auto refused = LicenseRules::canTerminate(license.value()))
            return *refused;
        for (const AttachedAddon& addon : license->addons) { // an unassigned base gives its add-ons back
            auto attached = load(repos, addon.licenseId);
            if (!attached)
                return attached.error();
            attached.value().status = LicenseStatus::Available;
            attached.value().baseLicenseId.clear();
            if (auto updated = repos.licenses.update(attached.value(), nowMs); !updated)
                return updated;
        }
        License ended = license.value();
        ended.status = LicenseStatus::Terminated;
        if (auto updated = repos.licenses.update(ended, nowMs); !updated)
            return updated;
        return audit(repos, actor, QStringLiteral("license.terminate"), ended, nowMs);
    });
}

} // namespace seatwise
