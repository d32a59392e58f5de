#pragma once

#include <QByteArray>
#include <QSettings>

namespace seatwise {

// The console's settings, typed; keys and defaults live in one table in the .cpp. No secrets here:
// tokens and passwords belong in the keychain.
class ConsoleSettings final {
public:
    ConsoleSettings() = default;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& value);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& value);
    QByteArray sessionsHeaderState() const;
    void setSessionsHeaderState(const QByteArray& value);
    // The language the console shows ("de", "pt_BR"); empty: follow the system.
    QString language() const;
    void setLanguage(const QString& code);

private:
    QSettings m_settings;
};

} // namespace seatwise
