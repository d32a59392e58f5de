#pragma once

#include "client/SessionInfo.h"
#include "console/KeyedTableModel.h"
#include "console/cache/ConsoleCache.h"

#include <QHash>
#include <QPointer>

namespace seatwise {

// The open sessions of one gateway, as GET /sessions lists them. Inactive rows are highlighted:
// they hold a seat nobody uses (R7), the first thing a manager looks for. Fed from a ConsoleCache
// once setCache() is called (sessions and pool names), like PoolTableModel.
class SessionTableModel final : public KeyedTableModel<SessionInfo> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTableModel)

public:
    enum Column {
        UserColumn,
        PoolColumn,
        DeviceColumn,
        ModeColumn,
        StateColumn,
        OpenedColumn,
        LastActiveColumn,
        ColumnCount
    };

    explicit SessionTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the listing; nowMs is the instant relative times ("3 min ago") are shown against.
    void update(QList<SessionInfo> sessions, qint64 nowMs);
    void setPoolNames(QHash<QString, QString> names);
    int countInState(SessionState state) const;
    void setCache(ConsoleCache* cache);

protected:
    void reload() override;
    bool sameRow(const SessionInfo& before, const SessionInfo& after) const override;

private:
    void onCacheChanged(CacheKind kind);
    QVariant rawValue(const SessionInfo& session, int column) const;
    QString displayText(const SessionInfo& session, int column) const;
    QVariant decoration(const SessionInfo& session, int role) const;

    QHash<QString, QString> m_poolNames;
    qint64 m_nowMs = 0;
    QPointer<ConsoleCache> m_cache;
};

} // namespace seatwise
