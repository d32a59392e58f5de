#include "console/connections/GatewayProfiles.h"

#include <QCoreApplication>
#include <QUuid>

namespace seatwise {
namespace {
// Every key the gateway list uses, in one place.
const QString kList = QStringLiteral("gateways/list");
const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kUrl = QStringLiteral("url");
const QString kLogin = QStringLiteral("login");
const QString kCertificate = QStringLiteral("certificate_sha256");
const QString kCurrent = QStringLiteral("gateways/current");
const QString kEmbeddedLogin = QStringLiteral("admin"); // the owner the embedded gateway bootstraps
} // namespace

GatewayProfiles::GatewayProfiles(QUrl embeddedUrl)
    : m_embeddedUrl(std::move(embeddedUrl))
{
}

GatewayProfile GatewayProfiles::embedded() const
{
    return GatewayProfile{GatewayProfile::embeddedId(),
                          QCoreApplication::translate("seatwise::GatewayProfiles", "This computer (embedded)"),
                          m_embeddedUrl, kEmbeddedLogin, true};
}

QList<GatewayProfile> GatewayProfiles::stored() const
{
    QSettings& settings = m_settings;
    QList<GatewayProfile> profiles;
    const int count = settings.beginReadArray(kList);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        GatewayProfile profile{settings.value(kId).toString(),
                               settings.value(kName).toString(),
                               QUrl(settings.value(kUrl).toString()),
                               settings.value(kLogin).toString(),
                               false,
                               settings.value(kCertificate).toString().toLatin1()};
        if (!profile.id.isEmpty() && profile.id != GatewayProfile::embeddedId())
            profiles.append(profile);
    }
    settings.endArray();
    return profiles;
}

QList<GatewayProfile> GatewayProfiles::all() const
{
    return QList<GatewayProfile>{embedded()} + stored();
}

std::optional<GatewayProfile> GatewayProfiles::find(const QString& id) const
{
    for (const GatewayProfile& profile : all())
        if (profile.id == id)
            return profile;
    return std::nullopt;
}

void GatewayProfiles::setAll(const QList<GatewayProfile>& profiles)
{
    m_settings.remove(kList);
    m_settings.beginWriteArray(kList);
    int index = 0;
    for (const GatewayProfile& profile : profiles) {
        if (profile.embedded || profile.id == GatewayProfile::embeddedId())
            continue;
        m_settings.setArrayIndex(index++);
        m_settings.setValue(kId, profile.id);
        m_settings.setValue(kName, profile.name);
        m_settings.setValue(kUrl, profile.url.toString());
        m_settings.setValue(kLogin, profile.login);
        m_settings.setValue(kCertificate, QString::fromLatin1(profile.certificateSha256));
    }
    m_settings.endArray();
    if (!find(currentId()))
        setCurrentId(GatewayProfile::embeddedId());
    m_settings.sync();
}

QString GatewayProfiles::put(GatewayProfile profile)
{
    if (profile.id.isEmpty())
        profile.id = newId();
    QList<GatewayProfile> profiles = stored();
    const auto same = std::find_if(profiles.begin(), profiles.end(),
                                   [&profile](const GatewayProfile& p) { return p.id == profile.id; });
    if (same == profiles.end())
        profiles.append(profile);
    else
        *same = profile;
    setAll(profiles);
    return profile.id;
}

void GatewayProfiles::remove(const QString& id)
{
    QList<GatewayProfile> profiles = stored();
    profiles.removeIf([&id](const GatewayProfile& p) { return p.id == id; });
    setAll(profiles);
}

QString GatewayProfiles::currentId() const
{
    return m_settings.value(kCurrent, GatewayProfile::embeddedId()).toString();
}

void GatewayProfiles::setCurrentId(const QString& id)
{
    m_settings.setValue(kCurrent, id);
}

QString GatewayProfiles::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace seatwise
