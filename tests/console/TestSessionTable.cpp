// The session table's own sorting, filtering and live batches (issue #6): what a manager sees must
// stay right while a million rows change under it, and the selection must follow its session.
#include "console/SessionTableModel.h"
#include "console/TableRoles.h"
#include "console/sessions/SessionSlots.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace seatwise;

namespace {

SessionInfo session(int i, qint64 lastActiveMs, SessionState state = SessionState::Active)
{
    SessionInfo s;
    s.id = QStringLiteral("s%1").arg(i);
    s.poolId = QStringLiteral("p%1").arg(i % 3);
    // Logins in another order than the ids, with mixed case: sorting is case-insensitive.
    const int login = (i * 37) % 101;
    s.user = UserInfo{
        QStringLiteral("u%1").arg(i),
        (login % 2 ? QStringLiteral("Agent%1") : QStringLiteral("agent%1")).arg(login, 3, 10, QLatin1Char('0')),
        QStringLiteral("Agent %1").arg(login),
        {}};
    s.device = QStringLiteral("dev-%1").arg(i);
    s.state = state;
    s.openedAtMs = 1000 + i;
    s.lastSeenAtMs = lastActiveMs;
    s.lastActiveAtMs = lastActiveMs;
    return s;
}

QList<SessionInfo> sessions(int n)
{
    QList<SessionInfo> out;
    for (int i = 0; i < n; ++i)
        out.append(session(i, 5000 + (i * 53) % 97, i % 7 == 0 ? SessionState::Inactive : SessionState::Active));
    return out;
}

QStringList column(const SessionTableModel& model, int column)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, column).data(RawValueRole).toString());
    return out;
}

QList<qint64> lastActive(const SessionTableModel& model)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, SessionTableModel::LastActiveColumn).data(RawValueRole).toLongLong());
    return out;
}

QString idAt(const SessionTableModel& model, int row)
{
    return model.index(row, 0).data(IdRole).toString();
}

} // namespace

