#include "console/planning/RightSizingPanel.h"

#include "client/GatewayClient.h"
#include "console/ErrorText.h"
#include "console/licenses/ErrorLabel.h"
#include "console/planning/PlanningText.h"
#include "console/planning/SeatOrderDialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace seatwise {
namespace {

constexpr int kDebounceMs = 250;

QLabel* valueLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(QStringLiteral("\u2014"), parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RightSizingPanel::RightSizingPanel(GatewayClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("rightSizingPanel"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &RightSizingPanel::askNow);
    buildUi();
    updateBufferLabel();
    clearAdvice(tr("Choose a pool."));
    refresh();
}

RightSizingPanel::~RightSizingPanel() = default;

void RightSizingPanel::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    auto* poolRow = new QHBoxLayout;
    m_poolCombo = new QComboBox(this);
    m_poolCombo->setObjectName(QStringLiteral("poolComboBox"));
    m_poolCombo->setToolTip(tr("The pool to size."));
    m_poolCombo->setMinimumContentsLength(24);
    auto* poolLabel = new QLabel(tr("P&ool:"), this);
    poolLabel->setBuddy(m_poolCombo);
    m_refreshButton = new QPushButton(tr("Re&fresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshRightSizingButton"));
    // F5 is the main window's Refresh, which refreshes this panel when it is shown.
    m_refreshButton->setToolTip(tr("Lists the pools and asks the gateway again (F5)."));
    poolRow->addWidget(poolLabel);
    poolRow->addWidget(m_poolCombo);
    poolRow->addStretch(1);
    poolRow->addWidget(m_refreshButton);
    layout->addLayout(poolRow);

    // The answer, big, with the one-click order next to it.
    auto* headline = new QFrame(this);
    headline->setObjectName(QStringLiteral("recommendationFrame"));
    headline->setFrameShape(QFrame::StyledPanel);
    auto* headlineRow = new QHBoxLayout(headline);
    auto* headlineText = new QVBoxLayout;
    m_recommendationLabel = new QLabel(headline);
    m_recommendationLabel->setObjectName(QStringLiteral("recommendationLabel"));
    m_recommendationLabel->setTextFormat(Qt::PlainText);
    QFont big = m_recommendationLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_recommendationLabel->setFont(big);
    m_deltaLabel = new QLabel(headline);
    m_deltaLabel->setObjectName(QStringLiteral("recommendationDeltaLabel"));
    m_deltaLabel->setWordWrap(true);
    m_deltaLabel->setTextFormat(Qt::PlainText);
    m_statusLabel = new QLabel(headline);
    m_statusLabel->setObjectName(QStringLiteral("rightSizingStatusLabel"));
    m_statusLabel->setForegroundRole(QPalette::PlaceholderText);
    headlineText->addWidget(m_recommendationLabel);
    headlineText->addWidget(m_deltaLabel);
    headlineText->addWidget(m_statusLabel);
    auto* headlineButtons = new QVBoxLayout;
    m_orderButton = new QPushButton(tr("Order seats…"), headline);
    m_orderButton->setObjectName(QStringLiteral("orderSeatsButton"));
    m_orderButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_orderButton->setDefault(true);
    m_ordersButton = new QPushButton(tr("Seat &orders…"), headline);
    m_ordersButton->setObjectName(QStringLiteral("seatOrdersButton"));
    m_ordersButton->setToolTip(tr("Lists, places and cancels the pool's seat orders."));
    headlineButtons->addWidget(m_orderButton);
    headlineButtons->addWidget(m_ordersButton);
    headlineButtons->addStretch(1);
    headlineRow->addLayout(headlineText, 1);
    headlineRow->addLayout(headlineButtons);
    layout->addWidget(headline);

    auto* columns = new QHBoxLayout;
    auto* whatIf = new QGroupBox(tr("What if"), this);
    whatIf->setObjectName(QStringLiteral("whatIfGroup"));
    auto* whatIfForm = new QFormLayout(whatIf);
    m_peakCombo = new QComboBox(whatIf);
    m_peakCombo->setObjectName(QStringLiteral("peakComboBox"));
    m_peakCombo->addItem(tr("95th percentile of daily peaks"), int(PeakChoice::P95));
    m_peakCombo->addItem(tr("99th percentile of daily peaks"), int(PeakChoice::P99));
    m_peakCombo->addItem(tr("Highest daily peak"), int(PeakChoice::Max));
    m_peakCombo->setToolTip(tr("Which daily peak to plan for: percentiles ignore the rare busiest days."));
    whatIfForm->addRow(tr("&Peak:"), m_peakCombo);
    auto* bufferRow = new QHBoxLayout;
    m_bufferSlider = new QSlider(Qt::Horizontal, whatIf);
    m_bufferSlider->setObjectName(QStringLiteral("bufferSlider"));
    m_bufferSlider->setRange(10, 20);
    m_bufferSlider->setValue(15);
    m_bufferSlider->setPageStep(5);
    m_bufferSlider->setTickPosition(QSlider::TicksBelow);
    m_bufferSlider->setTickInterval(5);
    m_bufferSlider->setToolTip(tr("Head-room above the peak for unexpected days: 10 to 20 %."));
    m_bufferValueLabel = new QLabel(whatIf);
    m_bufferValueLabel->setObjectName(QStringLiteral("bufferValueLabel"));
    m_bufferValueLabel->setMinimumWidth(m_bufferValueLabel->fontMetrics().horizontalAdvance(QStringLiteral("20 %  ")));
    bufferRow->addWidget(m_bufferSlider, 1);
    bufferRow->addWidget(m_bufferValueLabel);
    auto* bufferLabel = new QLabel(tr("&Buffer:"), whatIf);
    bufferLabel->setBuddy(m_bufferSlider);
    whatIfForm->addRow(bufferLabel, bufferRow);
    auto* growthRow = new QHBoxLayout;
    m_growth6Radio = new QRadioButton(tr("&6 months"), whatIf);
    m_growth6Radio->setObjectName(QStringLiteral("growth6RadioButton"));
    m_growth12Radio = new QRadioButton(tr("&12 months"), whatIf);
    m_growth12Radio->setObjectName(QStringLiteral("growth12RadioButton"));
    m_growth6Radio->setChecked(true);
    const QString growthTip = tr("How far ahead to project the trend of the daily peaks.");
    m_growth6Radio->setToolTip(growthTip);
    m_growth12Radio->setToolTip(growthTip);
    auto* growthGroup = new QButtonGroup(this);
    growthGroup->addButton(m_growth6Radio);
    growthGroup->addButton(m_growth12Radio);
    growthRow->addWidget(m_growth6Radio);
    growthRow->addWidget(m_growth12Radio);
    growthRow->addStretch(1);
    whatIfForm->addRow(tr("Growth over:"), growthRow);
    m_windowSpin = new QSpinBox(whatIf);
    m_windowSpin->setObjectName(QStringLiteral("windowDaysSpinBox"));
    m_windowSpin->setRange(1, 400);
    m_windowSpin->setValue(90);
    m_windowSpin->setSuffix(tr(" days"));
    m_windowSpin->setToolTip(tr("How much usage history to look at, up to 400 days."));
    whatIfForm->addRow(tr("&Window:"), m_windowSpin);
    columns->addWidget(whatIf, 2);

    auto* evidence = new QGroupBox(tr("Evidence"), this);
    evidence->setObjectName(QStringLiteral("evidenceGroup"));
    auto* evidenceForm = new QFormLayout(evidence);
    m_peakValue = valueLabel(evidence, QStringLiteral("peakValueLabel"));
    m_bufferValue = valueLabel(evidence, QStringLiteral("bufferEvidenceLabel"));
    m_growthValue = valueLabel(evidence, QStringLiteral("growthValueLabel"));
    m_denialsValue = valueLabel(evidence, QStringLiteral("denialsValueLabel"));
    m_utilisationValue = valueLabel(evidence, QStringLiteral("utilisationValueLabel"));
    m_idleValue = valueLabel(evidence, QStringLiteral("idleSeatHoursValueLabel"));
    m_busiestValue = valueLabel(evidence, QStringLiteral("busiestHoursValueLabel"));
    m_daysValue = valueLabel(evidence, QStringLiteral("daysWithDataValueLabel"));
    evidenceForm->addRow(tr("Peak:"), m_peakValue);
    evidenceForm->addRow(tr("Buffer:"), m_bufferValue);
    evidenceForm->addRow(tr("Growth:"), m_growthValue);
    evidenceForm->addRow(tr("Denials:"), m_denialsValue);
    evidenceForm->addRow(tr("Utilisation:"), m_utilisationValue);
    evidenceForm->addRow(tr("Idle seat-hours:"), m_idleValue);
    evidenceForm->addRow(tr("Busiest hours:"), m_busiestValue);
    evidenceForm->addRow(tr("Days with data:"), m_daysValue);
    columns->addWidget(evidence, 3);
    layout->addLayout(columns);

    auto* why = new QGroupBox(tr("Why"), this);
    why->setObjectName(QStringLiteral("explanationGroup"));
    auto* whyLayout = new QVBoxLayout(why);
    m_explanationLabel = valueLabel(why, QStringLiteral("explanationLabel"));
    whyLayout->addWidget(m_explanationLabel);
    layout->addWidget(why);
    m_errorLabel = ErrorLabel::create(this, QStringLiteral("rightSizingErrorLabel"));
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);

