// seatctl licenses, assign and import (R15, R16): tables, --json, every bad CSV row with its row, column
// and reason, exit code 4, and a dry run or a failed apply that writes nothing.
#include "Seatctl.h"
#include "support/Checks.h"
#include "support/Licenses.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

namespace {
const QByteArray Header = "Ext key,Number,User,Addon license 1,Addon license 2\n";
const QByteArray GoodFile = Header + "101,6567891230,john,device_ip_phone\n102,6567891231,alice\n";
// Row 2: unknown user; row 3: malformed number; row 4: too many fields and an add-on twice.
const QByteArray BadFile = Header + "101,6567891230,john,device_ip_phone\n"
                                    "102,6567891231,nobody\n"
                                    "103,65-67,alice\n"
                                    "104,6567891239,alice,device_ip_phone,device_ip_phone,x\n";
} // namespace

class TestCliLicenses final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup()
    {
        m_cli.reset();
        m_lic.reset();
        m_sw.reset();
    }

    void licensesListsAndFilters();
    void assignTakesAFreeLicenseOfAPool();
    void assignRefusalSaysWhy();
    void importDryRunPrintsEveryBadRowAndWritesNothing();
    void importDryRunJson();
    void importApplyIsAllOrNothing();
    void importReadsStdin();

private:
    QString file(const QByteArray& content)
    {
        const QString path = m_dir.filePath(Seatwise::unique(u"file"_s) + u".csv"_s);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            return {};
        return path;
    }
    QByteArray snapshot() { return QJsonDocument(m_lic->list()).toJson(QJsonDocument::Compact); }

    std::unique_ptr<Seatwise> m_sw;
    std::unique_ptr<Licenses> m_lic;
    std::unique_ptr<Seatctl> m_cli;
    QTemporaryDir m_dir;
    QString m_base;
};

void TestCliLicenses::init()
{
    SW_START_GATEWAY();
    m_lic = std::make_unique<Licenses>(*m_sw);
    m_cli = std::make_unique<Seatctl>(*m_sw);
    m_lic->namedUser(u"john"_s, u"John"_s);
    m_lic->namedUser(u"alice"_s, u"Alice"_s);
    m_base = m_lic->basePool(3).value(u"id"_s).toString();
    m_lic->addonPool(u"device_ip_phone"_s, 2);
}

void TestCliLicenses::licensesListsAndFilters()
{
    const CliRun all = m_cli->admin({u"licenses"_s, u"--json"_s});
    CLI_EXPECT(all, 0);
    QCOMPARE(all.array().size(), 5);

    const CliRun base = m_cli->admin({u"licenses"_s, u"--pool"_s, m_base, u"--status"_s, u"available"_s});
    CLI_EXPECT(base, 0);
    QVERIFY(base.lines().value(0).startsWith(u"LICENSE"_s));
    QCOMPARE(base.lines().size(), 1 + 3 + 1); // header, three licenses, the count
    QVERIFY(base.out.contains(u"3 license(s)."_s));
    const CliRun addons = m_cli->admin({u"licenses"_s, u"--type"_s, u"device_ip_phone"_s, u"--json"_s});
    CLI_EXPECT(addons, 0);
    QCOMPARE(addons.array().size(), 2);
    CLI_EXPECT(m_cli->admin({u"licenses"_s, u"--status"_s, u"lost"_s}), 2);
}

void TestCliLicenses::assignTakesAFreeLicenseOfAPool()
{
    const CliRun assigned = m_cli->admin({u"assign"_s, u"--pool"_s, m_base, u"--user"_s, u"alice"_s, u"--extension"_s,
                                          u"205"_s, u"--number"_s, u"6567891299"_s});
    CLI_EXPECT(assigned, 0);
    QVERIFY2(assigned.out.contains(u"to alice (extension 205, number 6567891299)"_s), qPrintable(assigned.out));
    const QJsonArray alices = m_lic->list(u"?user=alice"_s);
    QCOMPARE(alices.size(), 1);
    QCOMPARE(alices.at(0).toObject().value(u"extension"_s).toString(), u"205"_s);

    // By license id, with the gateway's license on stdout.
    const QString free = m_lic->list(u"?status=available&pool="_s + m_base).at(0).toObject().value(u"id"_s).toString();
    const CliRun byId = m_cli->admin({u"assign"_s, free, u"--user"_s, u"john"_s, u"--json"_s});
    CLI_EXPECT(byId, 0);
    QCOMPARE(byId.object().value(u"id"_s).toString(), free);
    QCOMPARE(byId.object().value(u"assigned_to"_s).toObject().value(u"login"_s).toString(), u"john"_s);

    const CliRun table = m_cli->admin({u"licenses"_s, u"--user"_s, u"john"_s});
    CLI_EXPECT(table, 0);
    QVERIFY(table.out.contains(free));
    QVERIFY(table.out.contains(u"assigned"_s));
}

