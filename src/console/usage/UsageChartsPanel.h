#pragma once

#include "console/usage/UsagePeriod.h"
#include "console/usage/UsageTimeline.h"

#include <QCoroTask>
#include <QPointer>
#include <QTimeZone>
#include <QWidget>

#include <functional>

class QAbstractButton;
class QAction;
class QButtonGroup;
class QComboBox;
class QLabel;
class QProgressBar;

namespace seatwise {

class GatewayClient;
class UsageChartView;
class UsageHeatmapWidget;

// Usage charts of one pool or all pools (issue #5 item 2): seats in use (peak per minute) against
// seats owned, denied logins marked, over a Day, Week, Month or Year from GET /usage per minute;
// zoom (wheel, +/-) and pan (drag, Left/Right) with the visible range resampled from the full data,
// "Reset zoom" (Ctrl+0); a weekday x hour heatmap of the peaks; "Export PNG…" (Ctrl+Shift+E) and
// "Export CSV…" (Ctrl+E, every minute of the period). The last period chosen is remembered.
//
// For the main window: `new UsageChartsPanel(client, parent)`; it loads when first shown, and
// refresh() loads the pools and the selected period again (e.g. on the Refresh action or after the
// gateway changed). Loading is asynchronous (QCoro), a week per request, with a progress bar.
class UsageChartsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageChartsPanel)

public:
    explicit UsageChartsPanel(GatewayClient* client, QWidget* parent = nullptr);
    ~UsageChartsPanel() override;

    UsagePeriod period() const { return m_period; }
    void setPeriod(UsagePeriod period);
    // Empty for all pools (summed per minute).
    QString poolId() const;
    void setPoolId(const QString& poolId);
    // The zone of the heatmap's weekdays and hours; the system's by default.
    void setTimeZone(const QTimeZone& zone);

    const UsageTimeline& timeline() const { return m_timeline; }
    UsageChartView* chartView() const { return m_chart; }
    UsageHeatmapWidget* heatmap() const { return m_heatmap; }
    bool isLoading() const { return m_loading; }

    // How long the last load took: the requests, and putting the answer on screen.
    struct LoadTiming {
        qint64 fetchMs = 0;
        qint64 drawMs = 0;
    };
    LoadTiming lastLoadTiming() const { return m_timing; }

    // Asks where to save an export (a QFileDialog by default); tests answer it. Empty: cancelled.
    using SavePathHook =
        std::function<QString(const QString& caption, const QString& suggested, const QString& filter)>;
    void setSavePathHook(SavePathHook hook) { m_savePath = std::move(hook); }
    // Write the exports straight to `path`; answer an error for people, or empty.
    QString exportCsv(const QString& path) const;
    QString exportPng(const QString& path) const;

public Q_SLOTS:
    // Lists the pools again and loads the selected pool and period; a newer request supersedes.
    void refresh();
    void resetZoom();

Q_SIGNALS:
    // After each completed load, with the error text or empty.
    void loaded(const QString& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QCoro::Task<> load(bool withPools);
    void buildUi();
    QAction* makeAction(const QString& text, const QString& tip, const QKeySequence& shortcut);
    void setLoading(bool loading, int total = 0);
    void showProgress(int done, int total);
    void showLoaded();
    void showError(const QString& message);
    void updateActions();
    void askAndExportCsv();
    void askAndExportPng();
    QString suggestedName(const QString& suffix) const;

    QPointer<GatewayClient> m_client;
    UsageTimeline m_timeline;
    UsagePeriod m_period = UsagePeriod::Week;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QComboBox* m_pools = nullptr;
    QButtonGroup* m_periods = nullptr;
    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    UsageChartView* m_chart = nullptr;
    UsageHeatmapWidget* m_heatmap = nullptr;
    QAction* m_resetZoom = nullptr;
    QAction* m_exportCsv = nullptr;
    QAction* m_exportPng = nullptr;
    SavePathHook m_savePath;
    LoadTiming m_timing;
    int m_serial = 0;
    bool m_loading = false;
    bool m_loadedOnce = false;
};

} // namespace seatwise
