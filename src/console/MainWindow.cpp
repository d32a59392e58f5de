#include "console/MainWindow.h"
#include "ui_MainWindow.h"

#include "client/ConnectionStatus.h"
#include "client/GatewayClient.h"
#include "console/ConsoleSettings.h"
#include "console/ErrorText.h"
#include "console/LanguageMenu.h"
#include "console/LiveSync.h"
#include "console/PoolTableModel.h"
#include "console/SessionTableModel.h"
#include "console/TableRoles.h"
#include "console/WeeklyTools.h"
#include "console/actions/SessionActions.h"
#include "console/cache/ConsoleCache.h"
#include "console/connections/ConnectionsDialog.h"
#include "console/connections/GatewayProfiles.h"
#include "console/connections/TokenVault.h"
#include "console/licenses/LicensesPanel.h"
#include "console/seat/AdminSeat.h"
#include "console/seat/InstallationId.h"
#include "console/seat/LimitedAdminBanner.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStyle>

namespace seatwise {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_pools(new PoolTableModel(this))
    , m_sessions(new SessionTableModel(this))
    , m_poolsProxy(new QSortFilterProxyModel(this))
    , m_countsLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_ui->refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_ui->refreshAction->setEnabled(false);
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 5);

    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_ui->statusBar->addPermanentWidget(m_countsLabel);
    m_ui->statusBar->addPermanentWidget(m_connectionLabel);
    showConnection(ConnectionState::Starting);

    setUpViews();
    m_limitedBanner = new LimitedAdminBanner(this);
    m_ui->centralLayout->insertWidget(0, m_limitedBanner);
    m_profiles = std::make_unique<GatewayProfiles>();
    m_vault = new TokenVault(TokenVault::serviceName(), this);
    auto* connectionsAction = new QAction(tr("&Gateways…"), this);
    connectionsAction->setObjectName(QStringLiteral("connectionsAction"));
    connectionsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connectionsAction->setToolTip(tr("Add, edit or switch the gateways this console manages"));
    m_ui->fileMenu->insertAction(m_ui->quitAction, connectionsAction);
    auto* languageMenu = new LanguageMenu(this);
    m_ui->fileMenu->insertMenu(m_ui->quitAction, languageMenu);
    connect(languageMenu, &LanguageMenu::chosen, this, &MainWindow::showProgress);
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    connect(connectionsAction, &QAction::triggered, this, &MainWindow::openConnections);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->sessionsFilterLineEdit, &QLineEdit::textChanged, m_sessions, &SessionTableModel::setFilterText);
    connect(m_ui->inactiveOnlyCheckBox, &QCheckBox::toggled, m_sessions, &SessionTableModel::setInactiveOnly);
    restoreLayout();
    updateCounts();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpViews()
{
    m_poolsProxy->setSourceModel(m_pools);
    m_poolsProxy->setSortRole(RawValueRole);
    m_poolsProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->poolsView->setModel(m_poolsProxy);
    m_ui->poolsView->sortByColumn(PoolTableModel::NameColumn, Qt::AscendingOrder);

    m_ui->sessionsView->setModel(m_sessions); // sorts and filters itself: no proxy over a million rows
    m_ui->sessionsView->sortByColumn(SessionTableModel::UserColumn, Qt::AscendingOrder);

    for (QTableView* view : {m_ui->poolsView, m_ui->sessionsView}) {
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
        view->horizontalHeader()->setHighlightSections(false);
        view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
    QHeaderView* pools = m_ui->poolsView->horizontalHeader();
    pools->setSectionResizeMode(QHeaderView::Interactive);
    pools->resizeSection(PoolTableModel::NameColumn, 220);
    for (int column = PoolTableModel::KindColumn; column < PoolTableModel::ColumnCount; ++column)
        pools->resizeSection(column, 100); // all eight columns fit the default 1100 px window

    QHeaderView* sessions = m_ui->sessionsView->horizontalHeader();
    sessions->resizeSection(SessionTableModel::UserColumn, 200);
    sessions->resizeSection(SessionTableModel::PoolColumn, 120);
    sessions->resizeSection(SessionTableModel::DeviceColumn, 170);
    sessions->resizeSection(SessionTableModel::ModeColumn, 110);
    sessions->resizeSection(SessionTableModel::StateColumn, 110);
    sessions->resizeSection(SessionTableModel::OpenedColumn, 110);

    m_licenses = new LicensesPanel(this);
    m_licenses->setObjectName(QStringLiteral("licensesPanel"));
    m_ui->mainTabs->addTab(m_licenses, tr("&Licenses"));
    m_weekly = new WeeklyTools(this, m_ui->mainTabs, m_ui->centralLayout, m_ui->helpMenu->menuAction());
    connect(m_weekly, &WeeklyTools::licensesImported, m_licenses, &LicensesPanel::refresh);
    connect(m_ui->refreshAction, &QAction::triggered, m_weekly, &WeeklyTools::refreshShown);

    m_sessionActions = new SessionActions(
        nullptr, [this] { return selectedSessionIds(); }, this);
    m_sessionActions->setDialogParent(this);
    QAction* signOutInactive = m_sessionActions->signOutInactiveAction();
    signOutInactive->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    addAction(signOutInactive);                                               // Ctrl+Shift+I anywhere in the window
    m_ui->sessionsView->addAction(m_sessionActions->signOutSelectedAction()); // Delete only in the sessions view
    m_ui->sessionsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->sessionsMenu->addActions(m_sessionActions->actions());
    m_ui->mainToolBar->addAction(signOutInactive);
    m_ui->mainToolBar->addAction(m_sessionActions->signOutSelectedAction());
    connect(m_ui->sessionsView->selectionModel(), &QItemSelectionModel::selectionChanged, m_sessionActions,
            &SessionActions::updateEnabled);
    connect(m_sessions, &QAbstractItemModel::layoutChanged, m_sessionActions, &SessionActions::updateEnabled);
    connect(m_sessionActions, &SessionActions::reported, this, &MainWindow::showProgress);
    connect(m_sessionActions, &SessionActions::failed, this, &MainWindow::showFailure);

    for (QAbstractItemModel* model :
         {static_cast<QAbstractItemModel*>(m_pools), static_cast<QAbstractItemModel*>(m_sessions)}) {
        connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCounts);
    }
}