void TestCliLicenses::assignRefusalSaysWhy()
{
    CLI_EXPECT(m_cli->admin({u"assign"_s, u"--pool"_s, m_base, u"--user"_s, u"alice"_s, u"--extension"_s, u"300"_s}),
               0);
    const CliRun taken =
        m_cli->admin({u"assign"_s, u"--pool"_s, m_base, u"--user"_s, u"john"_s, u"--extension"_s, u"300"_s});
    CLI_EXPECT(taken, 1);
    QVERIFY2(taken.err.startsWith(u"seatctl: refused (409 duplicate_extension): "_s), qPrintable(taken.err));
    const CliRun nobody = m_cli->admin({u"assign"_s, u"--pool"_s, m_base, u"--user"_s, u"nobody"_s});
    CLI_EXPECT(nobody, 1);
    QVERIFY(nobody.err.contains(u"404"_s));
    CLI_EXPECT(m_cli->admin({u"assign"_s, u"--user"_s, u"john"_s}), 2); // neither a license nor a pool
}

void TestCliLicenses::importDryRunPrintsEveryBadRowAndWritesNothing()
{
    const QByteArray before = snapshot();
    const QString path = file(BadFile);
    const CliRun dry = m_cli->admin({u"import"_s, path, u"--dry-run"_s});
    CLI_EXPECT(dry, 4);
    const QStringList rows = dry.lines();
    QVERIFY2(rows.size() == 4, qPrintable(dry.out));
    QVERIFY2(rows.at(0).startsWith(u"row 2, column User: unknown_user: "_s), qPrintable(dry.out));
    QVERIFY2(rows.at(1).startsWith(u"row 3, column Number: malformed_number: "_s), qPrintable(dry.out));
    QVERIFY2(rows.at(2).startsWith(u"row 4: too_many_fields: "_s), qPrintable(dry.out));
    QVERIFY2(rows.at(3).startsWith(u"row 4, column Addon license 2: duplicate_addon: "_s), qPrintable(dry.out));
    QVERIFY2(dry.err.contains(path + u": 4 bad row(s) of 4; nothing was written."_s), qPrintable(dry.err));
    QCOMPARE(snapshot(), before);

    const CliRun good = m_cli->admin({u"import"_s, file(GoodFile), u"--dry-run"_s});
    CLI_EXPECT(good, 0);
    QVERIFY(good.out.contains(u"2 row(s), all valid (dry run: nothing written)"_s));
    QCOMPARE(snapshot(), before);
}

void TestCliLicenses::importDryRunJson()
{
    const CliRun dry = m_cli->admin({u"import"_s, file(BadFile), u"--dry-run"_s, u"--json"_s});
    CLI_EXPECT(dry, 4);
    const QJsonObject verdict = dry.object();
    QCOMPARE(verdict.value(u"rows"_s).toInt(), 4);
    QCOMPARE(verdict.value(u"applied"_s).toBool(true), false);
    const QJsonArray errors = verdict.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 4);
    const QJsonObject first = errors.at(0).toObject();
    QCOMPARE(first.value(u"row"_s).toInt(), 2);
    QCOMPARE(first.value(u"column"_s).toString(), u"User"_s);
    QCOMPARE(first.value(u"error"_s).toString(), u"unknown_user"_s);
    QVERIFY(!first.value(u"message"_s).toString().isEmpty());
}

void TestCliLicenses::importApplyIsAllOrNothing()
{
    const QByteArray before = snapshot();
    const CliRun refused = m_cli->admin({u"import"_s, file(BadFile)});
    CLI_EXPECT(refused, 4);
    QCOMPARE(refused.lines().size(), 4);
    QCOMPARE(snapshot(), before);

    const CliRun applied = m_cli->admin({u"import"_s, file(GoodFile)});
    CLI_EXPECT(applied, 0);
    QVERIFY2(applied.out.contains(u"applied 2 row(s)."_s), qPrintable(applied.out));
    const QJsonArray john = m_lic->list(u"?user=john&type=phone_system"_s);
    QCOMPARE(john.size(), 1);
    QCOMPARE(john.at(0).toObject().value(u"extension"_s).toString(), u"101"_s);
    QCOMPARE(Licenses::addonCodes(john.at(0).toObject()), QStringList{u"device_ip_phone"_s});
    QCOMPARE(m_lic->list(u"?user=alice&type=phone_system"_s).size(), 1);

    // The same file again: its extensions are taken now.
    const CliRun again = m_cli->admin({u"import"_s, file(GoodFile), u"--json"_s});
    CLI_EXPECT(again, 4);
    QVERIFY(again.object().value(u"errors"_s).toArray().size() >= 2);
}

void TestCliLicenses::importReadsStdin()
{
    const CliRun dry = m_cli->admin({u"import"_s, u"-"_s, u"--dry-run"_s, u"--json"_s}, GoodFile);
    CLI_EXPECT(dry, 0);
    QCOMPARE(dry.object().value(u"rows"_s).toInt(), 2);
    QCOMPARE(dry.object().value(u"errors"_s).toArray().size(), 0);
    // stdin cannot carry both the file and a password.
    const CliRun both = m_cli->plain({u"--login"_s, u"admin"_s, u"import"_s, u"-"_s}, GoodFile);
    CLI_EXPECT(both, 2);
    QVERIFY(both.err.contains(u"--token"_s));
}

QTEST_GUILESS_MAIN(TestCliLicenses)
#include "TestCliLicenses.moc"
