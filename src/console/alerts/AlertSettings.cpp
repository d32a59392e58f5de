#include "console/alerts/AlertSettings.h"

#include <QUrl>

namespace seatwise {
namespace {

// Keys below the group; defaults live in AlertThresholds.
const QString kDefaultPercent = QStringLiteral("defaultPercent");
const QString kPoolPercent = QStringLiteral("poolPercent");
const QString kPpuMinimum = QStringLiteral("ppuMinimum");
const QString kTrayNotifications = QStringLiteral("trayNotifications");
constexpr bool kTrayDefault = true;

int clampPercent(int percent)
{
    return qBound(AlertThresholds::MinPercent, percent, AlertThresholds::MaxPercent);
}

} // namespace

AlertSettings::AlertSettings(QString profileKey)
    : m_group(profileKey.isEmpty()
                  ? QStringLiteral("alerts")
                  : QStringLiteral("alerts/") + QString::fromLatin1(QUrl::toPercentEncoding(profileKey)))
{
}

QString AlertSettings::key(const QString& name) const
{
    return m_group + QLatin1Char('/') + name;
}

QString AlertSettings::poolKey(const QString& poolId) const
{
    // Pool ids are opaque: encoded so that a slash never makes a settings group.
    return key(kPoolPercent) + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(poolId));
}

int AlertSettings::defaultPercent() const
{
    return clampPercent(m_settings.value(key(kDefaultPercent), AlertThresholds::DefaultPercent).toInt());
}

int AlertSettings::poolPercent(const QString& poolId) const
{
    const QVariant value = m_settings.value(poolKey(poolId));
    return value.isValid() ? clampPercent(value.toInt()) : defaultPercent();
}

bool AlertSettings::hasPoolPercent(const QString& poolId) const
{
    return m_settings.contains(poolKey(poolId));
}

void AlertSettings::setPoolPercent(const QString& poolId, int percent)
{
    m_settings.setValue(poolKey(poolId), clampPercent(percent));
}

void AlertSettings::clearPoolPercent(const QString& poolId)
{
    m_settings.remove(poolKey(poolId));
}

int AlertSettings::ppuMinimum() const
{
    return qMax(0, m_settings.value(key(kPpuMinimum), AlertThresholds::DefaultPpuMinimum).toInt());
}

void AlertSettings::setPpuMinimum(int minutes)
{
    m_settings.setValue(key(kPpuMinimum), qMax(0, minutes));
}

bool AlertSettings::trayNotifications() const
{
    return m_settings.value(key(kTrayNotifications), kTrayDefault).toBool();
}

void AlertSettings::setTrayNotifications(bool enabled)
{
    m_settings.setValue(key(kTrayNotifications), enabled);
}

AlertThresholds AlertSettings::thresholds() const
{
    AlertThresholds thresholds;
    thresholds.defaultPercent = defaultPercent();
    thresholds.ppuMinimum = ppuMinimum();
    m_settings.beginGroup(key(kPoolPercent));
    const QStringList pools = m_settings.childKeys();
    for (const QString& encoded : pools)
        thresholds.poolPercent.insert(QUrl::fromPercentEncoding(encoded.toLatin1()),
                                      clampPercent(m_settings.value(encoded).toInt()));
    m_settings.endGroup();
    return thresholds;
}

} // namespace seatwise
