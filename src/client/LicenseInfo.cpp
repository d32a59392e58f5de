#include "client/LicenseInfo.h"

#include "client/JsonList.h"
#include "client/JsonReader.h"

#include <QJsonArray>

#include <algorithm>

namespace seatwise {

bool LicenseInfo::hasAddon(const QString& code) const
{
    return std::any_of(addons.cbegin(), addons.cend(), [&code](const LicenseAddon& a) { return a.code == code; });
}

ClientResult<LicenseInfo> LicenseInfo::fromJson(const QJsonValue& value)
{
    JsonReader in(value.toObject());
    LicenseInfo license;
    license.id = in.string(QLatin1String("id"));
    license.poolId = in.string(QLatin1String("pool"));
    license.status = in.word<LicenseStatus>(QLatin1String("status"), LicenseStatus::Available);
    license.extension = in.optionalString(QLatin1String("extension"));
    license.number = in.optionalString(QLatin1String("number"));
    license.baseLicenseId = in.optionalString(QLatin1String("base_license"));
    if (!in.ok())
        return badAnswer(QStringLiteral("license: ") + in.problem());

    const QJsonValue user = in.object().value(QLatin1String("assigned_to"));
    if (user.isObject()) {
        ClientResult<UserInfo> parsed = UserInfo::fromJson(user);
        if (!parsed)
            return parsed.error();
        license.assignedTo = std::move(parsed).value();
    }
    const QJsonArray addons = in.object().value(QLatin1String("addons")).toArray();
    for (const QJsonValue& addon : addons) {
        const QJsonObject object = addon.toObject();
        license.addons.append(
            LicenseAddon{object.value(QLatin1String("id")).toString(), object.value(QLatin1String("code")).toString()});
    }
    return license;
}

} // namespace seatwise
