#include "console/planning/SeatOrderDialog.h"

#include "client/GatewayClient.h"
#include "console/ErrorText.h"
#include "console/TableRoles.h"
#include "console/licenses/ErrorLabel.h"
#include "console/planning/PendingOrdersModel.h"
#include "console/planning/PlanningText.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace seatwise {
namespace {

constexpr int kMaxSeatsPerOrder = 100'000;
constexpr int kPreviewTickMs = 15'000; // "in 5 minutes" and the billing day move on while the dialog is open

QString delayText(int seconds)
{
    if (seconds <= 0)
        return SeatOrderDialog::tr("right after the order");
    if (seconds % 3600 == 0)
        return SeatOrderDialog::tr("%1 h after the order").arg(seconds / 3600);
    if (seconds % 60 == 0)
        return SeatOrderDialog::tr("%1 min after the order").arg(seconds / 60);
    return SeatOrderDialog::tr("%1 s after the order").arg(seconds);
}

} // namespace

SeatOrderDialog::SeatOrderDialog(GatewayClient* client, QString poolId, int suggestedDelta, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_poolId(std::move(poolId))
    , m_confirm(messageBoxConfirmHook(this))
    , m_model(new PendingOrdersModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("seatOrderDialog"));
    setWindowTitle(tr("Seat orders"));
    buildUi(suggestedDelta);
    m_clock->setInterval(kPreviewTickMs);
    connect(m_clock, &QTimer::timeout, this, &SeatOrderDialog::updatePreview);
    m_clock->start();
    updatePreview();
    refresh();
}

SeatOrderDialog::~SeatOrderDialog() = default;