    connect(m_poolCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_wantedPool = poolId();
        clearAdvice(tr("Asking the gateway…"));
        askNow();
    });
    connect(m_peakCombo, &QComboBox::currentIndexChanged, this, &RightSizingPanel::scheduleAdvice);
    connect(m_bufferSlider, &QSlider::valueChanged, this, [this] {
        updateBufferLabel();
        scheduleAdvice();
    });
    connect(m_growth6Radio, &QRadioButton::toggled, this, &RightSizingPanel::scheduleAdvice);
    connect(m_windowSpin, &QSpinBox::valueChanged, this, &RightSizingPanel::scheduleAdvice);
    connect(m_refreshButton, &QPushButton::clicked, this, &RightSizingPanel::refresh);
    connect(m_orderButton, &QPushButton::clicked, this, [this] { openSeatOrderDialog(true); });
    connect(m_ordersButton, &QPushButton::clicked, this, [this] { openSeatOrderDialog(false); });
}

void RightSizingPanel::setDebounceMs(int ms)
{
    m_debounce->setInterval(ms);
}

QString RightSizingPanel::poolId() const
{
    return m_poolCombo->currentData().toString();
}

void RightSizingPanel::selectPool(const QString& poolId)
{
    m_wantedPool = poolId;
    const int index = m_poolCombo->findData(poolId);
    if (index >= 0)
        m_poolCombo->setCurrentIndex(index);
}

