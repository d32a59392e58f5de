#include "console/usage/UsageChartsPanel.h"

#include "client/GatewayClient.h"
#include "console/ErrorText.h"
#include "console/usage/UsageChartView.h"
#include "console/usage/UsageExport.h"
#include "console/usage/UsageFetch.h"
#include "console/usage/UsageHeatmap.h"
#include "console/usage/UsageHeatmapWidget.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace seatwise {
namespace {

// Lives here until the settings wrapper (ConsoleSettings) takes it over.
const QString kPeriodKey = QStringLiteral("usageCharts/period");

} // namespace

UsageChartsPanel::UsageChartsPanel(GatewayClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_period(UsagePeriods::fromKey(QSettings().value(kPeriodKey).toString()))
{
    setObjectName(QStringLiteral("usageChartsPanel"));
    m_savePath = [this](const QString& caption, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(this, caption, suggested, filter);
    };
    buildUi();
    updateActions();
}

UsageChartsPanel::~UsageChartsPanel() = default;

QAction* UsageChartsPanel::makeAction(const QString& text, const QString& tip, const QKeySequence& shortcut)
{
    auto* action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    addAction(action);
    return action;
}

void UsageChartsPanel::buildUi()
{
    m_pools = new QComboBox(this);
    m_pools->setObjectName(QStringLiteral("usagePoolComboBox"));
    m_pools->setToolTip(tr("The pool to chart; all pools are summed minute by minute"));
    m_pools->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pools->addItem(tr("All pools"), QString());
    auto* poolLabel = new QLabel(tr("&Pool:"), this);
    poolLabel->setBuddy(m_pools);

    auto* bar = new QHBoxLayout;
    bar->addWidget(poolLabel);
    bar->addWidget(m_pools);
    bar->addSpacing(12);
    m_periods = new QButtonGroup(this);
    const struct {
        UsagePeriod period;
        const char* name;
        QString text;
        QString tip;
    } periods[] = {
        {UsagePeriod::Day, "dayButton", tr("Day"), tr("The last 24 hours, minute by minute")},
        {UsagePeriod::Week, "weekButton", tr("Week"), tr("The last 7 days, minute by minute")},
        {UsagePeriod::Month, "monthButton", tr("Month"), tr("The last 30 days, minute by minute")},
        {UsagePeriod::Year, "yearButton", tr("Year"), tr("The last 52 weeks, minute by minute (takes a few seconds)")},
    };
    for (const auto& p : periods) {
        auto* button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(p.name));
        button->setText(p.text);
        button->setToolTip(p.tip);
        button->setCheckable(true);
        button->setChecked(p.period == m_period);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMinimumWidth(56);
        m_periods->addButton(button, int(p.period));
        bar->addWidget(button);
    }
    bar->addStretch(1);

    m_resetZoom = makeAction(tr("Reset zoom"), tr("Show the whole period again"), QKeySequence(Qt::CTRL | Qt::Key_0));
    m_resetZoom->setObjectName(QStringLiteral("resetZoomAction"));
    m_exportPng = makeAction(tr("Export PNG…"), tr("Save the chart as a PNG image"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportPng->setObjectName(QStringLiteral("exportPngAction"));
    m_exportCsv =
        makeAction(tr("Export CSV…"), tr("Save every minute of the period as CSV"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    for (auto [action, name] : {std::pair{m_resetZoom, "resetZoomButton"}, std::pair{m_exportPng, "exportPngButton"},
                                std::pair{m_exportCsv, "exportCsvButton"}}) {
        auto* button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setDefaultAction(action);
        bar->addWidget(button);
    }

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("usageSummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("usageProgressBar"));
    m_progress->setMaximumWidth(260);
    m_progress->setVisible(false);
    auto* status = new QHBoxLayout;
    status->addWidget(m_summary, 1);
    status->addWidget(m_progress);

    m_chart = new UsageChartView(this);
    m_chart->setObjectName(QStringLiteral("usageChartView"));
    m_chart->setToolTip(tr("Wheel: zoom · drag or ←/→: move in time · Ctrl+0: whole period"));
    m_heatmap = new UsageHeatmapWidget(this);
    m_heatmap->setObjectName(QStringLiteral("usageHeatmap"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("usageSplitter"));
    splitter->addWidget(m_chart);
    splitter->addWidget(m_heatmap);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(status);
    layout->addWidget(splitter, 1);

    connect(m_periods, &QButtonGroup::idClicked, this, [this](int id) { setPeriod(UsagePeriod(id)); });
    connect(m_pools, &QComboBox::activated, this, [this] { load(false); });
    connect(m_resetZoom, &QAction::triggered, this, &UsageChartsPanel::resetZoom);
    connect(m_exportCsv, &QAction::triggered, this, &UsageChartsPanel::askAndExportCsv);
    connect(m_exportPng, &QAction::triggered, this, &UsageChartsPanel::askAndExportPng);
    connect(m_chart, &UsageChartView::visibleRangeChanged, this, &UsageChartsPanel::updateActions);
}

void UsageChartsPanel::setPeriod(UsagePeriod period)
{
    if (QAbstractButton* button = m_periods->button(int(period)))
        button->setChecked(true);
    if (period == m_period && (m_loading || !m_timeline.isEmpty()))
        return;
    m_period = period;
    QSettings().setValue(kPeriodKey, UsagePeriods::key(period));
    load(false);
}

QString UsageChartsPanel::poolId() const
{
    return m_pools->currentData().toString();
}

void UsageChartsPanel::setPoolId(const QString& poolId)
{
    const int index = m_pools->findData(poolId);
    if (index < 0 || index == m_pools->currentIndex())
        return;
    m_pools->setCurrentIndex(index);
    load(false);
}

void UsageChartsPanel::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    if (!m_timeline.isEmpty())
        m_heatmap->setGrid(peakHeatmap(m_timeline.points(), m_zone), QString::fromUtf8(m_zone.id()));
}

void UsageChartsPanel::refresh()
{
    load(true);
}

void UsageChartsPanel::resetZoom()
{
    m_chart->resetZoom();
}

void UsageChartsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce && !m_loading)
        refresh();
}

QCoro::Task<> UsageChartsPanel::load(bool withPools)
{
    const int serial = ++m_serial;
    m_loadedOnce = true;
    QPointer<UsageChartsPanel> self(this);
    const QPointer<GatewayClient> client = m_client;
    if (!client) {
        showError(tr("Not connected to a gateway."));
        Q_EMIT loaded(m_summary->text());
        co_return;
    }
    setLoading(true);
    QElapsedTimer clock;
    clock.start();

    if (withPools) {
        const auto pools = co_await client->pools();
        if (!self || serial != m_serial)
            co_return;
        if (!pools) {
            setLoading(false);
            showError(ErrorText::describe(pools.error()));
            Q_EMIT loaded(m_summary->text());
            co_return;
        }
        const QString selected = poolId();
        while (m_pools->count() > 1)
            m_pools->removeItem(1);
        for (const PoolInfo& pool : pools.value())
            m_pools->addItem(tr("%1 · %2 seats").arg(pool.name).arg(pool.seats), pool.id);
        m_pools->setCurrentIndex(qMax(0, m_pools->findData(selected)));
    }

    const UsageRange range = UsagePeriods::rangeFor(m_period, QDateTime::currentMSecsSinceEpoch());
    const QString pool = poolId();
    setLoading(true, UsageFetch::chunkCount(range));
    std::function<void(int, int)> progress = [self, serial](int done, int total) {
        if (self && self->m_serial == serial)
            self->showProgress(done, total);
    };
    std::function<bool()> stillWanted = [self, serial] { return self && self->m_serial == serial; };
    const auto points = co_await UsageFetch::perMinute(client, pool, range, progress, stillWanted);
    if (!self || serial != m_serial)
        co_return;
    setLoading(false);
    if (!points) {
        showError(ErrorText::describe(points.error()));
        Q_EMIT loaded(m_summary->text());
        co_return;
    }
    m_timing.fetchMs = clock.restart();
    m_timeline.setPoints(points.value(), range.fromMs, range.toMs);
    m_chart->setTimeline(&m_timeline, m_period);
    m_heatmap->setGrid(peakHeatmap(m_timeline.points(), m_zone), QString::fromUtf8(m_zone.id()));
    showLoaded();
    m_timing.drawMs = clock.elapsed();
    updateActions();
    Q_EMIT loaded(QString());
}

void UsageChartsPanel::setLoading(bool loading, int total)
{
    m_loading = loading;
    m_progress->setVisible(loading);
    if (loading) {
        // One request: a busy bar; more: how many weeks are in.
        m_progress->setRange(0, total > 1 ? total : 0);
        m_progress->setValue(0);
        m_progress->setFormat(tr("Loading %v of %m weeks…"));
        m_summary->setText(tr("Loading usage…"));
        m_summary->setStyleSheet(QString());
    }
    updateActions();
}

void UsageChartsPanel::showProgress(int done, int total)
{
    if (total > 1)
        m_progress->setValue(done);
}

void UsageChartsPanel::showLoaded()
{
    const QLocale locale;
    const QString from = locale.toString(QDateTime::fromMSecsSinceEpoch(m_timeline.fromMs()), QLocale::ShortFormat);
    const QString to = locale.toString(QDateTime::fromMSecsSinceEpoch(m_timeline.toMs()), QLocale::ShortFormat);
    m_summary->setStyleSheet(QString());
    if (m_timeline.isEmpty()) {
        m_summary->setText(tr("%1 – %2: no usage recorded").arg(from, to));
        return;
    }
    m_summary->setText(tr("%1 – %2 · peak %3 of %4 seats in use · denied logins: %5")
                           .arg(from, to)
                           .arg(m_timeline.maxPeak())
                           .arg(m_timeline.maxSeats())
                           .arg(m_timeline.totalDenials()));
}

void UsageChartsPanel::showError(const QString& message)
{
    m_summary->setText(message);
    m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
}

void UsageChartsPanel::updateActions()
{
    const bool hasData = !m_loading && !m_timeline.isEmpty();
    m_exportCsv->setEnabled(hasData);
    m_exportPng->setEnabled(hasData);
    m_resetZoom->setEnabled(!m_loading && m_chart->timeViewport().isZoomed());
}

QString UsageChartsPanel::suggestedName(const QString& suffix) const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString pool = m_pools->currentIndex() <= 0 ? QStringLiteral("all-pools")
                                                      : m_pools->currentText().section(QStringLiteral(" · "), 0, 0);
    const QString name =
        QStringLiteral("usage-%1-%2-%3.%4")
            .arg(pool, UsagePeriods::key(m_period),
                 QDateTime::fromMSecsSinceEpoch(m_timeline.toMs()).toString(QStringLiteral("yyyy-MM-dd")), suffix);
    return QDir(dir).filePath(name);
}

QString UsageChartsPanel::exportCsv(const QString& path) const
{
    return UsageExport::saveCsv(path, m_timeline.points());
}

QString UsageChartsPanel::exportPng(const QString& path) const
{
    return UsageExport::savePng(*m_chart, path);
}

void UsageChartsPanel::askAndExportCsv()
{
    const QString path =
        m_savePath(tr("Export usage as CSV"), suggestedName(QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportCsv(path); !error.isEmpty())
        showError(error);
}

void UsageChartsPanel::askAndExportPng()
{
    const QString path =
        m_savePath(tr("Export chart as PNG"), suggestedName(QStringLiteral("png")), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportPng(path); !error.isEmpty())
        showError(error);
}

} // namespace seatwise
