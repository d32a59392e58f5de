#pragma once

#include "client/PlanningCalls.h"
#include "console/actions/ConfirmHook.h"

#include <QCoroTask>
#include <QPointer>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSlider;
class QSpinBox;
class QTimer;

namespace seatwise {

class GatewayClient;
class SeatOrderDialog;

// How many seats a pool should have (R18): the gateway's recommendation, big, with its evidence
// and explanation. The what-if controls (peak, buffer, growth, window) ask the gateway again, at
// most one question at a time and the latest one winning, so every number shown is the gateway's
// own. "Order N seats" opens a seat order prefilled with the difference to what the pool has
// and has on order.
class RightSizingPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RightSizingPanel)

public:
    explicit RightSizingPanel(GatewayClient* client, QWidget* parent = nullptr);
    ~RightSizingPanel() override;

    // Passed to the seat-order dialogs this panel opens (they ask with message boxes without one).
    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }
    // How long the controls must rest before the gateway is asked (250 ms).
    void setDebounceMs(int ms);

    QString poolId() const;
    // Selects the pool with this id once the pools are listed.
    void selectPool(const QString& poolId);
    // What the what-if controls ask for.
    RightSizingQuery query() const;
    // The gateway's answer on show, for the current pool and query.
    std::optional<RightSizingInfo> advice() const { return m_advice; }
    // Seats to order: recommended - owned - pending; negative when the pool is oversized.
    int suggestedDelta() const;
    // Questions sent to the gateway so far (the debounce keeps this low while sliding).
    int sizingRequestCount() const { return m_requestCount; }

public Q_SLOTS:
    // Lists the pools again, then asks for the recommendation.
    void refresh();
    // Opens the seat-order dialog for the current pool, prefilled with suggestedDelta() (or 0).
    SeatOrderDialog* openSeatOrderDialog(bool prefill = true);

Q_SIGNALS:
    // After each answer shown (or error), with the error text or empty.
    void adviceShown(const QString& error);
    void seatOrderDialogOpened(seatwise::SeatOrderDialog* dialog);

private:
    void buildUi();
    QCoro::Task<> loadPools();
    QCoro::Task<> fetchAdvice();
    void scheduleAdvice();
    void askNow();
    void showAdvice();
    void clearAdvice(const QString& status);
    void updateOrderButton();
    void updateBufferLabel();
    void showError(const QString& message);
    const PricedPool* currentPool() const;

    QPointer<GatewayClient> m_client;
    ConfirmHook m_confirm;
    QList<PricedPool> m_pools;
    QString m_wantedPool;
    std::optional<RightSizingInfo> m_advice;
    RightSizingQuery m_adviceQuery; // the question m_advice answers
    QString m_advicePool;           // the pool m_advice is about
    bool m_loadingPools = false;
    bool m_poolsAgain = false;
    bool m_asking = false;
    bool m_askAgain = false;
    int m_requestCount = 0;
    QTimer* m_debounce;

    QComboBox* m_poolCombo = nullptr;
    QPushButton* m_refreshButton = nullptr;
    QLabel* m_recommendationLabel = nullptr;
    QLabel* m_deltaLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QComboBox* m_peakCombo = nullptr;
    QSlider* m_bufferSlider = nullptr;
    QLabel* m_bufferValueLabel = nullptr;
    QRadioButton* m_growth6Radio = nullptr;
    QRadioButton* m_growth12Radio = nullptr;
    QSpinBox* m_windowSpin = nullptr;
    QLabel* m_peakValue = nullptr;
    QLabel* m_bufferValue = nullptr;
    QLabel* m_growthValue = nullptr;
    QLabel* m_denialsValue = nullptr;
    QLabel* m_utilisationValue = nullptr;
    QLabel* m_idleValue = nullptr;
    QLabel* m_busiestValue = nullptr;
    QLabel* m_daysValue = nullptr;
    QLabel* m_explanationLabel = nullptr;
    QPushButton* m_orderButton = nullptr;
    QPushButton* m_ordersButton = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace seatwise
