#pragma once

#include "client/PlanningCalls.h"
#include "console/actions/ConfirmHook.h"
#include "core/Billing.h"

#include <QCoroTask>
#include <QDialog>
#include <QPointer>
#include <QTimeZone>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTimer;

namespace seatwise {

class GatewayClient;
class PendingOrdersModel;

// Adds or removes seats of one pool (R14). Before placing, it previews when the order takes effect
// and what it costs with the gateway's own rule (core Billing::seatOrderTerms over the pool's price
// and activation delay and the account's billing zone), asks to confirm, then shows the gateway's
// answer. Below, the pool's orders: pending ones can be cancelled.
class SeatOrderDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeatOrderDialog)

public:
    // suggestedDelta: +N prefills "Add N seats", -N "Remove N seats", 0 leaves the count empty.
    SeatOrderDialog(GatewayClient* client, QString poolId, int suggestedDelta, QWidget* parent = nullptr);
    ~SeatOrderDialog() override;

    // Replaces the confirmations (message boxes by default); tests answer them.
    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }
    QString poolId() const { return m_poolId; }
    // The order the controls describe: +N adds, -N removes, 0 none.
    int delta() const;
    // The terms of delta() placed now, as the gateway would bill them; nullopt before the pool and
    // the account are loaded or for delta 0.
    std::optional<Billing::SeatOrderTerms> previewTerms() const;
    // The gateway's answer to the last order placed here.
    std::optional<SeatOrderInfo> placedOrder() const { return m_placed; }
    PendingOrdersModel* ordersModel() const { return m_model; }

public Q_SLOTS:
    // Loads the pool, the account's billing zone and the orders again.
    void refresh();

Q_SIGNALS:
    // After each load, with the error text or empty.
    void refreshed(const QString& error);
    void orderPlaced(const seatwise::SeatOrderInfo& order);
    void orderCancelled(const seatwise::SeatOrderInfo& order);

private:
    void buildUi(int suggestedDelta);
    QCoro::Task<> load();
    QCoro::Task<> placeOrder();
    QCoro::Task<> cancelSelectedOrder();
    void updatePreview();
    void updateButtons();
    void updateSummary();
    void fitColumns();
    void setBusy(bool busy);
    void showError(const QString& message);
    void showResult(const QString& message);
    const SeatOrderInfo* selectedOrder() const;

    QPointer<GatewayClient> m_client;
    QString m_poolId;
    ConfirmHook m_confirm;
    std::optional<PricedPool> m_pool;
    std::optional<QTimeZone> m_zone;
    std::optional<SeatOrderInfo> m_placed;
    bool m_loading = false;
    bool m_reloadWanted = false;
    int m_busyCount = 0;

    PendingOrdersModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTimer* m_clock;
    QLabel* m_summaryLabel = nullptr;
    QRadioButton* m_addRadio = nullptr;
    QRadioButton* m_removeRadio = nullptr;
    QSpinBox* m_countSpin = nullptr;
    QLabel* m_previewLabel = nullptr;
    QLabel* m_detailLabel = nullptr;
    QPushButton* m_placeButton = nullptr;
    QLabel* m_resultLabel = nullptr;
    QLabel* m_errorLabel = nullptr;
    QCheckBox* m_showPastCheck = nullptr;
    QTableView* m_ordersView = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_refreshButton = nullptr;
};

} // namespace seatwise
