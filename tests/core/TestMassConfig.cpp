#include "core/CsvTable.h"
#include "core/MassConfig.h"

#include <QTest>

#include <array>
#include <tuple>

using namespace seatwise;

namespace {

const QByteArray header =
    QByteArrayLiteral("Ext key,Number,User,Addon license 1,Addon license 2,Addon license 3,Addon license 4\n");

// The sample file of the help page (seed 001), header spelled as there.
const QByteArray sample = QByteArrayLiteral(
    "Ext Key,Number,User,Addon license 1,Addon license 2,Addon license 3,Addon license 4\n"
    "101,6567891230,John,device_ip_phone,device_mobile_app,license_dnc_checking_enabled,call_recording\n"
    "102,6567891231,Alice,device_ip_phone,device_mobile_app,license_dnc_checking_enabled,call_recording\n"
    "104,6567891232,Lucie,device_ip_phone,device_desktop_app,call_recording\n"
    "109,6567891233,Hallie,device_ip_phone,device_desktop_app,call_recording\n");

QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

class TestMassConfig final : public QObject {
    Q_OBJECT

private:
    static MassConfigSnapshot snapshot()
    {
        MassConfigSnapshot snap;
        const QList<std::array<const char*, 3>> users{
            {"u1", "john", "john"},
            {"u2", "alice", "alice"},
            {"u3", "lucie", "lucie"},
            {"u4", "hallie", "hallie"},
            {"u5", "sam.a", "sam"},
            {"u6", "sam.b", "sam"},
            {"u7", "pat", "o'brien, pat \"pj\""},
        };
        for (const auto& [id, login, name] : users) {
            snap.userIdByLogin.insert(s(login), s(id));
            snap.userIdsByName[s(name)].append(s(id));
        }
        snap.extensionsInUse = {s("200")};
        snap.numbersInUse = {s("6500000000")};
        snap.freeBaseLicenses = 10;
        for (const QString& code : addonCodes())
            snap.freeAddons.insert(code, 10);
        return snap;
    }

    static MassConfigReport plan(const QByteArray& rows, const MassConfigSnapshot& snap = snapshot())
    {
        return planMassConfig(header + rows, snap);
    }

    // The report must hold exactly one error, with this code, row and column.
    static void verifyOnlyError(const MassConfigReport& report, const QString& code, int row, const QString& column)
    {
        QVERIFY2(report.errors.size() == 1, qPrintable(describe(report)));
        QCOMPARE(report.errors.first().error, code);
        QCOMPARE(report.errors.first().row, row);
        QCOMPARE(report.errors.first().column, column);
        QVERIFY(!report.errors.first().message.isEmpty());
        QVERIFY(!report.ok());
        QVERIFY(report.plan.isEmpty());
    }

    static QString describe(const MassConfigReport& report)
    {
        QStringList lines;
        for (const MassConfigError& e : report.errors)
            lines.append(QStringLiteral("%1 [%2] %3: %4").arg(e.row).arg(e.column, e.error, e.message));
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void addonCodesAreTheNine()
    {
        QCOMPARE(addonCodes().size(), 9);
        QVERIFY(addonCodes().contains(s("license_call_recording_unlimited_enabled")));
    }

    void plansTheSeedSample()
    {
        const auto report = planMassConfig(sample, snapshot());
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report.rows, 4);
        QCOMPARE(report.plan.size(), 4);
        const QStringList extensions{s("101"), s("102"), s("104"), s("109")};
        const QStringList logins{s("john"), s("alice"), s("lucie"), s("hallie")};
        for (int i = 0; i < 4; ++i) {
            const MassConfigRowPlan& row = report.plan.at(i);
            QCOMPARE(row.row, i + 1);
            QCOMPARE(row.extension, extensions.at(i));
            QCOMPARE(row.number, QStringLiteral("656789123%1").arg(i));
            QCOMPARE(row.userId, QStringLiteral("u%1").arg(i + 1));
            QCOMPARE(row.userLogin, logins.at(i));
        }
        QCOMPARE(report.plan.at(0).addons, (QStringList{s("device_ip_phone"), s("device_mobile_app"),
                                                        s("license_dnc_checking_enabled"), s("call_recording")}));
        // Lucie and Hallie stop after three add-ons.
        const QStringList three{s("device_ip_phone"), s("device_desktop_app"), s("call_recording")};
        QCOMPARE(report.plan.at(2).addons, three);
        QCOMPARE(report.plan.at(3).addons, three);
    }

