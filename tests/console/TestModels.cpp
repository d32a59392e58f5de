#include "client/JsonList.h"
#include "client/PoolInfo.h"
#include "client/SessionInfo.h"
#include "console/PoolTableModel.h"
#include "console/SessionTableModel.h"
#include "console/TableRoles.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

using namespace seatwise;

namespace {

template <typename T> QList<T> parse(const char* json)
{
    const auto parsed = parseJsonList<T>(QJsonDocument::fromJson(QByteArray(json)).array());
    if (!parsed)
        qFatal("cannot parse test data: %s", qPrintable(parsed.error().message));
    return parsed.value();
}

const char* kPools = R"([
  {"id": "p1", "name": "Agents", "kind": "standard", "model": "concurrent", "seats": 12, "in_use": 9,
   "available": 3, "idle_after_s": 120, "purge_after_s": 0, "pending_seats": 5},
  {"id": "p2", "name": "Admin", "kind": "admin", "model": "concurrent", "seats": 2, "in_use": 2, "available": 0}
])";

const char* kSessions = R"([
  {"id": "s1", "pool": "p1", "user": {"id": "u1", "login": "alice", "name": "Alice Archer"}, "device": "pc-1",
   "mode": "standard", "state": "active", "opened_at": "2026-11-23T08:50:21Z",
   "last_seen_at": "2026-11-23T09:00:00Z", "last_active_at": "2026-11-23T09:00:00Z"},
  {"id": "s2", "pool": "p1", "user": {"id": "u2", "login": "hana", "name": "Hana Sato"}, "device": "pc-2",
   "mode": "standard", "state": "inactive", "opened_at": "2026-11-23T08:10:00Z",
   "last_seen_at": "2026-11-23T09:00:00Z", "last_active_at": "2026-11-23T08:20:00Z"},
  {"id": "s3", "pool": "p2", "user": null, "device": "kiosk", "mode": "admin", "state": "active",
   "opened_at": "2026-11-23T08:00:00Z", "last_seen_at": null, "last_active_at": null, "overflow": true}
])";

QString rawAt(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data(RawValueRole).toString();
}

} // namespace

class TestModels final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void poolModelShowsListedPools()
    {
        PoolTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(parse<PoolInfo>(kPools));

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PoolTableModel::ColumnCount));
        QCOMPARE(rawAt(model, 0, PoolTableModel::NameColumn), QStringLiteral("Agents"));
        QCOMPARE(model.index(0, PoolTableModel::InUseColumn).data(RawValueRole).toInt(), 9);
        QCOMPARE(model.index(1, PoolTableModel::KindColumn).data(RawValueRole).toString(), QStringLiteral("admin"));
        QCOMPARE(model.index(1, PoolTableModel::NameColumn).data(IdRole).toString(), QStringLiteral("p2"));
        QCOMPARE(model.totalSeats(), 14);
        QCOMPARE(model.totalInUse(), 11);
        QCOMPARE(model.poolName(QStringLiteral("p2")), QStringLiteral("Admin"));
        // Seat orders not yet in effect show beside the counts (R14).
        QCOMPARE(model.index(0, PoolTableModel::PendingColumn).data(RawValueRole).toInt(), 5);
        QCOMPARE(model.index(0, PoolTableModel::PendingColumn).data().toString(), QStringLiteral("+5"));
        QCOMPARE(model.index(1, PoolTableModel::PendingColumn).data().toString(), QString());
    }

    void poolModelMergesAFreshListing()
    {
        PoolTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(parse<PoolInfo>(kPools));

        QList<PoolInfo> fresh = parse<PoolInfo>(kPools);
        fresh.removeFirst();
        fresh.first().inUse = 1;
        PoolInfo added = fresh.first();
        added.id = QStringLiteral("p3");
        added.name = QStringLiteral("Night shift");
        fresh.append(added);
        model.setRows(fresh);

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(rawAt(model, 0, PoolTableModel::NameColumn), QStringLiteral("Admin"));
        QCOMPARE(model.index(0, PoolTableModel::InUseColumn).data(RawValueRole).toInt(), 1);
        QCOMPARE(rawAt(model, 1, PoolTableModel::NameColumn), QStringLiteral("Night shift"));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sessionModelHighlightsInactiveSessions()
    {
        SessionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPoolNames(
            {{QStringLiteral("p1"), QStringLiteral("Agents")}, {QStringLiteral("p2"), QStringLiteral("Admin")}});
        model.update(parse<SessionInfo>(kSessions),
                     QDateTime::fromString(QStringLiteral("2026-11-23T09:00:05Z"), Qt::ISODate).toMSecsSinceEpoch());

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.countInState(SessionState::Inactive), 1);
        QCOMPARE(model.index(0, SessionTableModel::UserColumn).data().toString(), QStringLiteral("Alice Archer"));
        QCOMPARE(rawAt(model, 0, SessionTableModel::UserColumn), QStringLiteral("alice"));
        QCOMPARE(model.index(0, SessionTableModel::PoolColumn).data().toString(), QStringLiteral("Agents"));
        QCOMPARE(model.index(0, SessionTableModel::LastActiveColumn).data().toString(), QStringLiteral("just now"));
        QCOMPARE(model.index(1, SessionTableModel::LastActiveColumn).data().toString(), QStringLiteral("40 min ago"));
        QCOMPARE(rawAt(model, 1, SessionTableModel::StateColumn), QStringLiteral("inactive"));

        QVERIFY(!model.index(0, SessionTableModel::StateColumn).data(Qt::BackgroundRole).isValid());
        for (int column = 0; column < SessionTableModel::ColumnCount; ++column)
            QVERIFY(model.index(1, column).data(Qt::BackgroundRole).value<QColor>().isValid());

        QCOMPARE(model.index(2, SessionTableModel::UserColumn).data().toString(), QStringLiteral("(anonymous)"));
        QVERIFY(model.index(2, SessionTableModel::ModeColumn).data().toString().contains(QStringLiteral("overflow")));
        QCOMPARE(model.index(2, SessionTableModel::LastActiveColumn).data(RawValueRole).toLongLong(), 0);
        QVERIFY(model.index(1, 0).data(SearchRole).toString().contains(QStringLiteral("hana")));
    }

    void sessionModelDropsEndedRowsOnMerge()
    {
        SessionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update(parse<SessionInfo>(kSessions), 0);
        QList<SessionInfo> fresh = parse<SessionInfo>(kSessions);
        fresh.removeAt(1);
        fresh.first().state = SessionState::Inactive;
        model.update(fresh, 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.countInState(SessionState::Inactive), 1);
        QCOMPARE(model.index(1, 0).data(IdRole).toString(), QStringLiteral("s3"));
    }

    void malformedSessionIsRefused()
    {
        const auto parsed = SessionInfo::fromJson(QJsonDocument::fromJson(R"({"id": "s1", "pool": "p1",
            "mode": "standard", "state": "sleepy", "opened_at": "2026-11-23T08:50:21Z"})")
                                                      .object());
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, QStringLiteral("bad_answer"));
        QVERIFY(parsed.error().message.contains(QStringLiteral("state")));
    }
};

QTEST_MAIN(TestModels)
#include "TestModels.moc"
