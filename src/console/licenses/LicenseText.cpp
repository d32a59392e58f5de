#include "console/licenses/LicenseText.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace seatwise::LicenseText {
namespace {

// lupdate files these tr() calls under the namespace's qualified name, so translate under that context.
QString tr(const char* text)
{
    return QCoreApplication::translate("seatwise::LicenseText", text);
}

struct Named {
    const char* code;
    const char* name;
};

// QT_TRANSLATE_NOOP marks the names for translation; typeName() translates them when shown.
constexpr std::array<Named, 4> kBaseTypes{{
    {"phone_system", QT_TRANSLATE_NOOP("seatwise::LicenseText", "Phone System")},
    {"call_group", QT_TRANSLATE_NOOP("seatwise::LicenseText", "Call Group")},
    {"auto_attendant", QT_TRANSLATE_NOOP("seatwise::LicenseText", "Auto Attendant")},
    {"developer", QT_TRANSLATE_NOOP("seatwise::LicenseText", "Developer")},
}};

constexpr std::array<Named, 9> kAddons{{
    {"call_recording", QT_TRANSLATE_NOOP("seatwise::LicenseText", "Call Recording")},
    {"device_desktop_app", QT_TRANSLATE_NOOP("seatwise::LicenseText", "Desktop")},
    {"license_dnc_checking_enabled", QT_TRANSLATE_NOOP("seatwise::LicenseText", "DNC")},
    {"device_ip_phone", QT_TRANSLATE_NOOP("seatwise::LicenseText", "IP Phone")},
    {"device_mobile_app", QT_TRANSLATE_NOOP("seatwise::LicenseText", "Mobile")},
    {"device_web_rtc", QT_TRANSLATE_NOOP("seatwise::LicenseText", "Web Phone")},
    {"license_number", QT_TRANSLATE_NOOP("seatwise::LicenseText", "Number")},
    {"team_chat", QT_TRANSLATE_NOOP("seatwise::LicenseText", "Team Chat")},
    {"license_call_recording_unlimited_enabled",
     QT_TRANSLATE_NOOP("seatwise::LicenseText", "Unlimited Call Recording Storage")},
}};

template <std::size_t N> QStringList codesOf(const std::array<Named, N>& table)
{
    QStringList codes;
    for (const Named& entry : table)
        codes.append(QLatin1String(entry.code));
    return codes;
}

} // namespace

QStringList baseTypes()
{
    return codesOf(kBaseTypes);
}

QStringList addonCodes()
{
    return codesOf(kAddons);
}

QString typeName(const QString& type)
{
    for (const Named& entry : kBaseTypes)
        if (type == QLatin1String(entry.code))
            return tr(entry.name);
    for (const Named& entry : kAddons)
        if (type == QLatin1String(entry.code))
            return tr(entry.name);
    return type;
}

QString status(LicenseStatus status)
{
    switch (status) {
    case LicenseStatus::Available:
        return tr("Available");
    case LicenseStatus::Assigned:
        return tr("Assigned");
    case LicenseStatus::Terminated:
        return tr("Terminated");
    }
    return {};
}

} // namespace seatwise::LicenseText