    void userByLoginAndNumberSeparators()
    {
        const auto report = plan("7,+65 (6789) 123-0,sam.b,,\n8,65.6789.1231,ALICE\n");
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report.plan.at(0).number, s("+6567891230"));
        QCOMPARE(report.plan.at(0).userId, s("u6"));
        QVERIFY(report.plan.at(0).addons.isEmpty());
        QCOMPARE(report.plan.at(1).number, s("6567891231"));
        QCOMPARE(report.plan.at(1).userId, s("u2")); // names compare without case
    }

    void emptyFile()
    {
        verifyOnlyError(planMassConfig({}, snapshot()), s("empty_file"), 0, {});
        verifyOnlyError(planMassConfig(QByteArrayLiteral("\xEF\xBB\xBF\r\n\n  \n"), snapshot()), s("empty_file"), 0,
                        {});
    }

    void headerOnlyPlansNothing()
    {
        const auto report = planMassConfig(header, snapshot());
        QVERIFY(report.ok());
        QCOMPARE(report.rows, 0);
        QVERIFY(report.plan.isEmpty());
    }

    void wrongRequiredHeaderStops()
    {
        const auto report = planMassConfig(QByteArrayLiteral("Extension,Number,User\nx,y,nobody\n"), snapshot());
        verifyOnlyError(report, s("wrong_header"), 0, s("Ext key"));
        QVERIFY(report.errors.first().message.contains(s("\"Extension\"")));
    }

    void missingHeaderColumns()
    {
        const auto report = planMassConfig(QByteArrayLiteral("Ext key\n101\n"), snapshot());
        QCOMPARE(report.errors.size(), 2);
        QCOMPARE(report.errors.at(0).column, s("Number"));
        QCOMPARE(report.errors.at(1).column, s("User"));
        for (const auto& e : report.errors) {
            QCOMPARE(e.error, s("wrong_header"));
            QCOMPARE(e.row, 0);
        }
    }

    void badlyNamedAddonColumnStillChecksRows()
    {
        const auto report = planMassConfig(
            QByteArrayLiteral(" ext KEY , number,USER,Addon license 2\n101,6567891230,john,bogus\n"), snapshot());
        QCOMPARE(report.errors.size(), 2);
        QCOMPARE(report.errors.at(0).error, s("wrong_header"));
        QCOMPARE(report.errors.at(0).column, s("Addon license 1"));
        QCOMPARE(report.errors.at(1).error, s("unknown_addon"));
        QCOMPARE(report.errors.at(1).row, 1);
    }

    void semicolonHeaderIsExplained()
    {
        const auto report = planMassConfig(QByteArrayLiteral("Ext key;Number;User\n101;6567891230;john\n"), snapshot());
        verifyOnlyError(report, s("wrong_header"), 0, {});
        QVERIFY(report.errors.first().message.contains(s("semicolon")));
    }

    void badQuotingStopsAtItsRow()
    {
        const auto report = plan("101,6567891230,john\n102,\"6567\"891231,alice\n103,bad,nobody\n");
        verifyOnlyError(report, s("bad_quoting"), 2, s("Number"));
        QCOMPARE(report.rows, 2);
    }

    void unterminatedQuoteIsReported()
    {
        const auto report = plan("101,6567891230,john\n102,6567891231,\"alice\n103,6567891232,lucie\n");
        verifyOnlyError(report, s("bad_quoting"), 2, s("User"));
        QVERIFY(report.errors.first().message.contains(s("never closed")));
    }

    void tooManyFields()
    {
        const auto report = plan("101,6567891230,john,team_chat,,,,device_web_rtc\n");
        verifyOnlyError(report, s("too_many_fields"), 1, {});
        QVERIFY(report.errors.first().message.contains(s("device_web_rtc")));
    }

