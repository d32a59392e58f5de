#pragma once

#include "console/connections/VaultReply.h"

#include <QCoroTask>
#include <QObject>

namespace QKeychain {
class Job;
}

namespace seatwise {

// The console's tokens in the operating system's keychain (QtKeychain: Secret Service, macOS
// Keychain, Windows Credential Manager), one entry per gateway profile id. There is deliberately no
// plaintext fallback: when the keychain is unavailable every call answers Unavailable and the console
// asks for the password each time, keeping the token in memory only.
class TokenVault final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenVault)

public:
    explicit TokenVault(QString service = serviceName(), QObject* parent = nullptr);
    ~TokenVault() override;

    static QString serviceName() { return QStringLiteral("io.seatwise.Console"); }
    QString service() const { return m_service; }
    // False after the keychain last answered Unavailable; true again when a call succeeds.
    bool isAvailable() const { return m_available; }
    // Waits at most this long for the keychain (a locked keyring may prompt the user).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    QCoro::Task<VaultReply> store(QString profileId, QString token);
    QCoro::Task<VaultReply> load(QString profileId);
    QCoro::Task<VaultReply> remove(QString profileId);

Q_SIGNALS:
    void availabilityChanged(bool available);

private:
    QCoro::Task<VaultReply> finish(QKeychain::Job* job);
    void note(const VaultReply& reply);

    QString m_service;
    bool m_available = true;
    int m_timeoutMs = 60000;
};

} // namespace seatwise
