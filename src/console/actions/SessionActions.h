#pragma once

#include "console/actions/ConfirmHook.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAction;

namespace seatwise {

class GatewayClient;
struct SignOutRequest;

// The sign-out actions of the sessions view: Sign Out Inactive Users (R9, no confirmation: their
// users are away), Sign Out Selected… and Sign Out All… (R10, confirmed first). Each goes to the
// gateway in one call; the actions are disabled while it runs. Add them to menus and toolbars; add
// signOutInactiveAction() (Ctrl+Shift+I) to the window and signOutSelectedAction() (Delete, a
// widget-with-children shortcut) to the sessions view, so Delete elsewhere ends nothing.
class SessionActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionActions)

public:
    using SelectionProvider = std::function<QStringList()>; // ids of the selected sessions

    SessionActions(GatewayClient* client, SelectionProvider selectedIds, QObject* parent = nullptr);
    ~SessionActions() override;

    void setClient(GatewayClient* client);
    // Replaces the confirmation (a message box by default); tests answer it.
    void setConfirmHook(ConfirmHook hook) { m_confirm = std::move(hook); }
    // The parent of the default message boxes.
    void setDialogParent(QWidget* parent);

    QAction* signOutInactiveAction() const { return m_inactiveAction; }
    QAction* signOutSelectedAction() const { return m_selectedAction; }
    QAction* signOutAllAction() const { return m_allAction; }
    QList<QAction*> actions() const { return {m_inactiveAction, m_selectedAction, m_allAction}; }
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    // Enables Sign Out Selected… only with a selection; call when the selection changes.
    void updateEnabled();
    void signOutInactive();
    void signOutSelected();
    void signOutAll();

Q_SIGNALS:
    void reported(const QString& message); // "Signed out 3 inactive users"
    void failed(const QString& message);   // the gateway's message
    void finished();                       // after every call, answered or not

private:
    QCoro::Task<> inactiveFlow();
    QCoro::Task<> selectedFlow();
    QCoro::Task<> allFlow();
    // Ends what `request` names; answers whether the gateway agreed, reporting either way.
    QCoro::Task<bool> run(SignOutRequest request, bool inactive);
    // "alice (Alice Ng) on chrome-1" per selected id, from a fresh listing; the count when it fails.
    QCoro::Task<QStringList> describeSessions(QStringList ids);
    void setRunning(bool running);

    QPointer<GatewayClient> m_client;
    SelectionProvider m_selectedIds;
    ConfirmHook m_confirm;
    QAction* m_inactiveAction;
    QAction* m_selectedAction;
    QAction* m_allAction;
    bool m_running = false;
};

} // namespace seatwise