void SeatOrderDialog::buildUi(int suggestedDelta)
{
    auto* layout = new QVBoxLayout(this);
    m_summaryLabel = new QLabel(tr("Loading the pool…"), this);
    m_summaryLabel->setObjectName(QStringLiteral("poolSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);

    // New order: Add/Remove and a count read better than a signed number.
    auto* orderGroup = new QGroupBox(tr("New order"), this);
    orderGroup->setObjectName(QStringLiteral("newOrderGroup"));
    auto* orderLayout = new QVBoxLayout(orderGroup);
    auto* choiceRow = new QHBoxLayout;
    m_addRadio = new QRadioButton(tr("&Add seats"), orderGroup);
    m_addRadio->setObjectName(QStringLiteral("addSeatsRadioButton"));
    m_addRadio->setToolTip(tr("Added seats start after the pool's activation delay and are charged now, "
                              "prorated to the rest of the billing month."));
    m_removeRadio = new QRadioButton(tr("&Remove seats"), orderGroup);
    m_removeRadio->setObjectName(QStringLiteral("removeSeatsRadioButton"));
    m_removeRadio->setToolTip(tr("Removed seats go at the start of the next billing month; nothing is refunded "
                                 "and running sessions are never ended."));
    auto* direction = new QButtonGroup(this);
    direction->addButton(m_addRadio);
    direction->addButton(m_removeRadio);
    m_countSpin = new QSpinBox(orderGroup);
    m_countSpin->setObjectName(QStringLiteral("seatCountSpinBox"));
    m_countSpin->setRange(0, kMaxSeatsPerOrder);
    m_countSpin->setSuffix(tr(" seats"));
    m_countSpin->setToolTip(tr("How many seats to add or remove."));
    m_countSpin->setAccelerated(true);
    auto* countLabel = new QLabel(tr("&Count:"), orderGroup);
    countLabel->setBuddy(m_countSpin);
    choiceRow->addWidget(m_addRadio);
    choiceRow->addWidget(m_removeRadio);
    choiceRow->addSpacing(16);
    choiceRow->addWidget(countLabel);
    choiceRow->addWidget(m_countSpin);
    choiceRow->addStretch(1);
    orderLayout->addLayout(choiceRow);

    m_previewLabel = new QLabel(orderGroup);
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setWordWrap(true);
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont previewFont = m_previewLabel->font();
    previewFont.setBold(true);
    m_previewLabel->setFont(previewFont);
    orderLayout->addWidget(m_previewLabel);
    m_detailLabel = new QLabel(orderGroup);
    m_detailLabel->setObjectName(QStringLiteral("previewDetailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextFormat(Qt::PlainText);
    m_detailLabel->setForegroundRole(QPalette::PlaceholderText);
    orderLayout->addWidget(m_detailLabel);

    auto* placeRow = new QHBoxLayout;
    m_resultLabel = new QLabel(orderGroup);
    m_resultLabel->setObjectName(QStringLiteral("orderResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_resultLabel->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_resultLabel->setVisible(false);
    m_placeButton = new QPushButton(tr("&Place order…"), orderGroup);
    m_placeButton->setObjectName(QStringLiteral("placeOrderButton"));
    m_placeButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    placeRow->addWidget(m_resultLabel, 1);
    placeRow->addWidget(m_placeButton, 0, Qt::AlignRight | Qt::AlignTop);
    orderLayout->addLayout(placeRow);
    m_errorLabel = ErrorLabel::create(orderGroup, QStringLiteral("seatOrderErrorLabel"));
    orderLayout->addWidget(m_errorLabel);
    layout->addWidget(orderGroup);

    // The pool's orders, pending first by default.
    auto* ordersGroup = new QGroupBox(tr("Orders"), this);
    ordersGroup->setObjectName(QStringLiteral("ordersGroup"));
    auto* ordersLayout = new QVBoxLayout(ordersGroup);
    m_showPastCheck = new QCheckBox(tr("Show &past orders (in effect or cancelled)"), ordersGroup);
    m_showPastCheck->setObjectName(QStringLiteral("showPastOrdersCheckBox"));
    ordersLayout->addWidget(m_showPastCheck);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawValueRole);
    m_proxy->setFilterRole(RawValueRole);
    m_proxy->setFilterKeyColumn(PendingOrdersModel::StatusColumn);
    m_proxy->setFilterFixedString(toWire(OrderStatus::Pending));
    m_ordersView = new QTableView(ordersGroup);
    m_ordersView->setObjectName(QStringLiteral("pendingOrdersView"));
    m_ordersView->setModel(m_proxy);
    m_ordersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ordersView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ordersView->setSortingEnabled(true);
    m_ordersView->sortByColumn(PendingOrdersModel::RequestedColumn, Qt::DescendingOrder);
    m_ordersView->verticalHeader()->setVisible(false);
    m_ordersView->setWordWrap(false);
    m_ordersView->horizontalHeader()->setSectionResizeMode(PendingOrdersModel::StatusColumn, QHeaderView::Stretch);
    // ResizeToContents misses rows added later; size the columns after each listing instead.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SeatOrderDialog::fitColumns);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SeatOrderDialog::fitColumns);
    m_ordersView->setMinimumHeight(120);
    ordersLayout->addWidget(m_ordersView);
    auto* ordersButtons = new QHBoxLayout;
    m_cancelButton = new QPushButton(tr("&Cancel order…"), ordersGroup);
    m_cancelButton->setObjectName(QStringLiteral("cancelOrderButton"));
    m_cancelButton->setToolTip(tr("Cancels the selected pending order (Delete)."));
    m_refreshButton = new QPushButton(tr("Re&fresh"), ordersGroup);
    m_refreshButton->setObjectName(QStringLiteral("refreshOrdersButton"));
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_refreshButton->setToolTip(tr("Lists the pool's orders again (F5)."));
    ordersButtons->addWidget(m_cancelButton);
    ordersButtons->addStretch(1);
    ordersButtons->addWidget(m_refreshButton);
    ordersLayout->addLayout(ordersButtons);
    layout->addWidget(ordersGroup, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("seatOrderButtonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto* cancelAction = new QAction(tr("Cancel order"), m_ordersView);
    cancelAction->setObjectName(QStringLiteral("cancelOrderAction"));
    cancelAction->setShortcut(QKeySequence::Delete);
    cancelAction->setShortcutContext(Qt::WidgetShortcut);
    m_ordersView->addAction(cancelAction);
    m_ordersView->setContextMenuPolicy(Qt::ActionsContextMenu);

    (suggestedDelta < 0 ? m_removeRadio : m_addRadio)->setChecked(true);
    m_countSpin->setValue(qMin(qAbs(suggestedDelta), kMaxSeatsPerOrder));

    connect(m_addRadio, &QRadioButton::toggled, this, &SeatOrderDialog::updatePreview);
    connect(m_countSpin, &QSpinBox::valueChanged, this, &SeatOrderDialog::updatePreview);
    connect(m_placeButton, &QPushButton::clicked, this, [this] { placeOrder(); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { cancelSelectedOrder(); });
    connect(cancelAction, &QAction::triggered, this, [this] { cancelSelectedOrder(); });
    connect(m_refreshButton, &QPushButton::clicked, this, &SeatOrderDialog::refresh);
    connect(m_showPastCheck, &QCheckBox::toggled, this, [this](bool past) {
        m_proxy->setFilterFixedString(past ? QString() : toWire(OrderStatus::Pending));
        updateButtons();
    });
    connect(m_ordersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SeatOrderDialog::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SeatOrderDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SeatOrderDialog::updateButtons);
    resize(720, 560);
}

int SeatOrderDialog::delta() const
{
    return m_removeRadio->isChecked() ? -m_countSpin->value() : m_countSpin->value();
}

std::optional<Billing::SeatOrderTerms> SeatOrderDialog::previewTerms() const
{
    if (!m_pool || !m_zone || delta() == 0)
        return std::nullopt;
    const auto terms = Billing::seatOrderTerms(QDateTime::currentMSecsSinceEpoch(), delta(), m_pool->priceCents,
                                               m_pool->activationDelayS, *m_zone);
    if (!terms)
        return std::nullopt;
    return terms.value();
}

void SeatOrderDialog::refresh()
{
    if (m_loading) {
        m_reloadWanted = true;
        return;
    }
    load();
}

QCoro::Task<> SeatOrderDialog::load()
{
    QPointer<SeatOrderDialog> self(this);
    m_loading = true;
    QString error;
    do {
        m_reloadWanted = false;
        if (!m_client) {
            error = tr("There is no gateway to ask.");
            break;
        }
        setBusy(true);
        const QString poolId = m_poolId;
        const ClientResult<QList<PricedPool>> pools = co_await PlanningCalls::pricedPools(*m_client);
        if (!self)
            co_return;
        ClientResult<AccountInfo> account;
        if (pools && m_client) {
            auto answered = co_await PlanningCalls::account(*m_client);
            account = std::move(answered);
        }
        if (!self)
            co_return;
        ClientResult<QList<SeatOrderInfo>> orders;
        if (pools && account && m_client) {
            auto listed = co_await PlanningCalls::seatOrders(*m_client, poolId);
            orders = std::move(listed);
        }
        if (!self)
            co_return;
        setBusy(false);
        if (!pools || !account || !orders) {
            error = ErrorText::describe(!pools ? pools.error() : !account ? account.error() : orders.error());
            continue;
        }
        error.clear();
        m_pool.reset();
        for (const PricedPool& pool : pools.value())
            if (pool.pool.id == m_poolId)
                m_pool = pool;
        if (!m_pool)
            error = tr("The pool is gone from the gateway.");
        const auto zone = Billing::billingZone(
            account->billingTimezone == QLatin1String("UTC") ? QString() : account->billingTimezone);
        if (zone)
            m_zone = zone.value();
        else
            error = zone.error().message;
        m_model->setRows(orders.value());
    } while (m_reloadWanted);
    m_loading = false;
    updateSummary();
    updatePreview();
    showError(error);
    Q_EMIT refreshed(error);
}

void SeatOrderDialog::updateSummary()
{
    if (!m_pool) {
        m_summaryLabel->setText(tr("The pool's details are not loaded."));
        return;
    }
    const PoolInfo& pool = m_pool->pool;
    setWindowTitle(tr("Seat orders \u2014 %1").arg(pool.name));
    QString text = tr("%1: %2 seats, %3 in use").arg(pool.name).arg(pool.seats).arg(pool.inUse);
    if (pool.pendingSeats != 0)
        text += tr(", %1 on order").arg(PlanningText::signedDelta(pool.pendingSeats));
    text += QLatin1Char('.');
    if (m_pool->priceCents > 0)
        text +=
            QLatin1Char(' ') + tr("%1 per seat-month; added seats start %2.")
                                   .arg(PlanningText::money(m_pool->priceCents), delayText(m_pool->activationDelayS));
    else
        text += QLatin1Char(' ') +
                tr("No seat price is set; added seats start %1.").arg(delayText(m_pool->activationDelayS));
    if (m_zone)
        text += QLatin1Char(' ') + tr("Billing time zone: %1.").arg(QString::fromUtf8(m_zone->id()));
    m_summaryLabel->setText(text);
    // Cannot remove more seats than the pool will have once its pending orders are in.
    const int removable = qMax(0, pool.seats + pool.pendingSeats);
    m_removeRadio->setEnabled(removable > 0 || m_removeRadio->isChecked());
}

void SeatOrderDialog::updatePreview()
{
    const int d = delta();
    m_detailLabel->clear();
    if (d == 0) {
        m_previewLabel->setText(m_removeRadio->isChecked() ? tr("Choose how many seats to remove.")
                                                           : tr("Choose how many seats to add."));
    } else if (!m_pool || !m_zone) {
        m_previewLabel->setText(m_loading ? tr("Loading the pool's price and the billing time zone…")
                                          : tr("The preview needs the pool's price and the billing time zone."));
    } else {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto terms = Billing::seatOrderTerms(now, d, m_pool->priceCents, m_pool->activationDelayS, *m_zone);
        if (!terms) {
            m_previewLabel->setText(terms.error().message);
        } else {
            const PlanningText::OrderWords words =
                PlanningText::orderWords(terms.value(), d, m_pool->priceCents, now, *m_zone);
            m_previewLabel->setText(words.when + QLatin1Char('\n') + words.cost);
            m_detailLabel->setText(words.detail);
        }
    }
    m_detailLabel->setVisible(!m_detailLabel->text().isEmpty());
    updateButtons();
}

void SeatOrderDialog::updateButtons()
{
    const bool idle = m_busyCount == 0 && m_client;
    QString why;
    if (!idle)
        why = tr("Waiting for the gateway.");
    else if (!m_pool || !m_zone)
        why = tr("The pool's price and the billing time zone are not loaded.");
    else if (delta() == 0)
        why = tr("Choose how many seats to add or remove; an order of 0 seats changes nothing.");
    else if (delta() < 0 && -delta() > m_pool->pool.seats + m_pool->pool.pendingSeats)
        why = tr("The pool will only have %1 seats.").arg(m_pool->pool.seats + m_pool->pool.pendingSeats);
    m_placeButton->setEnabled(why.isEmpty());
    m_placeButton->setToolTip(why.isEmpty() ? tr("Places the order after you confirm it (Ctrl+Enter).") : why);

    const SeatOrderInfo* order = selectedOrder();
    const bool cancellable = idle && order && order->isPending();
    m_cancelButton->setEnabled(cancellable);
    for (QAction* action : m_ordersView->actions())
        action->setEnabled(cancellable);
    m_refreshButton->setEnabled(idle);
}

const SeatOrderInfo* SeatOrderDialog::selectedOrder() const
{
    const QModelIndexList rows = m_ordersView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->order(rows.constFirst().data(IdRole).toString());
}

QCoro::Task<> SeatOrderDialog::placeOrder()
{
    const int d = delta();
    const auto terms = previewTerms();
    if (!m_client || !m_pool || !m_zone || !terms || !m_placeButton->isEnabled())
        co_return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const PlanningText::OrderWords words = PlanningText::orderWords(*terms, d, m_pool->priceCents, now, *m_zone);
    const QString question =
        (d > 0 ? tr("Add %1 to %2?") : tr("Remove %1 from %2?")).arg(PlanningText::seats(qAbs(d)), m_pool->pool.name) +
        QStringLiteral("\n\n") + words.when + QLatin1Char('\n') + words.cost;
    if (!m_confirm(tr("Place seat order"), question))
        co_return;

    QPointer<SeatOrderDialog> self(this);
    const QString poolId = m_poolId;
    showError({});
    showResult({});
    setBusy(true);
    const ClientResult<SeatOrderInfo> placed = co_await PlanningCalls::placeSeatOrder(*m_client, poolId, d);
    if (!self)
        co_return;
    setBusy(false);
    if (!placed) {
        showError(ErrorText::describe(placed.error()));
        co_return;
    }
    m_placed = placed.value();
    const SeatOrderInfo& order = placed.value();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const QString when = PlanningText::localMoment(order.effectiveAtMs, after);
    showResult(
        order.delta > 0
            ? tr("Order placed: %1 seats, in effect %2; charged %3.")
                  .arg(PlanningText::signedDelta(order.delta), when, PlanningText::money(order.proratedCents))
            : tr("Order placed: %1 seats, in effect %2; no charge.").arg(PlanningText::signedDelta(order.delta), when));
    // A second click should not order the same seats again.
    m_countSpin->setValue(0);
    Q_EMIT orderPlaced(order);
    refresh();
}

QCoro::Task<> SeatOrderDialog::cancelSelectedOrder()
{
    const SeatOrderInfo* selected = selectedOrder();
    if (!m_client || !selected || !selected->isPending() || m_busyCount > 0)
        co_return;
    const SeatOrderInfo order = *selected;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString what = order.delta > 0 ? tr("add %1").arg(PlanningText::seats(order.delta))
                                         : tr("remove %1").arg(PlanningText::seats(-order.delta));
    const QString question = tr("Cancel the order to %1, due %2?\n\nThe pool's seats stay as they are.")
                                 .arg(what, PlanningText::localMoment(order.effectiveAtMs, now));
    if (!m_confirm(tr("Cancel seat order"), question))
        co_return;

    QPointer<SeatOrderDialog> self(this);
    const QString poolId = m_poolId;
    const QString orderId = order.id;
    showError({});
    showResult({});
    setBusy(true);
    const ClientResult<SeatOrderInfo> cancelled = co_await PlanningCalls::cancelSeatOrder(*m_client, poolId, orderId);
    if (!self)
        co_return;
    setBusy(false);
    if (!cancelled) {
        showError(ErrorText::describe(cancelled.error()));
        refresh();
        co_return;
    }
    showResult(tr("Order cancelled: %1 seats.").arg(PlanningText::signedDelta(cancelled->delta)));
    Q_EMIT orderCancelled(cancelled.value());
    refresh();
}

void SeatOrderDialog::fitColumns()
{
    for (int column = 0; column < PendingOrdersModel::StatusColumn; ++column)
        m_ordersView->resizeColumnToContents(column);
}

void SeatOrderDialog::setBusy(bool busy)
{
    m_busyCount += busy ? 1 : -1;
    updateButtons();
}

void SeatOrderDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void SeatOrderDialog::showResult(const QString& message)
{
    m_resultLabel->setText(message);
    m_resultLabel->setVisible(!message.isEmpty());
}

} // namespace seatwise
