#include "console/ConsoleSettings.h"

namespace seatwise {
namespace {
// Every key the console stores, in one place.
const QString kWindowGeometry = QStringLiteral("mainWindow/geometry");
const QString kWindowState = QStringLiteral("mainWindow/state");
const QString kSplitterState = QStringLiteral("mainWindow/splitter");
const QString kSessionsHeader = QStringLiteral("mainWindow/sessionsHeader");
const QString kLanguage = QStringLiteral("console/language");
} // namespace

QByteArray ConsoleSettings::windowGeometry() const
{
    return m_settings.value(kWindowGeometry).toByteArray();
}
void ConsoleSettings::setWindowGeometry(const QByteArray& value)
{
    m_settings.setValue(kWindowGeometry, value);
}
QByteArray ConsoleSettings::windowState() const
{
    return m_settings.value(kWindowState).toByteArray();
}
void ConsoleSettings::setWindowState(const QByteArray& value)
{
    m_settings.setValue(kWindowState, value);
}
QByteArray ConsoleSettings::splitterState() const
{
    return m_settings.value(kSplitterState).toByteArray();
}
void ConsoleSettings::setSplitterState(const QByteArray& value)
{
    m_settings.setValue(kSplitterState, value);
}
QByteArray ConsoleSettings::sessionsHeaderState() const
{
    return m_settings.value(kSessionsHeader).toByteArray();
}
void ConsoleSettings::setSessionsHeaderState(const QByteArray& value)
{
    m_settings.setValue(kSessionsHeader, value);
}
QString ConsoleSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}
void ConsoleSettings::setLanguage(const QString& code)
{
    m_settings.setValue(kLanguage, code);
}

} // namespace seatwise
