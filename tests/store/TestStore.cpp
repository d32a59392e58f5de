#include "core/Permissions.h"
#include "store/Credentials.h"
#include "store/Migrations.h"
#include "store/SeatLedger.h"
#include "store/Sql.h"
#include "store/Transact.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <atomic>

using namespace seatwise;

class TestStore final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("store-%1.db").arg(++m_counter)); }

    static Pool makePool(const Database& db, int seats)
    {
        Pool p;
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.name = QStringLiteral("Agents");
        p.seats = seats;
        p.loginPolicy = LoginPolicy::PerDevice;
        auto made = transact(db, [&](Repos& r) { return r.pools.create(p, QString(), 1000); });
        if (!made)
            qFatal("pool: %s", qUtf8Printable(made.error().message));
        return p;
    }
    static User makeUser(const Database& db, const QString& login)
    {
        User u{QUuid::createUuid().toString(QUuid::WithoutBraces),
               login,
               login,
               Role::Agent,
               ViewScope::Own,
               ControlScope::Own};
        auto made = transact(
            db, [&](Repos& r) { return r.users.create(u, Credentials::hashPassword(QStringLiteral("pw")), 1000); });
        if (!made)
            qFatal("user: %s", qUtf8Printable(made.error().message));
        return u;
    }

private Q_SLOTS:
    void migratesAnEmptyStoreOnceAndAgain()
    {
        Database db(StoreLocation{freshPath()});
        QVERIFY(db.migrate().ok());
        QVERIFY(db.migrate().ok()); // idempotent
        auto conn = db.connection();
        QCOMPARE(Migrations::currentVersion(conn.value()).value(), Migrations::latestVersion());
        QCOMPARE(Sql::scalar(conn.value(), QStringLiteral("SELECT COUNT(*) FROM schema_version")).value(),
                 qint64(Migrations::latestVersion()));
        auto q = Sql::run(conn.value(), QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(q.value().next());
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("wal"));
        db.closeThreadConnection();
    }
    void laterOpensFindTheFileAndNeverMakeOne()
    {
        // Once the store was opened, every later open (another thread, a reopen after a disk failure)
        // must find that file: a missing one is an error, not a new empty store.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("odd dir #1")));
        const QString path = m_dir.filePath(QStringLiteral("odd dir #1/st\u00f6re 100%?.db"));
        Database db(StoreLocation{path});
        QVERIFY(db.migrate().ok());
        makePool(db, 3);
        const auto countPools = [&db]() -> qint64 {
            qint64 pools = -1;
            QThread* thread = QThread::create([&] {
                if (auto conn = db.connection())
                    pools = Sql::scalar(conn.value(), QStringLiteral("SELECT COUNT(*) FROM pools")).value();
                db.closeThreadConnection();
            });
            thread->start();
            thread->wait();
            delete thread;
            return pools;
        };
        QCOMPARE(countPools(), qint64(1)); // the same file, by its URI, from another thread
        db.closeThreadConnection();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        QCOMPARE(countPools(), qint64(-1));
        QVERIFY(!QFile::exists(path));
    }

    void refusesAStoreFromANewerBuild()
    {
        Database db(StoreLocation{freshPath()});
        QVERIFY(db.migrate().ok());
        QVERIFY(Sql::exec(db.connection().value(), QStringLiteral("INSERT INTO schema_version (version) VALUES (999)"))
                    .ok());
        auto again = db.migrate();
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QStringLiteral("newer")));
        db.closeThreadConnection();
    }
    void restartKeepsSessionsAndStoresOnlyTokenHashes()
    {
        const QString path = freshPath();
        QString sessionId;
        QString token;
        {
            Database db(StoreLocation{path});
            QVERIFY(db.migrate().ok());
            const Pool pool = makePool(db, 3);
            LoginRequest request;
            request.user = makeUser(db, QStringLiteral("alice"));
            request.device = QStringLiteral("pc-1");
            auto outcome = SeatLedger(db).login(request, pool.id, 5000);
            QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().message));
            sessionId = outcome->session.id;
            token = outcome->token;
            db.closeThreadConnection();
        }
        Database reopened(StoreLocation{path});
        QVERIFY(reopened.migrate().ok());
        auto conn = reopened.connection().value();
        auto open = SessionRepo(conn).open();
        QCOMPARE(open.value().size(), 1);
        QCOMPARE(open.value().first().id, sessionId);
        QCOMPARE(open.value().first().user->login, QStringLiteral("alice"));
        QCOMPARE(Sql::scalar(conn, QStringLiteral("SELECT COUNT(*) FROM session_tokens WHERE token_hash = ?"), {token})
                     .value(),
                 0);
        QCOMPARE(Sql::scalar(conn, QStringLiteral("SELECT COUNT(*) FROM session_tokens WHERE token_hash = ?"),
                             {Credentials::hashToken(token)})
                     .value(),
                 1);
        auto hash = Sql::run(conn, QStringLiteral("SELECT password_hash FROM users WHERE login = 'alice'"));
        QVERIFY(hash.value().next());
        QVERIFY(hash.value().value(0).toString().startsWith(QStringLiteral("pbkdf2-sha256$")));
        QVERIFY(!hash.value().value(0).toString().contains(QStringLiteral("pw$")));
        reopened.closeThreadConnection();
    }
    void passwordsVerifyWithSaltedHashes()
    {
        const QString a = Credentials::hashPassword(QStringLiteral("s3cret"));
        const QString b = Credentials::hashPassword(QStringLiteral("s3cret"));
        QVERIFY(a != b); // salted
        QVERIFY(Credentials::verifyPassword(QStringLiteral("s3cret"), a));
        QVERIFY(!Credentials::verifyPassword(QStringLiteral("s3cret!"), a));
        QVERIFY(!Credentials::verifyPassword(QStringLiteral("s3cret"), QStringLiteral("garbage")));
    }
    void threadsRacingForSeatsNeverOverGrant()
    {
        Database db(StoreLocation{freshPath()});
        QVERIFY(db.migrate().ok());
        const Pool pool = makePool(db, 10);
        QList<User> users;
        for (int i = 0; i < 40; ++i)
            users.append(makeUser(db, QStringLiteral("agent%1").arg(i)));
        std::atomic<int> granted = 0;
        std::atomic<int> refused = 0;
        QList<QThread*> threads;
        for (int t = 0; t < 4; ++t) {
            threads.append(QThread::create([&, t] {
                SeatLedger ledger(db);
                for (int i = t; i < users.size(); i += 4) {
                    LoginRequest request;
                    request.user = users[i];
                    request.device = QStringLiteral("pc");
                    auto outcome = ledger.login(request, pool.id, 10'000 + i);
                    if (outcome)
                        ++granted;
                    else if (outcome.error().code == ErrorCode::NoLicenseAvailable)
                        ++refused;
                }
                db.closeThreadConnection();
            }));
            threads.last()->start();
        }
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(60'000));
            delete thread;
        }
        QCOMPARE(granted.load(), 10);
        QCOMPARE(refused.load(), 30);
        auto usage = PoolRepo(db.connection().value()).usage(pool);
        QCOMPARE(usage->inUse, 10);
        db.closeThreadConnection();
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