void MainWindow::openCache(const QString& dataDir, const QString& profileKey)
{
    delete m_cache;
    m_dataDir = dataDir;
    m_profileKey = profileKey;
    const QString file = dataDir.isEmpty() ? QStringLiteral(":memory:") : ConsoleCache::fileFor(dataDir, profileKey);
    m_cache = new ConsoleCache(file, this);
    if (!m_cache->open()) {
        showFailure(tr("The local cache cannot be opened (%1); working without it.").arg(m_cache->lastError()));
        delete m_cache;
        m_cache = new ConsoleCache(QStringLiteral(":memory:"), this);
        m_cache->open();
    }
    m_pools->setCache(m_cache);
    m_sessions->setCache(m_cache);
}

QStringList MainWindow::selectedSessionIds() const
{
    QStringList ids;
    for (const QModelIndex& row : m_ui->sessionsView->selectionModel()->selectedRows())
        ids.append(row.data(IdRole).toString());
    return ids;
}

void MainWindow::attach(GatewayClient* client)
{
    delete m_sync;
    if (!m_embeddedClient && client != m_remoteClient.get())
        m_embeddedClient = client; // the first client comes from the embedded gateway
    m_client = client;
    delete m_seat;
    m_seat = new AdminSeat(client, InstallationId::get(), this);
    connect(m_seat, &AdminSeat::modeChanged, this, [this](AdminSeat::Mode mode) { applySeatMode(int(mode)); });
    connect(m_seat, &AdminSeat::failed, this, &MainWindow::showFailure);
    m_seatReleased = false;
    m_seat->setActive(!isMinimized());
    m_seat->start();
    if (!m_cache)
        openCache(QString(), QString());
    m_sync = new LiveSync(client, m_cache, this);
    connect(client, &GatewayClient::connectionStatusChanged, this, &MainWindow::showClientStatus);
    connect(m_sessionActions, &SessionActions::finished, m_sync, &LiveSync::requestRefresh);
    m_sessionActions->setClient(client);
    m_licenses->setClient(client);
    m_weekly->setClient(client, m_profileKey);
    connect(m_sync, &LiveSync::stateChanged, this, &MainWindow::showConnection);
    connect(m_sync, &LiveSync::refreshed, this, [this] { m_weekly->checkPools(m_pools->rows()); });
    connect(m_sync, &LiveSync::refreshFailed, this,
            [this](const ClientError& error) { showFailure(ErrorText::describe(error)); });
    connect(m_ui->refreshAction, &QAction::triggered, m_sync, &LiveSync::requestRefresh);
    m_ui->refreshAction->setEnabled(true);
    setWindowTitle(tr("Seatwise — %1").arg(client->apiBaseUrl().authority()));
    m_sync->start();
}

void MainWindow::showProgress(const QString& message)
{
    m_ui->statusBar->showMessage(message, 8000);
}

void MainWindow::showFailure(const QString& message)
{
    m_ui->statusBar->showMessage(message);
}

void MainWindow::updateCounts()
{
    const int inactive = m_sessions->countInState(SessionState::Inactive);
    const QString separator = QStringLiteral("   ·   ");
    m_countsLabel->setText(tr("Pools: %1").arg(m_pools->rowCount()) + separator +
                           tr("Seats in use: %1 of %2").arg(m_pools->totalInUse()).arg(m_pools->totalSeats()) +
                           separator + tr("Sessions: %1").arg(m_sessions->openCount()) + separator +
                           tr("Inactive: %1").arg(inactive));
    m_ui->sessionsGroupBox->setTitle(inactive > 0 ? tr("Sessions (%1 inactive, highlighted)").arg(inactive)
                                                  : tr("Sessions"));
}

