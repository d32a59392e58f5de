#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QUrl>

#include <atomic>

namespace seatwise {

// Where the store lives: a SQLite file (one gateway, the default) or a PostgreSQL database that several
// gateways share (`postgresql://user[:password]@host[:port]/database`; the password may also come from
// PGPASSWORD).
struct StoreLocation {
    StoreLocation() = default;
    explicit StoreLocation(QString sqliteFile)
        : sqlitePath(std::move(sqliteFile))
    {
    }

    QString sqlitePath;
    QUrl postgresUrl;

    bool isPostgres() const { return postgresUrl.isValid(); }
    // For logs: the file, or the URL without its password.
    QString displayName() const;
    static Result<StoreLocation> parse(const QString& text);
};

// Hands out one named connection per thread to the same store, opened and tuned on first use.
// Qt SQL connections must not cross threads, so every thread asks here for its own.
class Database final {
public:
    explicit Database(StoreLocation location);

    // Opens (or reuses) this thread's connection; applies pragmas. Error when the store cannot be opened.
    Result<QSqlDatabase> connection() const;
    // Creates or upgrades the schema; safe to call from several processes at once.
    Status migrate() const;
    // Drops this thread's connection; call before the thread ends.
    void closeThreadConnection() const;

    // A statement failed. When the disk under a SQLite store failed (read-only, I/O error, full, cannot
    // open), this thread's next connection() opens the file afresh, and until a write commits again the
    // connection is closed whenever the event loop is idle: an administrator can then unmount, repair and
    // mount the disk under a running gateway, which picks the store up again by itself.
    static void noteFailure(const QSqlDatabase& db, const QSqlError& error);
    // A write committed: the connection is trusted again.
    static void noteCommitted(const QSqlDatabase& db);

    const StoreLocation& location() const { return m_location; }

private:
    QString connectionName() const;
    Result<QSqlDatabase> openSqlite(const QString& name) const;
    Result<QSqlDatabase> openPostgres(const QString& name) const;

    StoreLocation m_location;
    QString m_instanceTag;
    // Set once the file was opened: later opens must find it, not create an empty store in its place
    // (on the bare mount point of an unmounted disk, say).
    mutable std::atomic_bool m_fileExists = false;
};

} // namespace seatwise