class TestSessionTable final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sortsEveryColumnBothWays()
    {
        SessionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPoolNames({{QStringLiteral("p0"), QStringLiteral("Night")},
                            {QStringLiteral("p1"), QStringLiteral("day")},
                            {QStringLiteral("p2"), QStringLiteral("Evening")}});
        model.update(sessions(200), 10000);
        for (int c = 0; c < SessionTableModel::ColumnCount; ++c) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(c, order);
                QCOMPARE(model.rowCount(), 200);
                for (int row = 1; row < model.rowCount(); ++row) {
                    const QVariant a = model.index(row - 1, c).data(RawValueRole);
                    const QVariant b = model.index(row, c).data(RawValueRole);
                    const int cmp = a.typeId() == QMetaType::QString
                                        ? a.toString().compare(b.toString(), Qt::CaseInsensitive)
                                        : (a.toLongLong() < b.toLongLong() ? -1 : a.toLongLong() > b.toLongLong());
                    if (c == SessionTableModel::ModeColumn || c == SessionTableModel::StateColumn)
                        continue; // by the vocabulary's order, checked below
                    QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                             qPrintable(QStringLiteral("column %1 row %2").arg(c).arg(row)));
                }
            }
        }
        model.sort(SessionTableModel::StateColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, SessionTableModel::StateColumn).data(RawValueRole).toString(),
                 QStringLiteral("active"));
        QCOMPARE(model.index(199, SessionTableModel::StateColumn).data(RawValueRole).toString(),
                 QStringLiteral("inactive"));
        model.sort(SessionTableModel::UserColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, SessionTableModel::UserColumn).data(RawValueRole).toString(),
                 QStringLiteral("agent000"));
        QCOMPARE(model.index(1, SessionTableModel::UserColumn).data(RawValueRole).toString(),
                 QStringLiteral("agent000"));
        QCOMPARE(model.index(2, SessionTableModel::UserColumn).data(RawValueRole).toString(),
                 QStringLiteral("Agent001"));
    }

    void filtersOnWordsAndInactivity()
    {
        SessionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPoolNames({{QStringLiteral("p0"), QStringLiteral("Night")}});
        model.update(sessions(70), 10000);
        model.setInactiveOnly(true);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.openCount(), 70);
        for (const QString& state : column(model, SessionTableModel::StateColumn))
            QCOMPARE(state, QStringLiteral("inactive"));
        model.setInactiveOnly(false);
        model.setFilterText(QStringLiteral("  NIGHT "));
        QCOMPARE(model.rowCount(), 24); // ids 0, 3, ... 69 are in p0
        model.setFilterText(QStringLiteral("dev-42"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(idAt(model, 0), QStringLiteral("s42"));
        // A live change that takes a hidden row into the filter shows it.
        SessionInfo renamed = session(7, 6000);
        renamed.device = QStringLiteral("dev-42b");
        model.applyChanges({renamed}, {}, 10000);
        QCOMPARE(model.rowCount(), 2);
        model.setFilterText(QString());
        QCOMPARE(model.rowCount(), 70);
    }

    void changesInPlaceSendOneRangedSignal()
    {
        SessionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(sessions(100), 10000);
        model.sort(SessionTableModel::UserColumn, Qt::AscendingOrder);
        const QStringList before = column(model, SessionTableModel::UserColumn);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        // Heartbeats: liveness moves, logins do not, so no row moves.
        model.applyChanges({session(3, 9000), session(40, 9100), session(77, 9200)}, {}, 10000);
        QCOMPARE(layout.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(column(model, SessionTableModel::UserColumn), before);
        const int first = changed.at(0).at(0).toModelIndex().row();
        const int last = changed.at(0).at(1).toModelIndex().row();
        for (const QString& id : {QStringLiteral("s3"), QStringLiteral("s40"), QStringLiteral("s77")}) {
            const QModelIndex at = model.match(model.index(0, 0), IdRole, id, 1, Qt::MatchExactly).value(0);
            QVERIFY(at.row() >= first && at.row() <= last);
        }
        // The same again changes nothing and says nothing.
        model.applyChanges({session(3, 9000)}, {}, 10000);
        QCOMPARE(changed.size(), 1);
    }

    void movedRowsKeepTheOrderAndTheSelection()
    {
        SessionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(sessions(300), 10000);
        model.sort(SessionTableModel::LastActiveColumn, Qt::DescendingOrder);
        const QPersistentModelIndex chosen = model.index(150, SessionTableModel::DeviceColumn);
        const QString chosenId = chosen.data(IdRole).toString();
        const QPersistentModelIndex leaving = model.index(10, 0);
        const QString leavingId = leaving.data(IdRole).toString();

        QRandomGenerator random(7);
        QList<SessionInfo> beats;
        for (int k = 0; k < 60; ++k) {
            const int i = int(random.bounded(300));
            if (QStringLiteral("s%1").arg(i) != leavingId)
                beats.append(session(i, 5000 + random.bounded(9000)));
        }
        beats.append(session(300, 20000));                  // a new login, newest of all
        beats.append(session(301, 1, SessionState::Ended)); // an end of one never listed
        model.applyChanges(beats, {leavingId}, 10000);

        QCOMPARE(model.rowCount(), 300);
        const QList<qint64> times = lastActive(model);
        QVERIFY(std::is_sorted(times.crbegin(), times.crend()));
        QCOMPARE(idAt(model, 0), QStringLiteral("s300"));
        QVERIFY(!leaving.isValid());
        QVERIFY(chosen.isValid());
        QCOMPARE(chosen.data(IdRole).toString(), chosenId);
        QCOMPARE(chosen.column(), int(SessionTableModel::DeviceColumn));

        // A full listing that drops half merges the same way: selection kept where it can be.
        QList<SessionInfo> half;
        for (const SessionInfo& s : sessions(300))
            if (s.id == chosenId || s.openedAtMs % 2 == 0)
                half.append(s);
        model.update(half, 11000);
        QCOMPARE(model.rowCount(), half.size());
        QCOMPARE(chosen.data(IdRole).toString(), chosenId);
        const QList<qint64> merged = lastActive(model);
        QVERIFY(std::is_sorted(merged.crbegin(), merged.crend()));
    }

    void slotsFindEveryIdThroughChurn()
    {
        SessionSlots slots;
        QHash<QString, int> expected;
        QList<SessionInfo> first;
        for (int i = 0; i < 2000; ++i)
            first.append(session(i, 0));
        slots.assign(first);
        for (int i = 0; i < 2000; ++i)
            expected.insert(QStringLiteral("s%1").arg(i), i);
        QRandomGenerator random(11);
        int next = 2000;
        for (int step = 0; step < 20000; ++step) {
            if (!expected.isEmpty() && random.bounded(2) == 0) {
                const QString id = std::next(expected.cbegin(), random.bounded(int(expected.size()))).key();
                slots.remove(expected.take(id));
            } else if (!expected.isEmpty() && random.bounded(3) == 0) {
                // A change of state in place (inactive <-> active), as heartbeats make.
                const auto it = std::next(expected.cbegin(), random.bounded(int(expected.size())));
                SessionInfo changed = slots.at(it.value());
                changed.state = changed.state == SessionState::Active ? SessionState::Inactive : SessionState::Active;
                slots.set(it.value(), changed);
            } else {
                const int slot = slots.add(session(next, 0));
                expected.insert(QStringLiteral("s%1").arg(next++), slot);
            }
        }
        QCOMPARE(slots.liveCount(), int(expected.size()));
        for (const SessionState state : {SessionState::Active, SessionState::Inactive}) {
            int recounted = 0;
            for (int slot = 0; slot < slots.slotCount(); ++slot)
                recounted += slots.isLive(slot) && slots.at(slot).state == state ? 1 : 0;
            QCOMPARE(slots.countInState(state), recounted);
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(slots.slotOf(it.key()), it.value());
        QCOMPARE(slots.slotOf(QStringLiteral("s0-never")), -1);
        for (int i = 0; i < next; ++i)
            if (!expected.contains(QStringLiteral("s%1").arg(i)))
                QCOMPARE(slots.slotOf(QStringLiteral("s%1").arg(i)), -1);
    }
};

QTEST_MAIN(TestSessionTable)
#include "TestSessionTable.moc"