RightSizingQuery RightSizingPanel::query() const
{
    RightSizingQuery query;
    query.windowDays = m_windowSpin->value();
    query.peak = PeakChoice(m_peakCombo->currentData().toInt());
    query.buffer = m_bufferSlider->value() / 100.0;
    query.growthMonths = m_growth12Radio->isChecked() ? 12 : 6;
    return query;
}

const PricedPool* RightSizingPanel::currentPool() const
{
    const QString id = poolId();
    for (const PricedPool& pool : m_pools)
        if (pool.pool.id == id)
            return &pool;
    return nullptr;
}

int RightSizingPanel::suggestedDelta() const
{
    if (!m_advice || m_advicePool != poolId())
        return 0;
    const PricedPool* pool = currentPool();
    return m_advice->recommendedSeats - m_advice->currentSeats - (pool ? pool->pool.pendingSeats : 0);
}

void RightSizingPanel::refresh()
{
    if (m_loadingPools) {
        m_poolsAgain = true;
        return;
    }
    loadPools();
}

QCoro::Task<> RightSizingPanel::loadPools()
{
    QPointer<RightSizingPanel> self(this);
    m_loadingPools = true;
    QString error;
    do {
        m_poolsAgain = false;
        if (!m_client) {
            error = tr("There is no gateway to ask.");
            break;
        }
        m_refreshButton->setEnabled(false);
        const ClientResult<QList<PricedPool>> pools = co_await PlanningCalls::pricedPools(*m_client);
        if (!self)
            co_return;
        m_refreshButton->setEnabled(true);
        if (!pools) {
            error = ErrorText::describe(pools.error());
            continue;
        }
        error.clear();
        m_pools.clear();
        // Add-on license pools follow their base pools; sizing them alone would mislead.
        for (const PricedPool& pool : pools.value())
            if (pool.pool.kind != PoolKind::Addon)
                m_pools.append(pool);
    } while (m_poolsAgain);
    m_loadingPools = false;
    if (!error.isEmpty()) {
        showError(error);
        m_statusLabel->clear();
        Q_EMIT adviceShown(error);
        co_return;
    }

    const QString keep = m_wantedPool.isEmpty() ? poolId() : m_wantedPool;
    {
        const QSignalBlocker blocker(m_poolCombo);
        m_poolCombo->clear();
        for (const PricedPool& pool : std::as_const(m_pools))
            m_poolCombo->addItem(pool.pool.name, pool.pool.id);
        const int index = m_poolCombo->findData(keep);
        m_poolCombo->setCurrentIndex(index >= 0 ? index : (m_poolCombo->count() > 0 ? 0 : -1));
    }
    if (m_poolCombo->count() == 0) {
        clearAdvice(tr("There are no pools to size yet."));
        showError({});
        Q_EMIT adviceShown({});
        co_return;
    }
    if (m_advicePool != poolId())
        clearAdvice(tr("Asking the gateway…"));
    askNow();
}