void MainWindow::showConnection(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Starting:
        m_connectionLabel->setText(tr("● Connecting…"));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #8d6e63;"));
        break;
    case ConnectionState::Live:
        m_connectionLabel->setText(tr("● Live"));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        break;
    case ConnectionState::Polling:
        m_connectionLabel->setText(tr("● Connected (no live events)"));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #ef6c00;"));
        break;
    case ConnectionState::Offline:
        m_connectionLabel->setText(tr("● Offline"));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
        break;
    }
    if (m_client)
        m_connectionLabel->setToolTip(m_client->apiBaseUrl().toString());
}

void MainWindow::applySeatMode(int mode)
{
    const auto seatMode = AdminSeat::Mode(mode);
    m_limitedBanner->setMode(seatMode);
    const bool limited = seatMode == AdminSeat::Mode::LimitedAdmin;
    const int licensesTab = m_ui->mainTabs->indexOf(m_licenses);
    m_ui->mainTabs->setTabEnabled(licensesTab, !limited);
    if (limited)
        m_ui->mainTabs->setCurrentWidget(m_ui->usageTab);
    m_sessionActions->signOutAllAction()->setVisible(!limited); // limited admins only sign users out
    m_weekly->setLimited(limited);
}

void MainWindow::openConnections()
{
    ConnectionsDialog dialog(m_profiles.get(), m_vault, this);
    const QString before = m_profiles->currentId();
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString chosen = dialog.selectedProfileId();
    if (chosen.isEmpty() || (chosen == before && m_client))
        return;
    m_profiles->setCurrentId(chosen);
    switchGateway(chosen, dialog.tokensInMemory().value(chosen));
}

QCoro::Task<> MainWindow::switchGateway(QString profileId, QString memoryToken)
{
    QPointer<MainWindow> self(this);
    const auto profile = m_profiles->find(profileId);
    if (!profile)
        co_return;
    if (m_seat) {
        AdminSeat* seat = m_seat;
        co_await seat->stop();
        if (!self)
            co_return;
    }
    if (profile->embedded) {
        if (m_embeddedClient) {
            openCache(m_dataDir, GatewayProfile::embeddedId());
            attach(m_embeddedClient);
        }
        co_return;
    }
    QString token = memoryToken;
    if (token.isEmpty()) {
        TokenVault* vault = m_vault;
        const VaultReply stored = co_await vault->load(profileId);
        if (!self)
            co_return;
        token = stored.secret;
        if (!stored.ok()) {
            showFailure(tr("No saved sign-in for %1: open Gateways… and test the connection with your password.")
                            .arg(profile->name));
            co_return;
        }
    }
    auto client = std::make_unique<GatewayClient>(profile->apiBaseUrl());
    client->setToken(token);
    client->setTlsTrust(TlsTrust{profile->certificateSha256});
    openCache(m_dataDir, profileId);
    attach(client.get());
    m_remoteClient = std::move(client); // after attach: the old remote client is no longer watched
}

QCoro::Task<> MainWindow::releaseSeatThenClose()
{
    QPointer<MainWindow> self(this);
    AdminSeat* seat = m_seat;
    co_await seat->stop();
    if (!self)
        co_return;
    m_seatReleased = true;
    close();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::WindowStateChange && m_seat)
        m_seat->setActive(!isMinimized()); // R6: heartbeats say whether the window is open
    QMainWindow::changeEvent(event);
}

void MainWindow::showClientStatus(const ConnectionStatus& status)
{
    if (status.state == ConnectionStatus::State::Online)
        return; // LiveSync says Live or Polling
    const QString since = m_cache && m_cache->lastSyncedAt().isValid()
                              ? QLocale().toString(m_cache->lastSyncedAt().toLocalTime(), QLocale::ShortFormat)
                              : tr("never");
    m_connectionLabel->setText(status.state == ConnectionStatus::State::Reconnecting
                                   ? tr("● Reconnecting…")
                                   : tr("● Offline — showing the state of %1").arg(since));
    m_connectionLabel->setStyleSheet(status.state == ConnectionStatus::State::Reconnecting
                                         ? QStringLiteral("color: #ef6c00;")
                                         : QStringLiteral("color: #c62828;"));
    m_connectionLabel->setToolTip(ErrorText::describe(status.lastError));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Seatwise"),
                       tr("<b>Seatwise %1</b><p>Concurrent and named seat licenses: live pools and sessions, "
                          "one-click sign-out of inactive users.</p>")
                           .arg(QStringLiteral(SEATWISE_VERSION)));
}

void MainWindow::restoreLayout()
{
    const ConsoleSettings settings;
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    m_ui->mainSplitter->restoreState(settings.splitterState());
    m_ui->sessionsView->horizontalHeader()->restoreState(settings.sessionsHeaderState());
}

void MainWindow::saveLayout()
{
    ConsoleSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(m_ui->mainSplitter->saveState());
    settings.setSessionsHeaderState(m_ui->sessionsView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    if (m_seat && m_seat->mode() != AdminSeat::Mode::None && !m_seatReleased) {
        event->ignore(); // give the admin seat back first (R5), then close
        releaseSeatThenClose();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace seatwise
