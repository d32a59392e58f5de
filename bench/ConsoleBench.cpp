// Console session table benchmark (issue #6), a million open sessions in the console's cache:
//  - loading them into the session table (query, rows, id index, order, model reset with a view
//    attached) vs filling a plain std::vector from the same query;
//  - sorting the table on a column vs std::sort of an index vector on the same key;
//  - one second of heartbeat changes for 10,000 agents written to the cache as LiveSync writes
//    events, then applied to the shown table in one pass; and the longest event-loop stall meanwhile.
//   seatwise_console_bench [--rounds N] [--sessions N] [--agents N]
#include "BenchSupport.h"

#include "console/SessionTableModel.h"
#include "console/TableRoles.h"
#include "console/cache/CacheRows.h"
#include "console/cache/ConsoleCache.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <numeric>

using namespace seatwise;
using namespace seatwise::bench;

namespace {

constexpr qint64 BaseMs = 1'795'000'000'000; // late 2026

double msSince(const QElapsedTimer& clock)
{
    return clock.nsecsElapsed() / 1e6;
}

// n sessions in four pools, logins shuffled (so sorting has work to do), one in ten inactive;
// written straight into the cache's table in one statement.
void seed(const QString& file, int n)
{
    const QString connection = QStringLiteral("bench-seed");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        if (!db.open())
            fail("cannot open the cache file to seed it");
        QSqlQuery query(db);
        const QString sql = QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1) "
            "INSERT INTO sessions SELECT printf('s%07d', i), 'p' || (i % 4), 'u' || i, "
            "printf('agent%07d', (i * 7919) % %1), printf('Agent %07d', (i * 7919) % %1), printf('dev-%07d', i), "
            "'standard', CASE WHEN i % 10 = 0 THEN 'inactive' ELSE 'active' END, %2 + i * 10, %2 + i * 10, "
            "%2 + i * 10 - (i % 10 = 0) * 3600000, 0 FROM n");
        if (!query.exec(QStringLiteral("BEGIN")) || !query.exec(sql.arg(n).arg(BaseMs)) ||
            !query.exec(QStringLiteral("COMMIT")))
            fail("cannot seed the sessions: " + query.lastError().text().toUtf8());
    }
    QSqlDatabase::removeDatabase(connection);
}

QJsonArray pools()
{
    QJsonArray out;
    for (int i = 0; i < 4; ++i)
        out.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("p%1").arg(i)},
                               {QStringLiteral("name"), QStringLiteral("Shift %1").arg(QChar(u'D' - i))},
                               {QStringLiteral("kind"), QStringLiteral("standard")},
                               {QStringLiteral("model"), QStringLiteral("concurrent")},
                               {QStringLiteral("seats"), 300000},
                               {QStringLiteral("in_use"), 250000},
                               {QStringLiteral("available"), 50000}});
    return out;
}

// The baseline: the query the cache runs, each row into a plain vector.
std::vector<SessionInfo> plainVector(const QString& file)
{
    std::vector<SessionInfo> rows;
    const QString connection = QStringLiteral("bench-plain");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        db.open();
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(CacheRows::selectSessions() + QStringLiteral(" ORDER BY opened_at_ms, id")))
            fail("baseline query failed");
        while (query.next())
            rows.push_back(CacheRows::sessionFrom(query));
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

// The sort baseline: positions ordered by login with QString's plain comparison, ties by position.
double sortIndexVector(const std::vector<SessionInfo>& rows, bool descending)
{
    std::vector<int> index(rows.size());
    std::iota(index.begin(), index.end(), 0);
    QElapsedTimer clock;
    clock.start();
    std::sort(index.begin(), index.end(), [&rows, descending](int a, int b) {
        const int c = rows[size_t(a)].user->login.compare(rows[size_t(b)].user->login);
        return c != 0 ? (descending ? c > 0 : c < 0) : a < b;
    });
    return msSince(clock);
}

// A session table shown the way the console shows it (fixed row heights, no row header); loaded
// unsorted, as sorting is measured on its own.
struct ShownTable {
    SessionTableModel model;
    QTableView view;
    explicit ShownTable(ConsoleCache* cache)
    {
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->hide();
        view.setModel(&model);
        view.resize(1100, 700);
        view.show();
        model.setReloadDelayMs(1000);
        model.setCache(cache);
        QCoreApplication::processEvents();
    }
};

// A heartbeat as the event stream carries it: the session with new liveness (and, for some, a state).
QJsonObject beat(int i, int n, qint64 nowMs)
{
    const int s = int((qint64(i) * 104729) % n); // agents spread over the whole table
    return QJsonObject{
        {QStringLiteral("id"), QString::asprintf("s%07d", s)},
        {QStringLiteral("pool"), QStringLiteral("p%1").arg(s % 4)},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("u%1").arg(s)},
                     {QStringLiteral("login"), QString::asprintf("agent%07d", int((qint64(s) * 7919) % n))},
                     {QStringLiteral("name"), QString::asprintf("Agent %07d", int((qint64(s) * 7919) % n))}}},
        {QStringLiteral("device"), QString::asprintf("dev-%07d", s)},
        {QStringLiteral("mode"), QStringLiteral("standard")},
        {QStringLiteral("state"), QStringLiteral("active")}, // the inactive ones among them come back
        {QStringLiteral("opened_at"), QDateTime::fromMSecsSinceEpoch(BaseMs + s * 10, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("last_seen_at"), QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("last_active_at"), QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODate)},
    };
}