    void missingField_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("column");
        QTest::newRow("ext key") << QByteArrayLiteral(",6567891230,john") << s("Ext key");
        QTest::newRow("number") << QByteArrayLiteral("101,  ,john,team_chat") << s("Number");
        QTest::newRow("user") << QByteArrayLiteral("101,6567891230,") << s("User");
        QTest::newRow("user cut off") << QByteArrayLiteral("101,6567891230") << s("User");
    }

    void missingField()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, column);
        verifyOnlyError(plan(QByteArrayLiteral("1,6567891239,hallie\n") + row + '\n'), s("missing_field"), 2, column);
    }

    void malformedExtension_data()
    {
        QTest::addColumn<QByteArray>("extension");
        QTest::newRow("letters") << QByteArrayLiteral("10a");
        QTest::newRow("nine digits") << QByteArrayLiteral("123456789");
        QTest::newRow("sign") << QByteArrayLiteral("-5");
    }

    void malformedExtension()
    {
        QFETCH(QByteArray, extension);
        const auto report = plan(extension + ",6567891230,john\n");
        verifyOnlyError(report, s("malformed_extension"), 1, s("Ext key"));
        QVERIFY(report.errors.first().message.contains(QString::fromLatin1(extension)));
    }

    void malformedNumber_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::newRow("too short") << QByteArrayLiteral("123456");
        QTest::newRow("too long") << QByteArrayLiteral("+1234567890123456");
        QTest::newRow("letters") << QByteArrayLiteral("65 6789 ABCD");
        QTest::newRow("plus inside") << QByteArrayLiteral("65+67891230");
    }

    void malformedNumber()
    {
        QFETCH(QByteArray, number);
        const auto report = plan("101," + number + ",john\n");
        verifyOnlyError(report, s("malformed_number"), 1, s("Number"));
        QVERIFY(report.errors.first().message.contains(QString::fromLatin1(number)));
    }

    void unknownUser()
    {
        const auto report = plan("101,6567891230,john\n102,6567891231,jon\n");
        verifyOnlyError(report, s("unknown_user"), 2, s("User"));
        QVERIFY(report.errors.first().message.contains(s("\"jon\"")));
    }

    void ambiguousUserName()
    {
        const auto report = plan("101,6567891230,Sam\n");
        verifyOnlyError(report, s("unknown_user"), 1, s("User"));
        QVERIFY(report.errors.first().message.contains(s("ambiguous")));
    }

    void unknownAddon()
    {
        const auto report = plan("101,6567891230,john,team_chat,,call_recordings\n");
        verifyOnlyError(report, s("unknown_addon"), 1, s("Addon license 3"));
        QVERIFY(report.errors.first().message.contains(s("\"call_recordings\"")));
    }

    void addonLabelPointsToCode()
    {
        const auto report = plan("101,6567891230,john,IP Phone\n");
        verifyOnlyError(report, s("unknown_addon"), 1, s("Addon license 1"));
        QVERIFY(report.errors.first().message.contains(s("device_ip_phone")));
    }

    void duplicateAddon()
    {
        const auto report = plan("101,6567891230,john,team_chat,device_web_rtc,team_chat\n");
        verifyOnlyError(report, s("duplicate_addon"), 1, s("Addon license 3"));
        QVERIFY(report.errors.first().message.contains(s("Addon license 1")));
    }

    void duplicateExtensionInFile()
    {
        const auto report = plan("101,6567891230,john\n102,6567891231,alice\n101,6567891232,lucie\n");
        verifyOnlyError(report, s("duplicate_extension"), 3, s("Ext key"));
        QVERIFY(report.errors.first().message.contains(s("row 1")));
    }

    void duplicateExtensionInStore()
    {
        const auto report = plan("101,6567891230,john\n200,6567891231,alice\n");
        verifyOnlyError(report, s("duplicate_extension"), 2, s("Ext key"));
        QVERIFY(report.errors.first().message.contains(s("already assigned")));
    }

    void duplicateNumberInFile()
    {
        const auto report = plan("101,6567891230,john\n102,656-789-1230,alice\n");
        verifyOnlyError(report, s("duplicate_number"), 2, s("Number"));
        QVERIFY(report.errors.first().message.contains(s("row 1")));
    }

    void duplicateNumberInStore()
    {
        const auto report = plan("101,650 000 0000,john\n");
        verifyOnlyError(report, s("duplicate_number"), 1, s("Number"));
        QVERIFY(report.errors.first().message.contains(s("already assigned")));
    }

    void reportsEveryBadRow()
    {
        const auto report = plan("101,6567891230,john,team_chat\n"
                                 "1O2,6567891231,alice\n"
                                 "103,12,nobody,team_chat,fax\n"
                                 "104,6567891233,lucie\n"
                                 "101,,hallie,,,,,x\n");
        QCOMPARE(report.rows, 5);
        QVERIFY(report.plan.isEmpty());
        const QList<std::tuple<int, QString, QString>> expected{
            {2, s("Ext key"), s("malformed_extension")},
            {3, s("Number"), s("malformed_number")},
            {3, s("User"), s("unknown_user")},
            {3, s("Addon license 2"), s("unknown_addon")},
            {5, {}, s("too_many_fields")},
            {5, s("Ext key"), s("duplicate_extension")},
            {5, s("Number"), s("missing_field")},
        };
        QVERIFY2(report.errors.size() == expected.size(), qPrintable(describe(report)));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const auto& [row, column, code] = expected.at(i);
            QCOMPARE(report.errors.at(i).row, row);
            QCOMPARE(report.errors.at(i).column, column);
            QCOMPARE(report.errors.at(i).error, code);
        }
    }

    void quotingCrlfAndBom()
    {
        const QByteArray csv = QByteArrayLiteral("\xEF\xBB\xBF") + QByteArray(header).replace("\n", "\r\n") +
                               "\"101\",\"65 6789 1230\",\"O'Brien, Pat \"\"PJ\"\"\",team_chat\r\n"
                               "102,6567891231,  alice  ,\"device_web_rtc\"\r\n";
        const auto report = planMassConfig(csv, snapshot());
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report.plan.size(), 2);
        QCOMPARE(report.plan.at(0).userId, s("u7"));
        QCOMPARE(report.plan.at(0).number, s("6567891230"));
        QCOMPARE(report.plan.at(0).addons, QStringList{s("team_chat")});
        QCOMPARE(report.plan.at(1).userLogin, s("alice"));
    }

    void notEnoughBaseLicenses()
    {
        MassConfigSnapshot snap = snapshot();
        snap.freeBaseLicenses = 2;
        const auto report = planMassConfig(sample, snap);
        verifyOnlyError(report, s("not_enough_licenses"), 3, {});
        QVERIFY(
            report.errors.first().message.startsWith(s("4 rows need a Phone System base license but only 2 are free")));
    }

    void notEnoughAddonLicenses()
    {
        MassConfigSnapshot snap = snapshot();
        snap.freeAddons[s("call_recording")] = 3;
        snap.freeAddons.remove(s("device_desktop_app")); // none free
        const auto report = planMassConfig(sample, snap);
        QVERIFY2(report.errors.size() == 2, qPrintable(describe(report)));
        const MassConfigError& recording = report.errors.at(1);
        QCOMPARE(recording.error, s("not_enough_licenses"));
        QCOMPARE(recording.row, 4);
        QCOMPARE(recording.column, s("Addon license 3"));
        QVERIFY(recording.message.startsWith(s("4 rows need the call_recording add-on but only 3 are free")));
        const MassConfigError& desktop = report.errors.at(0);
        QCOMPARE(desktop.row, 3);
        QCOMPARE(desktop.column, s("Addon license 2"));
        QVERIFY(desktop.message.startsWith(s("2 rows need the device_desktop_app add-on but only 0 are free")));
    }

    void invalidRowsDoNotCountTowardsLicenses()
    {
        MassConfigSnapshot snap = snapshot();
        snap.freeBaseLicenses = 1;
        const auto report = plan("101,6567891230,nobody\n102,6567891231,alice\n", snap);
        verifyOnlyError(report, s("unknown_user"), 1, s("User"));
    }

    // The CSV reader on its own: what the mass configuration relies on.
    void csvKeepsQuotedTextAndRaggedRows()
    {
        const CsvTable table =
            parseCsv(QByteArrayLiteral("a, b ,\" c \"\n\n   \n\"multi\nline\",\"say \"\"hi\"\"\"\r\nx\n"));
        QVERIFY(!table.problem);
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.at(0), (QStringList{s("a"), s("b"), s(" c ")}));
        QCOMPARE(table.rows.at(1), (QStringList{s("multi\nline"), s("say \"hi\"")}));
        QCOMPARE(table.rows.at(2), QStringList{s("x")});
    }

    void csvReportsTheRowOfBadQuoting()
    {
        const CsvTable stray = parseCsv(QByteArrayLiteral("h1,h2\n\n1,2\n\"abc\"def,3\n4,5\n"));
        QVERIFY(stray.problem);
        QCOMPARE(stray.problem->row, 2); // the blank line is not a row
        QCOMPARE(stray.problem->field, 0);
        QCOMPARE(stray.rows.size(), 2);

        const CsvTable open = parseCsv(QByteArrayLiteral("h1,h2\n1,\"2\n3,4\n"));
        QVERIFY(open.problem);
        QCOMPARE(open.problem->row, 1);
        QCOMPARE(open.problem->field, 1);
    }
};

QTEST_GUILESS_MAIN(TestMassConfig)
#include "TestMassConfig.moc"
