// Gateway benchmarks (issue #6). Each prints its figure as a ratio against a baseline measured in the
// same run on the same machine, median of interleaved rounds. Load comes from wrk (Debian's `wrk`).
//   seatwise_gateway_bench heartbeats|pairs|idle|reaper|massconfig|all [--rounds N] [--seconds S] [--postgres]
#include "BenchSupport.h"

#include "store/Credentials.h"
#include "store/PoolRepo.h"
#include "store/ReapPass.h"
#include "store/SeatLedger.h"
#include "store/WriteTransaction.h"
#include "support/GatewayProcess.h"
#include "support/Http.h"
#include "support/Seatwise.h"
#include "support/StoreUnderTest.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace seatwise;
using namespace seatwise::bench;
using seatwise::test::GatewayProcess;
using seatwise::test::Http;
using seatwise::test::obj;

namespace {

struct Settings {
    int rounds = 5;
    int seconds = 3;
};

// An anonymous pool on a running gateway, and its client key.
struct AnonymousPool {
    QString id;
    QString key;
};

AnonymousPool makePool(GatewayProcess& gateway, int seats)
{
    Http http(gateway.baseUrl());
    const auto made = http.post(
        u"/pools"_s, obj({{u"name"_s, u"bench"_s}, {u"seats"_s, seats}, {u"anonymous"_s, true}}), gateway.ownerToken());
    if (made.status != 201)
        fail("cannot make the pool: " + made.describe());
    return {made.json.value(u"id"_s).toString(), made.json.value(u"client_key"_s).toString()};
}

QList<SessionKey> loginDevices(GatewayProcess& gateway, const AnonymousPool& pool, int count)
{
    Http http(gateway.baseUrl());
    QList<SessionKey> sessions;
    for (int i = 0; i < count; ++i) {
        const auto seat = http.post(u"/sessions"_s, obj({{u"pool"_s, pool.id},
                                                         {u"client_key"_s, pool.key},
                                                         {u"device"_s, QString(u"bench-"_s + QString::number(i))}}));
        if (seat.status != 201)
            fail("cannot log in: " + seat.describe());
        sessions.append({seat.json.value(u"id"_s).toString(), seat.json.value(u"token"_s).toString()});
    }
    return sessions;
}

void startGateway(GatewayProcess& gateway, const QStringList& extra = {})
{
    gateway.setExtraArguments(extra);
    if (!gateway.start())
        fail("cannot start seatwised: " + gateway.lastError().toUtf8());
}

// heartbeats/s with keep-alive clients vs a bare QHttpServer route returning a constant JSON.
void heartbeats(const Settings& settings)
{
    GatewayProcess gateway;
    startGateway(gateway);
    const AnonymousPool pool = makePool(gateway, 64);
    const QString script = heartbeatScript(loginDevices(gateway, pool, 64));
    BareServer bare;
    QList<double> gatewayRates;
    QList<double> bareRates;
    for (int round = 0; round < settings.rounds; ++round) {
        gatewayRates.append(runWrk(gateway.baseUrl(), script, 32, settings.seconds).requireClean().rate);
        bareRates.append(runWrk(bare.baseUrl(), script, 32, settings.seconds).requireClean().rate);
    }
    report(u"heartbeats/s, 32 keep-alive clients"_s, median(gatewayRates), u"bare QHttpServer route"_s,
           median(bareRates), 0.5, Goal::AtLeast);
}

// The same login+logout pairs as the gateway writes them, in this process through the store layer.
double inProcessPairs(const Database& database, const QString& poolId, int seconds)
{
    SeatLedger ledger(database);
    QElapsedTimer clock;
    clock.start();
    int pairs = 0;
    while (clock.elapsed() < seconds * 1000) {
        LoginRequest request;
        request.device = u"inproc-"_s + QString::number(pairs);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto login = ledger.login(request, poolId, now);
        if (!login)
            fail("in-process login: " + login.error().message.toUtf8());
        auto ended = ledger.endSession(login->session.id, SessionActor{std::nullopt, login->session.id}, now);
        if (!ended)
            fail("in-process logout: " + ended.error().message.toUtf8());
        ++pairs;
    }
    return pairs * 1000.0 / clock.elapsed();
}

// login+logout pairs/s over HTTP (16 clients) vs an in-process Qt SQL loop doing the same writes.
void pairs(const Settings& settings, bool postgres)
{
    PostgresServer server(postgres);
    GatewayProcess gateway;
    startGateway(gateway);
    const AnonymousPool pool = makePool(gateway, 1'000'000);
    const QString script = loginLogoutScript(pool.id, pool.key);

    test::StoreUnderTest store;
    if (!store.create())
        fail("cannot make the in-process store: " + store.error().toUtf8());
    auto location = StoreLocation::parse(store.location());
    Database database(location.value());
    if (auto migrated = database.migrate(); !migrated)
        fail("cannot migrate: " + migrated.error().message.toUtf8());
    Pool inProcessPool;
    inProcessPool.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    inProcessPool.name = u"bench"_s;
    inProcessPool.seats = 1'000'000;
    inProcessPool.anonymous = true;
    if (auto made = PoolRepo(database.connection().value()).create(inProcessPool, Credentials::hashToken(u"k"_s), 0);
        !made)
        fail("cannot make the in-process pool: " + made.error().message.toUtf8());

    QList<double> httpPairs;
    QList<double> loopPairs;
    for (int round = 0; round < settings.rounds; ++round) {
        const WrkResult http = runWrk(gateway.baseUrl(), script, 16, settings.seconds).requireClean();
        httpPairs.append(http.rate / 2);
        loopPairs.append(inProcessPairs(database, inProcessPool.id, settings.seconds));
    }
    database.closeThreadConnection();
    report(QString(u"login+logout pairs/s over HTTP, 16 clients, "_s + (postgres ? u"PostgreSQL"_s : u"SQLite"_s)),
           median(httpPairs), u"in-process Qt SQL loop, same writes"_s, median(loopPairs), 0.5, Goal::AtLeast);
}

// heartbeats/s with 10,000 idle keep-alive connections open vs with 100; memory per idle connection.
void idle(const Settings& settings)
{
    raiseDescriptorLimit();
    GatewayProcess gateway;
    startGateway(gateway, {u"--idle-timeout"_s, u"3600"_s});
    const AnonymousPool pool = makePool(gateway, 64);
    const QString script = heartbeatScript(loginDevices(gateway, pool, 64));
    const qint64 pid = gateway.process()->processId();

    IdleSockets few(gateway.port(), 100);
    QList<double> fewRates;
    QList<double> manyRates;
    QList<double> perConnection;
    for (int round = 0; round < settings.rounds; ++round) {
        fewRates.append(runWrk(gateway.baseUrl(), script, 32, settings.seconds).requireClean().rate);
        const qint64 before = residentBytes(pid);
        IdleSockets many(gateway.port(), 9'900);
        const qint64 after = residentBytes(pid);
        perConnection.append(double(after - before) / 9'900);
        manyRates.append(runWrk(gateway.baseUrl(), script, 32, settings.seconds).requireClean().rate);
    }
    report(u"heartbeats/s with 10,000 idle connections"_s, median(manyRates), u"with 100"_s, median(fewRates), 0.3,
           Goal::AtLeast);
    std::printf("memory per idle keep-alive connection: %.1f KiB (goal <= 16 KiB)\n", median(perConnection) / 1024);
}

// Open sessions written straight into the store in one transaction (logging them in one by one
// measures the logins, not the reaper).
void fillSessions(const Database& database, const QString& poolId, int count)
{
    QSqlDatabase db = database.connection().value();
    WriteTransaction tx(db);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO sessions (id, pool_id, user_id, device, mode, state, opened_at, last_seen_at,"
                   " last_active_at) VALUES (?, ?, NULL, ?, 'standard', 'active', ?, ?, ?)"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        for (const QVariant& value :
             {QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)), QVariant(poolId),
              QVariant(u"agent-"_s + QString::number(i)), QVariant(now), QVariant(now), QVariant(now)})
            insert.addBindValue(value);
        if (!insert.exec())
            fail("cannot write a session: " + insert.lastError().text().toUtf8());
    }
    if (auto committed = tx.commit(); !committed)
        fail("cannot commit the sessions: " + committed.error().message.toUtf8());
}

// 100,000 live sessions: one reaper pass (nothing due), and the gateway's memory holding them.
void reaper(const Settings& settings)
{
    constexpr int Sessions = 100'000;
    test::StoreUnderTest store;
    if (!store.create())
        fail("cannot make the store: " + store.error().toUtf8());
    QString poolId;
    {
        Database database(StoreLocation::parse(store.location()).value());
        if (auto migrated = database.migrate(); !migrated)
            fail("cannot migrate: " + migrated.error().message.toUtf8());
        Pool pool;
        pool.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        pool.name = u"bench"_s;
        pool.seats = Sessions;
        pool.anonymous = true;
        PoolRepo(database.connection().value()).create(pool, Credentials::hashToken(u"k"_s), 0);
        poolId = pool.id;
        fillSessions(database, poolId, Sessions);
        QList<double> passes;
        for (int round = 0; round < settings.rounds; ++round) {
            QElapsedTimer pass;
            pass.start();
            auto changes = ReapPass::run(database, QDateTime::currentMSecsSinceEpoch());
            passes.append(pass.nsecsElapsed() / 1e6);
            if (!changes || !changes->isEmpty())
                fail("the reaper pass failed or ended sessions");
        }
        std::printf("reaper pass over %d live sessions: %.1f ms median of %d (goal <= 50 ms)\n", Sessions,
                    median(passes), settings.rounds);
        database.closeThreadConnection();
    }
    GatewayProcess empty;
    startGateway(empty);
    GatewayProcess gateway;
    if (!gateway.startShared(store.location(), QString()))
        fail("cannot start seatwised on the store: " + gateway.lastError().toUtf8());
    QThread::sleep(2); // a few reaper passes and usage snapshots
    std::printf("gateway memory: %.1f MiB with %d live sessions, %.1f MiB on an empty store\n",
                residentBytes(gateway.process()->processId()) / 1048576.0, Sessions,
                residentBytes(empty.process()->processId()) / 1048576.0);
}

// 100,000 users written straight into a stopped gateway's store (no password: nobody logs in).
QHash<QString, QString> fillUsers(const QString& storeLocation, int count)
{
    QHash<QString, QString> idOfLogin;
    {
        QSqlDatabase db = test::StoreUnderTest::open(storeLocation, u"bench-users"_s);
        db.transaction();
        { // the statement ends before the connection closes
            QSqlQuery insert(db);
            insert.prepare(u"INSERT INTO users (id, login, name, role, password_hash, sessions_view, sessions_control,"
                           " created_at) VALUES (?, ?, ?, 'agent', NULL, 'own', 'own', 0)"_s);
            for (int i = 0; i < count; ++i) {
                const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                const QString login = u"agent"_s + QString::number(i);
                for (const QVariant& value :
                     {QVariant(id), QVariant(login), QVariant(u"Agent "_s + QString::number(i))})
                    insert.addBindValue(value);
                if (!insert.exec())
                    fail("cannot write a user: " + insert.lastError().text().toUtf8());
                idOfLogin.insert(login, id);
            }
        }
        if (!db.commit())
            fail("cannot commit the users");
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-users"_s);
    return idOfLogin;
}

struct MassRow {
    QString login;
    QString extension;
    QString number;
};

bool isPostgres(const QString& storeLocation)
{
    return storeLocation.startsWith(u"postgresql://"_s);
}

// Runs one statement on the PostgreSQL server of `storeLocation`, in its maintenance database.
void runOnServer(const QString& storeLocation, const QString& sql)
{
    QUrl url(storeLocation);
    url.setPath(u"/postgres"_s);
    {
        QSqlDatabase db = test::StoreUnderTest::open(url.toString(), u"bench-admin"_s);
        if (QSqlQuery query(db); !query.exec(sql))
            fail("PostgreSQL: " + query.lastError().text().toUtf8());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-admin"_s);
}

// A copy of a stopped gateway's store for the baseline to write into: the file, or on PostgreSQL a
// database made with the store as its template.
QString copyStore(const QString& storeLocation)
{
    if (!isPostgres(storeLocation)) {
        const QString copy = storeLocation + u".baseline"_s;
        QFile::remove(copy);
        if (!QFile::copy(storeLocation, copy))
            fail("cannot copy the store for the baseline");
        return copy;
    }
    QUrl url(storeLocation);
    const QString name = url.path().mid(1);
    runOnServer(storeLocation, u"CREATE DATABASE "_s + name + u"_baseline TEMPLATE "_s + name);
    url.setPath(u"/"_s + name + u"_baseline"_s);
    return url.toString();
}

void removeStore(const QString& copy)
{
    if (!isPostgres(copy))
        QFile::remove(copy);
    else
        runOnServer(copy, u"DROP DATABASE "_s + QUrl(copy).path().mid(1));
}

// A PostgreSQL text[] literal of plain values (UUIDs, logins and digits here: nothing to escape).
QString textArray(const QStringList& values)
{
    return u"{"_s + values.join(u',') + u"}"_s;
}

// SQLite: one prepared UPDATE per row, bound again for each, is the fastest there is in-process.
void updateEachRow(QSqlDatabase& db, const QList<MassRow>& rows, const QHash<QString, QString>& idOfLogin,
                   const QStringList& licenses, qint64 now)
{
    QSqlQuery update(db);
    update.prepare(u"UPDATE licenses SET status = 'assigned', assigned_to = ?, extension = ?, number = ?,"
                   " updated_at = ? WHERE id = ?"_s);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const MassRow& row = rows.at(i);
        for (const QVariant& value : {QVariant(idOfLogin.value(row.login)), QVariant(row.extension),
                                      QVariant(row.number), QVariant(now), QVariant(licenses.at(i))})
            update.addBindValue(value);
        if (!update.exec())
            fail("bulk update: " + update.lastError().text().toUtf8());
    }
}

// PostgreSQL, where every statement is a round trip: one UPDATE for every row, the columns sent as arrays.
void updateAllRows(QSqlDatabase& db, const QList<MassRow>& rows, const QHash<QString, QString>& idOfLogin,
                   const QStringList& licenses, qint64 now)
{
    QStringList ids;
    QStringList users;
    QStringList extensions;
    QStringList numbers;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ids.append(licenses.at(i));
        users.append(idOfLogin.value(rows.at(i).login));
        extensions.append(rows.at(i).extension);
        numbers.append(rows.at(i).number);
    }
    QSqlQuery update(db);
    update.prepare(u"UPDATE licenses SET status = 'assigned', assigned_to = v.u, extension = v.e, number = v.n,"
                   " updated_at = ? FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),"
                   " CAST(? AS text[])) AS v(id, u, e, n) WHERE licenses.id = v.id"_s);
    for (const QVariant& value : {QVariant(now), QVariant(textArray(ids)), QVariant(textArray(users)),
                                  QVariant(textArray(extensions)), QVariant(textArray(numbers))})
        update.addBindValue(value);
    if (!update.exec())
        fail("bulk update: " + update.lastError().text().toUtf8());
    if (update.numRowsAffected() != rows.size())
        fail("bulk update wrote " + QByteArray::number(update.numRowsAffected()) + " rows");
}

QStringList freeLicenses(QSqlDatabase& db, const QString& poolId)
{
    QSqlQuery free(db);
    free.prepare(u"SELECT id FROM licenses WHERE pool_id = ? AND status = 'available' ORDER BY created_at, id"_s);
    free.addBindValue(poolId);
    QStringList licenses;
    if (!free.exec())
        fail("cannot list licenses: " + free.lastError().text().toUtf8());
    while (free.next())
        licenses.append(free.value(0).toString());
    return licenses;
}

// The baseline: the same parsed rows written as one bulk transaction, in the fastest plain way the store
// offers (the free licenses are listed beforehand, outside the timing).
double bulkAssign(const QString& storeLocation, const QString& poolId, const QList<MassRow>& rows,
                  const QHash<QString, QString>& idOfLogin)
{
    double ms = 0;
    {
        QSqlDatabase db = test::StoreUnderTest::open(storeLocation, u"bench-bulk"_s);
        const QStringList licenses = freeLicenses(db, poolId);
        if (licenses.size() < rows.size())
            fail("not enough licenses for the bulk baseline");
        const bool postgres = isPostgres(storeLocation);
        // The store as the gateway opens it (store/Database.cpp): the writes check the same foreign keys.
        if (!postgres) {
            for (const QString& pragma : {u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=NORMAL"_s})
                if (!QSqlQuery(db).exec(pragma))
                    fail("cannot configure the baseline store");
        }
        QElapsedTimer clock;
        clock.start();
        QSqlQuery(db).exec(postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (postgres)
            updateAllRows(db, rows, idOfLogin, licenses, now);
        else
            updateEachRow(db, rows, idOfLogin, licenses, now);
        if (!QSqlQuery(db).exec(u"COMMIT"_s))
            fail("bulk commit failed");
        ms = clock.nsecsElapsed() / 1e6;
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-bulk"_s);
    return ms;
}

// CSV mass configuration of 100,000 rows over HTTP vs one bulk transaction of the same parsed rows.
void massConfig(const Settings& settings, bool postgres)
{
    constexpr int Rows = 100'000;
    PostgresServer server(postgres);
    QList<double> httpMs;
    QList<double> bulkMs;
    for (int round = 0; round < settings.rounds; ++round) {
        GatewayProcess gateway;
        startGateway(gateway);
        Http http(gateway.baseUrl());
        const auto pool = http.post(
            u"/pools"_s,
            obj({{u"name"_s, u"Phones"_s}, {u"kind"_s, u"base"_s}, {u"model"_s, u"named"_s}, {u"seats"_s, Rows}}),
            gateway.ownerToken());
        if (pool.status != 201)
            fail("cannot make the named pool: " + pool.describe());
        const QString poolId = pool.json.value(u"id"_s).toString();
        if (gateway.terminate() != 0)
            fail("the gateway did not stop cleanly");
        const QHash<QString, QString> idOfLogin = fillUsers(gateway.dbPath(), Rows);
        const QString copy = copyStore(gateway.dbPath());

        QList<MassRow> rows;
        QByteArray csv = "Ext key,Number,User\n";
        for (int i = 0; i < Rows; ++i) {
            const MassRow row{u"agent"_s + QString::number(i), QString::number(100000 + i),
                              QString::number(6560000000LL + i)};
            rows.append(row);
            csv += row.extension.toUtf8() + ',' + row.number.toUtf8() + ',' + row.login.toUtf8() + '\n';
        }
        if (!gateway.restart())
            fail("cannot restart seatwised: " + gateway.lastError().toUtf8());
        QElapsedTimer clock;
        clock.start();
        const QList<test::Reply> answers =
            Http::parallel({test::Request{"POST", u"/licenses/mass-config"_s, csv, gateway.ownerToken()}},
                           {gateway.baseUrl()}, 600'000);
        httpMs.append(clock.nsecsElapsed() / 1e6);
        if (answers.value(0).status != 200 || !answers.value(0).json.value(u"applied"_s).toBool())
            fail("mass configuration failed: " + answers.value(0).describe().left(400));
        bulkMs.append(bulkAssign(copy, poolId, rows, idOfLogin));
        removeStore(copy);
    }
    report(QString(u"CSV mass configuration of 100,000 rows over HTTP, "_s +
                   (postgres ? u"PostgreSQL"_s : u"SQLite"_s) + u", ms"_s),
           median(httpMs), u"one bulk transaction of the same parsed rows, ms"_s, median(bulkMs), 1.5, Goal::AtMost);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("SEATWISED_BIN")) // the seatwised built beside this program
        qputenv("SEATWISED_BIN", QString(QCoreApplication::applicationDirPath() + u"/seatwised"_s).toUtf8());
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Seatwise gateway benchmarks: ratios against same-run baselines."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"which"_s, u"heartbeats, pairs, idle, reaper, massconfig or all"_s);
    const QCommandLineOption rounds(u"rounds"_s, u"Interleaved rounds (median taken)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Seconds per measurement."_s, u"s"_s, u"3"_s);
    const QCommandLineOption postgres(u"postgres"_s, u"Also measure pairs and massconfig on a throwaway PostgreSQL."_s);
    parser.addOptions({rounds, seconds, postgres});
    parser.process(app);
    Settings settings{parser.value(rounds).toInt(), parser.value(seconds).toInt()};
    const QString which = parser.positionalArguments().value(0, u"all"_s);
    printMachine();
    if (which == u"heartbeats"_s || which == u"all"_s)
        heartbeats(settings);
    if (which == u"pairs"_s || which == u"all"_s) {
        pairs(settings, false);
        if (parser.isSet(postgres) || which == u"all"_s)
            pairs(settings, true);
    }
    if (which == u"idle"_s || which == u"all"_s)
        idle(settings);
    if (which == u"reaper"_s || which == u"all"_s)
        reaper(settings);
    if (which == u"massconfig"_s || which == u"all"_s) {
        const Settings few{std::min(settings.rounds, 3), settings.seconds};
        massConfig(few, false);
        if (parser.isSet(postgres) || which == u"all"_s)
            massConfig(few, true);
    }
    return 0;
}
