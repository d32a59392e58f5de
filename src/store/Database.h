#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QString>
#include <QUrl>

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

    const StoreLocation& location() const { return m_location; }

private:
    QString connectionName() const;
    Result<QSqlDatabase> openSqlite(const QString& name) const;
    Result<QSqlDatabase> openPostgres(const QString& name) const;

    StoreLocation m_location;
    QString m_instanceTag;
};

} // namespace seatwise
