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

class GatewayClient;
class LiveSync;
class PoolTableModel;
class SessionFilterProxy;
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

    // Shows the gateway behind `client` from now on.
    void attach(GatewayClient* client);
    LiveSync* liveSync() const { return m_sync; }

public Q_SLOTS:
    void showProgress(const QString& message);
    void showFailure(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setUpViews();
    void restoreLayout();
    void saveLayout();
    void updateCounts();
    void showConnection(ConnectionState state);
    void showAbout();
    QCoro::Task<> signOutInactive();

    std::unique_ptr<Ui::MainWindow> m_ui;
    PoolTableModel* m_pools;
    SessionTableModel* m_sessions;
    QSortFilterProxyModel* m_poolsProxy;
    SessionFilterProxy* m_sessionsProxy;
    QLabel* m_countsLabel;
    QLabel* m_connectionLabel;
    QPointer<GatewayClient> m_client;
    LiveSync* m_sync = nullptr;
};

} // namespace seatwise