void RightSizingPanel::scheduleAdvice()
{
    m_statusLabel->setText(tr("Updating…"));
    m_debounce->start();
}

void RightSizingPanel::askNow()
{
    m_debounce->stop();
    if (m_asking) {
        m_askAgain = true;
        return;
    }
    fetchAdvice();
}

QCoro::Task<> RightSizingPanel::fetchAdvice()
{
    QPointer<RightSizingPanel> self(this);
    m_asking = true;
    bool answered = false;
    QString error;
    do {
        m_askAgain = false;
        const QString pool = poolId();
        const RightSizingQuery asked = query();
        if (!m_client || pool.isEmpty())
            break;
        ++m_requestCount;
        m_statusLabel->setText(tr("Asking the gateway…"));
        const ClientResult<RightSizingInfo> answer = co_await PlanningCalls::rightSizing(*m_client, pool, asked);
        if (!self)
            co_return;
        // The latest question wins: an answer to an older one is dropped, and the newest is asked
        // now unless the debounce timer is about to ask it anyway.
        if (m_askAgain || pool != poolId() || !(asked == query())) {
            m_askAgain = !m_debounce->isActive();
            continue;
        }
        answered = true;
        if (answer) {
            m_advice = answer.value();
            m_adviceQuery = asked;
            m_advicePool = pool;
            error.clear();
        } else {
            error = ErrorText::describe(answer.error());
        }
    } while (m_askAgain);
    m_asking = false;
    if (!answered)
        co_return;
    if (error.isEmpty())
        showAdvice();
    else if (m_advicePool != poolId())
        clearAdvice({});
    m_statusLabel->setText(error.isEmpty() ? QString() : tr("The numbers below may be out of date."));
    showError(error);
    updateOrderButton();
    Q_EMIT adviceShown(error);
}

void RightSizingPanel::clearAdvice(const QString& status)
{
    m_advice.reset();
    m_advicePool.clear();
    m_recommendationLabel->setText(tr("Recommended: \u2026"));
    m_deltaLabel->clear();
    m_statusLabel->setText(status);
    for (QLabel* label : {m_peakValue, m_bufferValue, m_growthValue, m_denialsValue, m_utilisationValue, m_idleValue,
                          m_busiestValue, m_daysValue, m_explanationLabel})
        label->setText(QStringLiteral("\u2014"));
    updateOrderButton();
}

void RightSizingPanel::showAdvice()
{
    const RightSizingInfo& a = *m_advice;
    const QLocale locale;
    m_recommendationLabel->setText(tr("Recommended: %1 (you own %2)")
                                       .arg(PlanningText::seats(a.recommendedSeats), QString::number(a.currentSeats)));
    m_peakValue->setText(tr("%1 (%2)").arg(PlanningText::seats(a.peak), PlanningText::peakName(m_adviceQuery.peak)));
    m_bufferValue->setText(PlanningText::percent(a.buffer, 0));
    m_growthValue->setText(
        a.growth > 0 ? tr("+%1 over %2 months").arg(PlanningText::percent(a.growth)).arg(m_adviceQuery.growthMonths)
                     : tr("none over %1 months").arg(m_adviceQuery.growthMonths));
    m_denialsValue->setText(a.denials == 1 ? tr("1 login refused for lack of a seat")
                                           : tr("%1 logins refused for lack of a seat").arg(a.denials));
    m_utilisationValue->setText(tr("%1 of the seats in use on average").arg(PlanningText::percent(a.utilisation)));
    m_idleValue->setText(tr("%1 seat-hours held by inactive sessions").arg(locale.toString(a.idleSeatHours, 'f', 1)));
    m_busiestValue->setText(PlanningText::busiestHours(a.busiestHoursUtc));
    m_daysValue->setText(tr("%1 of the last %2 days").arg(a.daysWithData).arg(a.windowDays));
    m_explanationLabel->setText(a.explanation);
}