struct SecondOfBeats {
    double applyMs = 0;    // the one pass that applies them to the shown table, repaint included
    double maxStallMs = 0; // the longest the event loop went without turning, while they came in
};

// 10 ms ticks for one second, each writing its share of the agents' heartbeats to the cache; the
// gaps between ticks show how long the event loop was held. Then the table applies them.
SecondOfBeats oneSecond(ConsoleCache& cache, ShownTable& table, int agents, int n, qint64 nowMs)
{
    constexpr int Ticks = 100;
    QList<QJsonObject> beats; // as they come off the event stream: parsed JSON
    beats.reserve(agents);
    for (int i = 0; i < agents; ++i)
        beats.append(beat(i, n, nowMs));
    SecondOfBeats out;
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(10);
    int done = 0;
    QElapsedTimer gap;
    gap.start();
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        out.maxStallMs = std::max(out.maxStallMs, msSince(gap));
        // LiveSync stores the events that came in one pass of the event loop in one transaction.
        QJsonArray events;
        for (int i = done * agents / Ticks; i < (done + 1) * agents / Ticks; ++i)
            events.append(beats.at(i));
        if (!cache.writeSessionEvents(events, {}))
            fail("cannot write heartbeats to the cache");
        if (++done == Ticks)
            loop.quit();
        gap.restart();
    });
    tick.start();
    loop.exec();
    QElapsedTimer clock;
    clock.start();
    table.model.applyPendingNow();
    table.view.viewport()->repaint();
    out.applyMs = msSince(clock);
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Interleaved rounds."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption sessionsOption(QStringLiteral("sessions"), QStringLiteral("Open sessions."),
                                            QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption agentsOption(QStringLiteral("agents"), QStringLiteral("Agents heartbeating."),
                                          QStringLiteral("n"), QStringLiteral("10000"));
    parser.addOptions({roundsOption, sessionsOption, agentsOption});
    parser.process(app);
    printMachine();
    const int rounds = parser.value(roundsOption).toInt();
    const int n = parser.value(sessionsOption).toInt();
    const int agents = parser.value(agentsOption).toInt();

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("cache.sqlite"));
    ConsoleCache cache(file);
    if (!cache.open() || !cache.replacePools(pools()))
        fail("cannot open the cache");
    QElapsedTimer seeding;
    seeding.start();
    seed(file, n);
    std::printf("(%d sessions seeded in %.1f s)\n", n, seeding.nsecsElapsed() / 1e9);

    QList<double> load;
    QList<double> plain;
    QList<double> sort;
    QList<double> sortBase;
    std::vector<SessionInfo> rows;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer clock;
        clock.start();
        rows = plainVector(file);
        plain.append(msSince(clock));
        if (int(rows.size()) != n)
            fail("the baseline did not read every session");

        clock.restart();
        ShownTable table(&cache);
        load.append(msSince(clock));
        if (table.model.rowCount() != n)
            fail("the table did not load every session");

        const Qt::SortOrder order = round % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
        clock.restart();
        table.view.sortByColumn(SessionTableModel::UserColumn, order);
        sort.append(msSince(clock));
        const QString first = table.model.index(0, SessionTableModel::UserColumn).data(RawValueRole).toString();
        if (first !=
            (order == Qt::AscendingOrder ? QStringLiteral("agent0000000") : QString::asprintf("agent%07d", n - 1)))
            fail("the table is not sorted by login: " + first.toUtf8());
        sortBase.append(sortIndexVector(rows, order == Qt::DescendingOrder));
    }
    report(QStringLiteral("1M sessions: loading the session table, ms"), median(load),
           QStringLiteral("filling a std::vector from the same query, ms"), median(plain), 1.15, Goal::AtMost);
    report(QStringLiteral("1M sessions: sorting the table by user, ms"), median(sort),
           QStringLiteral("std::sort of an index vector by the same key, ms"), median(sortBase), 2.0, Goal::AtMost);

    // Heartbeats: the table sorted by user (the console's default: rows keep their place) and by
    // last activity (every beating row moves).
    for (const int column : {int(SessionTableModel::UserColumn), int(SessionTableModel::LastActiveColumn)}) {
        ShownTable table(&cache);
        table.view.sortByColumn(column, Qt::DescendingOrder);
        QList<double> apply;
        double stall = 0;
        for (int round = 0; round < rounds; ++round) {
            const qint64 now = BaseMs + qint64(n) * 10 + (round + 1) * 20'000;
            const SecondOfBeats second = oneSecond(cache, table, agents, n, now);
            apply.append(second.applyMs);
            stall = std::max(stall, second.maxStallMs);
            const QModelIndex top = table.model.index(0, SessionTableModel::LastActiveColumn);
            if (column == SessionTableModel::LastActiveColumn && top.data(RawValueRole).toLongLong() != now)
                fail("the heartbeats did not reach the table");
        }
        const QString sortedBy = column == SessionTableModel::UserColumn ? QStringLiteral("sorted by user")
                                                                         : QStringLiteral("sorted by last activity");
        report(
            QStringLiteral("%1 agents' heartbeats (1 s) applied to the shown table, %2, ms").arg(agents).arg(sortedBy),
            median(apply), QStringLiteral("the goal, ms"), 50, 1.0, Goal::AtMost);
        report(QStringLiteral("longest event-loop stall while they came in, %1, ms").arg(sortedBy), stall,
               QStringLiteral("the goal, ms"), 100, 1.0, Goal::AtMost);
    }
    return 0;
}
