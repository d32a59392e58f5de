#pragma once

#include "console/ConnectionState.h"

#include <QCoroTask>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class QLabel;
class QSortFilterProxyModel;

namespace Ui {
class MainWindow;
}

namespace seatwise {

class AdminSeat;
class ConsoleCache;
class GatewayClient;
class GatewayProfiles;
class LimitedAdminBanner;
class TokenVault;
class LicensesPanel;
class WeeklyTools;
class LiveSync;
class SessionActions;
struct ConnectionStatus;
class PoolTableModel;
class SessionTableModel;

// The console's main window: the pools of a gateway and its open sessions, live. Holds no state of
// its own: LiveSync fills the models from the gateway, user actions go to the gateway through the
// client and come back as events.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the local cache of one gateway (profileKey) so its last known state shows at once, even
    // before the first answer or with the gateway down. Call before attach(); an empty dataDir keeps
    // the cache in memory.
    void openCache(const QString& dataDir, const QString& profileKey);
    // Shows the gateway behind `client` from now on.
    void attach(GatewayClient* client);
    LiveSync* liveSync() const { return m_sync; }
    SessionActions* sessionActions() const { return m_sessionActions; }
    AdminSeat* adminSeat() const { return m_seat; }
    LicensesPanel* licensesPanel() const { return m_licenses; }
    WeeklyTools* weeklyTools() const { return m_weekly; }

public Q_SLOTS:
    void showProgress(const QString& message);
    void showFailure(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setUpViews();
    void restoreLayout();
    void saveLayout();
    void updateCounts();
    void showConnection(ConnectionState state);
    void showAbout();
    void showClientStatus(const ConnectionStatus& status);
    // R5: limited admin mode shows the license-usage view only, until an admin seat frees up.
    void applySeatMode(int mode);
    void openConnections();
    QCoro::Task<> switchGateway(QString profileId, QString memoryToken);
    QCoro::Task<> releaseSeatThenClose();
    QStringList selectedSessionIds() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    PoolTableModel* m_pools;
    SessionTableModel* m_sessions;
    QSortFilterProxyModel* m_poolsProxy;
    QLabel* m_countsLabel;
    QLabel* m_connectionLabel;
    QPointer<GatewayClient> m_client;
    LiveSync* m_sync = nullptr;
    ConsoleCache* m_cache = nullptr;
    LicensesPanel* m_licenses = nullptr;
    WeeklyTools* m_weekly = nullptr;
    SessionActions* m_sessionActions = nullptr;
    AdminSeat* m_seat = nullptr;
    LimitedAdminBanner* m_limitedBanner = nullptr;
    std::unique_ptr<GatewayProfiles> m_profiles;
    TokenVault* m_vault = nullptr;
    QPointer<GatewayClient> m_embeddedClient;
    std::unique_ptr<GatewayClient> m_remoteClient; // a gateway chosen in the connections dialog
    QString m_dataDir;
    QString m_profileKey;
    bool m_seatReleased = false;
};

} // namespace seatwise