void RightSizingPanel::updateOrderButton()
{
    const bool ready = m_advice && m_advicePool == poolId() && m_client;
    const int n = suggestedDelta();
    const PricedPool* pool = currentPool();
    const int pending = pool ? pool->pool.pendingSeats : 0;
    QString why;
    QString delta;
    if (!ready) {
        why = tr("Waiting for the gateway's recommendation.");
    } else if (m_advice->daysWithData == 0) {
        why = tr("There is no usage in the window yet, so there is nothing to base an order on.");
        delta = tr("No usage in the last %1 days yet.").arg(m_advice->windowDays);
    } else if (n == 0) {
        why = pending == 0
                  ? tr("The pool already has the recommended %1.").arg(PlanningText::seats(m_advice->recommendedSeats))
                  : tr("With the %1 seats on order the pool will have the recommended %2.")
                        .arg(PlanningText::signedDelta(pending), PlanningText::seats(m_advice->recommendedSeats));
        delta = tr("Nothing to order.");
    }
    const QString onOrder =
        pending == 0 ? QString()
                     : QLatin1Char(' ') + tr("(%1 already on order)").arg(PlanningText::signedDelta(pending));
    if (!why.isEmpty()) {
        m_orderButton->setText(tr("Order seats…"));
        m_orderButton->setEnabled(false);
        m_orderButton->setToolTip(why);
    } else if (n > 0) {
        m_orderButton->setText(n == 1 ? tr("Order 1 seat…") : tr("Order %1 seats…").arg(n));
        m_orderButton->setEnabled(true);
        m_orderButton->setToolTip(
            tr("Opens a seat order for %1 more, prefilled (Ctrl+Shift+O).").arg(PlanningText::seats(n)));
        delta = tr("%1 short of the recommendation.").arg(PlanningText::seats(n));
    } else {
        m_orderButton->setText(-n == 1 ? tr("Remove 1 seat…") : tr("Remove %1 seats…").arg(-n));
        m_orderButton->setEnabled(true);
        m_orderButton->setToolTip(tr("The pool is larger than recommended: opens a seat order removing %1 from the "
                                     "next billing month (Ctrl+Shift+O).")
                                      .arg(PlanningText::seats(-n)));
        delta = tr("%1 more than recommended.").arg(PlanningText::seats(-n));
    }
    m_deltaLabel->setText(ready ? delta + onOrder : QString());
    m_ordersButton->setEnabled(m_client && !poolId().isEmpty());
}

void RightSizingPanel::updateBufferLabel()
{
    m_bufferValueLabel->setText(PlanningText::percent(m_bufferSlider->value() / 100.0, 0));
}

void RightSizingPanel::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

SeatOrderDialog* RightSizingPanel::openSeatOrderDialog(bool prefill)
{
    if (!m_client || poolId().isEmpty())
        return nullptr;
    auto* dialog = new SeatOrderDialog(m_client, poolId(), prefill ? suggestedDelta() : 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_confirm)
        dialog->setConfirmHook(m_confirm);
    // Orders change what is pending, and so what is left to order.
    connect(dialog, &SeatOrderDialog::orderPlaced, this, &RightSizingPanel::refresh);
    connect(dialog, &SeatOrderDialog::orderCancelled, this, &RightSizingPanel::refresh);
    connect(dialog, &QDialog::finished, this, &RightSizingPanel::refresh);
    dialog->open();
    Q_EMIT seatOrderDialogOpened(dialog);
    return dialog;
}

} // namespace seatwise
