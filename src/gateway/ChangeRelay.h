#pragma once

#include "core/Error.h"
#include "store/Changes.h"
#include "store/Database.h"

#include <QObject>
#include <QPointer>
#include <QSqlDriver>
#include <QTimer>

namespace seatwise {

// Tells the other gateways on the same PostgreSQL store what this one changed, and hears what they
// changed, so a console attached to any gateway sees every session and pool move (LISTEN/NOTIFY on
// the channel `seatwise_changes`). Only ids cross: each gateway reads the sessions from the store.
// On a SQLite store there is one gateway per file and the relay does nothing.
class ChangeRelay final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeRelay)

public:
    explicit ChangeRelay(const Database& database, QObject* parent = nullptr);
    ~ChangeRelay() override;

    // Listens on this thread's store connection (PostgreSQL only), and again whenever that connection was
    // reopened (after a PostgreSQL restart): LISTEN belongs to the server session, which died with it.
    Status start();
    void stop();
    // Sends the ids of what a committed transaction here changed.
    void announce(const Changes& changes);

Q_SIGNALS:
    // Changes another gateway committed, read back from the store.
    void arrived(const seatwise::Changes& changes);

private:
    void onNotification(const QString& channel, QSqlDriver::NotificationSource source, const QVariant& payload);
    Status listen();
    void keepListening();

    const Database& m_database;
    QString m_origin; // this gateway's id in the payloads, to skip its own
    QPointer<QSqlDriver> m_driver;
    const void* m_listening = nullptr; // the libpq connection the LISTEN was sent on
    QTimer m_watch;
};

} // namespace seatwise
