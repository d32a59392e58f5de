#pragma once

#include "client/LicenseInfo.h"
#include "client/PoolInfo.h"
#include "client/SessionInfo.h"
#include "client/UsagePoint.h"
#include "console/cache/CacheKind.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <limits>

class QSqlDatabase;

namespace seatwise {

// The last known state of one gateway in a local SQLite file, so the console shows it while the
// gateway is down and on a cold start before the first answer. Sync writes the gateway's listings
// here first; the models read from here when changed() says so. Each row is kept as columns (for
// order and lookups) plus the gateway's JSON, which the readers parse back into the client's value
// types. One named connection, on the thread that made the cache (the GUI thread); WAL journal;
// every write one IMMEDIATE transaction: a failed write leaves the rows as they were.
class ConsoleCache final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleCache)

public:
    // filePath: e.g. <app data>/cache/<profile>.sqlite; ":memory:" for a cache that dies with it.
    explicit ConsoleCache(QString filePath, QObject* parent = nullptr);
    ~ConsoleCache() override;

    // <dataDir>/cache/<profile>.sqlite, the profile key (e.g. its id or URL) made file-name safe.
    static QString fileFor(const QString& dataDir, const QString& profileKey);

    // Opens (creating the folder and file) and migrates; false with lastError() when it cannot.
    bool open();
    bool isOpen() const { return m_open; }
    QString filePath() const { return m_filePath; }
    QString lastError() const { return m_lastError; }
    int schemaVersion() const;

    // Writers take the gateway's JSON as listed (GET /pools, /sessions, /licenses, /usage points).
    // A malformed element fails the whole write.
    bool replacePools(const QJsonArray& pools);
    bool replaceSessions(const QJsonArray& sessions);
    // Sessions the event stream told of, in one transaction: new or changed ones, then gone ones.
    bool writeSessionEvents(const QJsonArray& upserts, const QStringList& removals);
    bool upsertSession(const QJsonObject& session);
    bool removeSession(const QString& id);
    bool upsertPool(const QJsonObject& pool);
    bool replaceLicenses(const QJsonArray& licenses);
    // Adds or overwrites the points of one pool (empty id: all pools together), keyed by their time.
    bool storeUsage(const QString& poolId, const QJsonArray& points);

    QList<PoolInfo> pools() const;       // by name
    QList<SessionInfo> sessions() const; // by login time
    QList<LicenseInfo> licenses() const; // by pool, then extension
    QList<UsagePoint> usage(const QString& poolId, qint64 fromMs = 0,
                            qint64 toMs = std::numeric_limits<qint64>::max()) const; // by time

    // When a write from the gateway last landed (of one kind, or of any); invalid if never.
    QDateTime lastSyncedAt() const;
    QDateTime lastSyncedAt(CacheKind kind) const;

Q_SIGNALS:
    // After every successful write, once per write; sessions written from events
    // (writeSessionEvents) are told by sessionsWritten() instead, with what was stored, so a table
    // of a million rows takes just those and reads nothing back.
    void changed(seatwise::CacheKind kind);
    void sessionsWritten(const QList<seatwise::SessionInfo>& upserted, const QStringList& removed);

private:
    using Work = std::function<QString(QSqlDatabase&)>;
    bool write(CacheKind kind, const Work& work, bool announce = true);
    QSqlDatabase database() const;

    QString m_filePath;
    QString m_connectionName;
    QString m_lastError;
    bool m_open = false;
};

} // namespace seatwise
