#include "console/SessionTableModel.h"

#include "console/TableRoles.h"
#include "console/WireText.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>

#include <algorithm>

namespace seatwise {
namespace {
QString userText(const SessionInfo& session)
{
    if (!session.user)
        return QCoreApplication::translate("seatwise::SessionTableModel", "(anonymous)");
    return session.user->name.isEmpty() ? session.user->login : session.user->name;
}
} // namespace

SessionTableModel::SessionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_sorter.setPoolNames(&m_poolNames);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(250);
    connect(&m_reloadTimer, &QTimer::timeout, this, &SessionTableModel::reload);
}

int SessionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

QVariant SessionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionInfo& session = sessionAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(session, index.column());
    case RawValueRole:
        return rawValue(session, index.column());
    case IdRole:
        return session.id;
    case SearchRole:
        return QStringList{userText(session), session.user ? session.user->login : QString(), session.device,
                           m_poolNames.value(session.poolId), WireText::sessionState(session.state)}
            .join(QLatin1Char(' '));
    case Qt::ToolTipRole:
        return tr("Session %1").arg(session.id);
    default:
        return decoration(session, role);
    }
}

QVariant SessionTableModel::decoration(const SessionInfo& session, int role) const
{
    const bool inactive = session.state == SessionState::Inactive;
    const bool terminating = session.state == SessionState::Terminating;
    switch (role) {
    case Qt::BackgroundRole:
        if (inactive)
            return QColor(0xff, 0xec, 0xb3); // amber: a seat held by nobody at the desk
        if (terminating)
            return QColor(0xff, 0xcd, 0xd2);
        return {};
    case Qt::ForegroundRole:
        if (inactive || terminating)
            return QColor(0x21, 0x21, 0x21); // readable on the light highlight in dark themes too
        return {};
    case Qt::FontRole:
        if (inactive) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant SessionTableModel::rawValue(const SessionInfo& session, int column) const
{
    switch (column) {
    case UserColumn:
        return session.user ? session.user->login : QString();
    case PoolColumn:
        return m_poolNames.value(session.poolId, session.poolId);
    case DeviceColumn:
        return session.device;
    case ModeColumn:
        return toWire(session.mode);
    case StateColumn:
        return toWire(session.state);
    case OpenedColumn:
        return session.openedAtMs;
    case LastActiveColumn:
        return session.lastActiveAtMs;
    default:
        return {};
    }
}

QString SessionTableModel::displayText(const SessionInfo& session, int column) const
{
    switch (column) {
    case UserColumn:
        return userText(session);
    case ModeColumn:
        return WireText::sessionMode(session.mode) + (session.overflow ? tr(" (overflow)") : QString());
    case StateColumn:
        return WireText::sessionState(session.state);
    case OpenedColumn:
        return WireText::timeOfDay(session.openedAtMs, m_nowMs);
    case LastActiveColumn:
        return WireText::ago(session.lastActiveAtMs, m_nowMs);
    default:
        return rawValue(session, column).toString();
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserColumn:
        return tr("User");
    case PoolColumn:
        return tr("Pool");
    case DeviceColumn:
        return tr("Device");
    case ModeColumn:
        return tr("Mode");
    case StateColumn:
        return tr("State");
    case OpenedColumn:
        return tr("Logged in");
    case LastActiveColumn:
        return tr("Last active");
    default:
        return {};
    }
}

} // namespace seatwise
