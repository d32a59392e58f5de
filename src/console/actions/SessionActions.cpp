#include "console/actions/SessionActions.h"

#include "client/GatewayClient.h"
#include "console/ErrorText.h"
#include "console/actions/BusyCursor.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace seatwise {
namespace {
constexpr int kNamedInConfirmation = 10; // more names than this and the list is cut short
}

SessionActions::SessionActions(GatewayClient* client, SelectionProvider selectedIds, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_selectedIds(std::move(selectedIds))
    , m_confirm(messageBoxConfirmHook(qobject_cast<QWidget*>(parent)))
    , m_inactiveAction(new QAction(tr("Sign Out &Inactive Users"), this))
    , m_selectedAction(new QAction(tr("Sign Out &Selected…"), this))
    , m_allAction(new QAction(tr("Sign Out &All…"), this))
{
    m_inactiveAction->setObjectName(QStringLiteral("signOutInactiveAction"));
    m_inactiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_inactiveAction->setToolTip(tr("End every inactive session now and free its seat"));
    m_selectedAction->setObjectName(QStringLiteral("signOutSelectedAction"));
    m_selectedAction->setShortcut(QKeySequence::Delete);
    // Delete means "these sessions" only where the sessions are: add it to the sessions view.
    m_selectedAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_selectedAction->setToolTip(tr("End the selected sessions after confirmation"));
    m_allAction->setObjectName(QStringLiteral("signOutAllAction"));
    m_allAction->setToolTip(tr("End every open session after confirmation"));
    connect(m_inactiveAction, &QAction::triggered, this, &SessionActions::signOutInactive);
    connect(m_selectedAction, &QAction::triggered, this, &SessionActions::signOutSelected);
    connect(m_allAction, &QAction::triggered, this, &SessionActions::signOutAll);
    updateEnabled();
}

SessionActions::~SessionActions() = default;

void SessionActions::setClient(GatewayClient* client)
{
    m_client = client;
    updateEnabled();
}

void SessionActions::setDialogParent(QWidget* parent)
{
    m_confirm = messageBoxConfirmHook(parent);
}

void SessionActions::updateEnabled()
{
    const bool ready = m_client && !m_running;
    m_inactiveAction->setEnabled(ready);
    m_allAction->setEnabled(ready);
    m_selectedAction->setEnabled(ready && m_selectedIds && !m_selectedIds().isEmpty());
}

void SessionActions::setRunning(bool running)
{
    m_running = running;
    updateEnabled();
}

void SessionActions::signOutInactive()
{
    if (!m_running)
        inactiveFlow();
}

void SessionActions::signOutSelected()
{
    if (!m_running)
        selectedFlow();
}

void SessionActions::signOutAll()
{
    if (!m_running)
        allFlow();
}

QCoro::Task<> SessionActions::inactiveFlow()
{
    QPointer<SessionActions> self(this);
    SignOutRequest request = SignOutRequest::inactive();
    const bool ok = co_await run(std::move(request), true);
    Q_UNUSED(ok)
    if (self)
        Q_EMIT finished();
}

QCoro::Task<> SessionActions::selectedFlow()
{
    QStringList ids = m_selectedIds ? m_selectedIds() : QStringList();
    if (ids.isEmpty() || !m_client)
        co_return;
    QPointer<SessionActions> self(this);
    setRunning(true);
    const QStringList who = co_await describeSessions(ids);
    if (!self)
        co_return;
    QString text =
        ids.size() == 1 ? tr("Sign out this session now?") : tr("Sign out these %1 sessions now?").arg(ids.size());
    if (!who.isEmpty()) {
        QStringList shown = who.mid(0, kNamedInConfirmation);
        if (who.size() > shown.size())
            shown.append(tr("and %1 more").arg(who.size() - shown.size()));
        text += QLatin1String("\n\n") + shown.join(QLatin1Char('\n'));
    }
    text += QLatin1String("\n\n") + tr("Their users are signed out and must sign in again.");
    const bool confirmed = m_confirm && m_confirm(tr("Sign Out Selected Sessions"), text);
    if (!confirmed) {
        setRunning(false);
        co_return;
    }
    SignOutRequest request = SignOutRequest::sessions(ids);
    const bool ok = co_await run(std::move(request), false);
    Q_UNUSED(ok)
    if (self)
        Q_EMIT finished();
}

QCoro::Task<> SessionActions::allFlow()
{
    if (!m_client)
        co_return;
    QPointer<SessionActions> self(this);
    setRunning(true);
    const QString anyPool;
    const std::optional<SessionState> anyState;
    const ClientResult<QList<SessionInfo>> listed = co_await m_client->sessions(anyPool, anyState);
    if (!self)
        co_return;
    const QString count = listed ? tr("%1 open sessions are listed now. ").arg(listed->size()) : QString();
    const QString text = tr("Sign out EVERY user now?\n\n%1All sessions end at once, except your own admin "
                            "sessions. Everyone signed in loses their seat and any unsaved work, and must sign "
                            "in again. This cannot be undone.")
                             .arg(count);
    const bool confirmed = m_confirm && m_confirm(tr("Sign Out All Users"), text);
    if (!confirmed) {
        setRunning(false);
        co_return;
    }
    SignOutRequest request = SignOutRequest::all();
    const bool ok = co_await run(std::move(request), false);
    Q_UNUSED(ok)
    if (self)
        Q_EMIT finished();
}

QCoro::Task<bool> SessionActions::run(SignOutRequest request, bool inactive)
{
    if (!m_client)
        co_return false;
    QPointer<SessionActions> self(this);
    setRunning(true);
    ClientResult<int> ended;
    {
        const BusyCursor busy;
        auto answer = co_await m_client->signOut(std::move(request));
        ended = std::move(answer);
    }
    if (!self)
        co_return false;
    setRunning(false);
    if (!ended) {
        Q_EMIT failed(ErrorText::describe(ended.error()));
        co_return false;
    }
    const int n = ended.value();
    if (inactive)
        Q_EMIT reported(n == 1 ? tr("Signed out 1 inactive user") : tr("Signed out %1 inactive users").arg(n));
    else
        Q_EMIT reported(n == 1 ? tr("Signed out 1 session") : tr("Signed out %1 sessions").arg(n));
    co_return true;
}

QCoro::Task<QStringList> SessionActions::describeSessions(QStringList ids)
{
    if (!m_client)
        co_return QStringList();
    const QString anyPool;
    const std::optional<SessionState> anyState;
    const ClientResult<QList<SessionInfo>> listed = co_await m_client->sessions(anyPool, anyState);
    if (!listed)
        co_return QStringList();
    QStringList who;
    for (const SessionInfo& session : listed.value()) {
        if (!ids.contains(session.id))
            continue;
        if (!session.user)
            who.append(tr("anonymous session on %1").arg(session.device));
        else if (session.user->name.isEmpty())
            who.append(tr("%1 on %2").arg(session.user->login, session.device));
        else
            who.append(tr("%1 (%2) on %3").arg(session.user->name, session.user->login, session.device));
    }
    co_return who;
}

} // namespace seatwise
