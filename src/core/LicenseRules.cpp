#include "LicenseRules.h"

#include "MassConfig.h"

#include <QRegularExpression>
#include <QStringList>

namespace seatwise::LicenseRules {
namespace {

Error conflict(ErrorCode code, const QString& message)
{
    return makeError(code, message);
}

} // namespace

std::optional<Error> canAssign(const Pool& pool, const License& license)
{
    if (pool.kind != PoolKind::Base)
        return makeError(ErrorCode::BadRequest, QStringLiteral("Only base licenses are assigned to users; attach "
                                                               "add-ons to a base license instead."));
    if (license.status != LicenseStatus::Available)
        return conflict(ErrorCode::LicenseUnavailable,
                        QStringLiteral("License %1 is %2; unassign it first or pick an available one.")
                            .arg(license.id, toWire(license.status)));
    return std::nullopt;
}

std::optional<Error> canReassign(const License& license)
{
    if (license.status != LicenseStatus::Assigned)
        return conflict(ErrorCode::InvalidState,
                        QStringLiteral("License %1 is not assigned; assign it instead.").arg(license.id));
    return std::nullopt;
}

std::optional<Error> canUnassign(const License& license)
{
    if (license.status != LicenseStatus::Assigned || !license.baseLicenseId.isEmpty())
        return conflict(ErrorCode::InvalidState,
                        QStringLiteral("License %1 is not an assigned base license.").arg(license.id));
    return std::nullopt;
}

std::optional<Error> canAttachAddon(const License& base, const QString& code)
{
    if (!isAddonCode(code))
        return makeError(ErrorCode::BadRequest, QStringLiteral("Unknown add-on code \"%1\"; use one of: %2.")
                                                    .arg(code, addonCodes().join(QStringLiteral(", "))));
    if (base.status != LicenseStatus::Assigned || !base.baseLicenseId.isEmpty())
        return conflict(
            ErrorCode::InvalidState,
            QStringLiteral("Add-ons attach to an assigned base license; assign license %1 first.").arg(base.id));
    for (const AttachedAddon& addon : base.addons)
        if (addon.code == code)
            return conflict(ErrorCode::AddonAttached,
                            QStringLiteral("License %1 already has the add-on %2.").arg(base.id, code));
    return std::nullopt;
}

std::optional<Error> canTerminate(const License& license)
{
    if (license.status == LicenseStatus::Assigned)
        return conflict(
            ErrorCode::LicenseAssigned,
            QStringLiteral("License %1 is assigned; unassign (or detach) it before terminating.").arg(license.id));
    if (license.status == LicenseStatus::Terminated)
        return conflict(ErrorCode::InvalidState, QStringLiteral("License %1 is already terminated.").arg(license.id));
    return std::nullopt;
}

std::optional<QString> normalizeExtension(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,8}$"));
    const QString trimmed = text.trimmed();
    if (!digits.match(trimmed).hasMatch())
        return std::nullopt;
    return trimmed;
}

std::optional<QString> normalizeNumber(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-.()]"));
    static const QRegularExpression e164(QStringLiteral("^\\+?[0-9]{7,15}$"));
    QString stripped = text.trimmed();
    stripped.remove(separators);
    if (!e164.match(stripped).hasMatch())
        return std::nullopt;
    return stripped;
}

bool isAddonCode(const QString& code)
{
    return addonCodes().contains(code);
}

} // namespace seatwise::LicenseRules
