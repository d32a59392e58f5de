// R16 mass configuration over HTTP: the seed's sample applies, every bad row gets its own row-numbered
// error, a failed apply writes nothing, RFC 4180 quoting, CRLF and a UTF-8 BOM are accepted, and a file
// longer than one multi-row statement is written whole.
#include "support/Checks.h"
#include "support/Licenses.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

namespace {
const QByteArray Header = "Ext key,Number,User,Addon license 1,Addon license 2,Addon license 3,Addon license 4\n";
// The sample of seeds/001: four rows, Lucie and Hallie stop after three add-ons.
const QByteArray Sample = Header +
                          "101,6567891230,John,device_ip_phone,device_mobile_app,license_dnc_checking_enabled,"
                          "call_recording\n"
                          "102,6567891231,Alice,device_ip_phone,device_mobile_app,license_dnc_checking_enabled,"
                          "call_recording\n"
                          "104,6567891232,Lucie,device_ip_phone,device_desktop_app,call_recording\n"
                          "109,6567891233,Hallie,device_ip_phone,device_desktop_app,call_recording\n";
const QByteArray GoodRow1 = "101,6567891230,John,device_ip_phone,device_mobile_app\n";
} // namespace

class TestMassConfigHttp final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup()
    {
        m_lic.reset();
        m_sw.reset();
    }

    void sampleApplies();
    void badRowIsReported_data();
    void badRowIsReported();
    void failedApplyWritesNothing();
    void extensionAndNumberTakenInStore();
    void quotingCrlfAndBom();
    void manyRowsSpanSeveralStatements();

private:
    // The whole license list as JSON, to compare the store before and after.
    QByteArray snapshot() { return QJsonDocument(m_lic->list()).toJson(QJsonDocument::Compact); }
    QJsonObject licenseOf(const QString& login);
    static bool hasError(const QJsonArray& errors, int row, const QString& code);

    std::unique_ptr<Seatwise> m_sw;
    std::unique_ptr<Licenses> m_lic;
    QString m_base;
};

void TestMassConfigHttp::init()
{
    SW_START_GATEWAY();
    m_lic = std::make_unique<Licenses>(*m_sw);
    for (const QString& name : {u"John"_s, u"Alice"_s, u"Lucie"_s, u"Hallie"_s})
        m_lic->namedUser(name.toLower(), name);
    m_base = m_lic->basePool(4).value(u"id"_s).toString();
    m_lic->basePool(2, u"call_group"_s); // not used: mass configuration takes Phone System licenses only
    m_lic->addonPool(u"device_ip_phone"_s, 4);
    m_lic->addonPool(u"device_mobile_app"_s, 2);
    m_lic->addonPool(u"license_dnc_checking_enabled"_s, 2);
    m_lic->addonPool(u"call_recording"_s, 4);
    m_lic->addonPool(u"device_desktop_app"_s, 2);
}

QJsonObject TestMassConfigHttp::licenseOf(const QString& login)
{
    const QJsonArray listed = m_lic->list(u"?user="_s + login + u"&type=phone_system"_s);
    if (listed.size() != 1)
        return {};
    return listed.at(0).toObject();
}

bool TestMassConfigHttp::hasError(const QJsonArray& errors, int row, const QString& code)
{
    for (const QJsonValue& value : errors) {
        const QJsonObject e = value.toObject();
        if (e.value(u"row"_s).toInt(-1) == row && e.value(u"error"_s).toString() == code &&
            !e.value(u"message"_s).toString().isEmpty() && e.contains(u"column"_s))
            return true;
    }
    return false;
}

void TestMassConfigHttp::sampleApplies()
{
    const QByteArray before = snapshot();
    const Reply dry = m_lic->massConfig(Sample, true);
    SW_COMPARE_STATUS(dry, 200);
    QCOMPARE(dry.json.value(u"rows"_s).toInt(), 4);
    QCOMPARE(dry.json.value(u"applied"_s).toBool(true), false);
    QVERIFY2(dry.json.value(u"errors"_s).toArray().isEmpty(), dry.raw.constData());
    QCOMPARE(snapshot(), before); // a dry run writes nothing

    const Reply applied = m_lic->massConfig(Sample, false);
    SW_COMPARE_STATUS(applied, 200);
    QCOMPARE(applied.json.value(u"rows"_s).toInt(), 4);
    QCOMPARE(applied.json.value(u"applied"_s).toBool(), true);

    const QJsonObject john = licenseOf(u"john"_s);
    QCOMPARE(john.value(u"pool"_s).toString(), m_base);
    QCOMPARE(john.value(u"extension"_s).toString(), u"101"_s);
    QCOMPARE(john.value(u"number"_s).toString(), u"6567891230"_s);
    QCOMPARE(Licenses::addonCodes(john), (QStringList{u"call_recording"_s, u"device_ip_phone"_s, u"device_mobile_app"_s,
                                                      u"license_dnc_checking_enabled"_s}));
    QCOMPARE(licenseOf(u"alice"_s).value(u"extension"_s).toString(), u"102"_s);
    const QJsonObject hallie = licenseOf(u"hallie"_s);
    QCOMPARE(hallie.value(u"extension"_s).toString(), u"109"_s);
    QCOMPARE(hallie.value(u"number"_s).toString(), u"6567891233"_s);
    QCOMPARE(Licenses::addonCodes(hallie),
             (QStringList{u"call_recording"_s, u"device_desktop_app"_s, u"device_ip_phone"_s}));
    QCOMPARE(Licenses::addonCodes(licenseOf(u"lucie"_s)), Licenses::addonCodes(hallie));
    QCOMPARE(m_lic->counts(m_base), u"4/4/4/4/0"_s);
    QCOMPARE(m_lic->list(u"?type=call_group&status=assigned"_s).size(), 0);
    QCOMPARE(m_lic->list(u"?type=device_ip_phone&status=available"_s).size(), 0);

    const Reply audit = m_sw->http().get(u"/audit"_s, m_sw->owner());
    QVERIFY2(audit.raw.contains("\"licenses.mass_config\""), audit.raw.constData());
}

void TestMassConfigHttp::badRowIsReported_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("code");
    const QByteArray good = Header + GoodRow1;
    QTest::newRow("wrong header") << QByteArray("Extension,Phone,Who\n" + GoodRow1) << 0 << u"wrong_header"_s;
    QTest::newRow("empty file") << QByteArray() << 0 << u"empty_file"_s;
    QTest::newRow("bad quoting") << QByteArray(good + "102,\"656\"7891231,Alice\n") << 2 << u"bad_quoting"_s;
    QTest::newRow("too many fields")
        << QByteArray(good + "102,6567891231,Alice,device_ip_phone,call_recording,team_chat,device_web_rtc,x\n") << 2
        << u"too_many_fields"_s;
    QTest::newRow("no user column") << QByteArray(good + "102,6567891231\n") << 2 << u"missing_field"_s;
    QTest::newRow("empty number") << QByteArray(good + "102,,Alice\n") << 2 << u"missing_field"_s;
    QTest::newRow("malformed extension") << QByteArray(good + "10a,6567891231,Alice\n") << 2
                                         << u"malformed_extension"_s;
    QTest::newRow("malformed number") << QByteArray(good + "102,65-67,Alice\n") << 2 << u"malformed_number"_s;
    QTest::newRow("unknown user") << QByteArray(good + "102,6567891231,Nobody\n") << 2 << u"unknown_user"_s;
    QTest::newRow("unknown addon") << QByteArray(good + "102,6567891231,Alice,fax_machine\n") << 2
                                   << u"unknown_addon"_s;
    QTest::newRow("duplicate addon") << QByteArray(good + "102,6567891231,Alice,call_recording,call_recording\n") << 2
                                     << u"duplicate_addon"_s;
    QTest::newRow("extension twice in file")
        << QByteArray(good + "101,6567891231,Alice\n") << 2 << u"duplicate_extension"_s;
    QTest::newRow("number twice in file")
        << QByteArray(good + "102,656-789-1230,Alice\n") << 2 << u"duplicate_number"_s;
    // Two device_mobile_app licenses exist: the third row asking for one runs out.
    QTest::newRow("not enough add-on licenses")
        << QByteArray(good + "102,6567891231,Alice,device_mobile_app\n103,6567891232,Lucie,device_mobile_app\n") << 3
        << u"not_enough_licenses"_s;
    QTest::newRow("not enough base licenses")
        << QByteArray(Sample + "110,6567891234,John\n") << 5 << u"not_enough_licenses"_s;
}

void TestMassConfigHttp::badRowIsReported()
{
    QFETCH(QByteArray, file);
    QFETCH(int, row);
    QFETCH(QString, code);
    const QByteArray before = snapshot();
    const Reply dry = m_lic->massConfig(file, true);
    SW_COMPARE_STATUS(dry, 200);
    QCOMPARE(dry.json.value(u"applied"_s).toBool(true), false);
    const QJsonArray errors = dry.json.value(u"errors"_s).toArray();
    QVERIFY2(hasError(errors, row, code), dry.raw.constData());
    for (const QJsonValue& value : errors) // the good first row has no error of its own
        QVERIFY2(row <= 1 || value.toObject().value(u"row"_s).toInt() != 1, dry.raw.constData());

    const Reply applied = m_lic->massConfig(file, false);
    SW_COMPARE_ERROR(applied, 422, "invalid_rows");
    QVERIFY2(hasError(applied.json.value(u"errors"_s).toArray(), row, code), applied.raw.constData());
    QCOMPARE(snapshot(), before);
}

void TestMassConfigHttp::failedApplyWritesNothing()
{
    const QByteArray before = snapshot();
    const QString poolsBefore = m_lic->counts(m_base);
    // Three good rows, then one naming a user nobody has.
    QByteArray file = Sample;
    file.replace("Hallie", "Halle");
    const Reply refused = m_lic->massConfig(file, false);
    SW_COMPARE_ERROR(refused, 422, "invalid_rows");
    QCOMPARE(refused.json.value(u"rows"_s).toInt(), 4);
    const QJsonArray errors = refused.json.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(hasError(errors, 4, u"unknown_user"_s), refused.raw.constData());
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_lic->counts(m_base), poolsBefore);
    QCOMPARE(licenseOf(u"john"_s), QJsonObject());

    // Every problem is reported at once, each on its own row.
    file.replace("102,6567891231", "102,656");
    file.replace("104,", "10x,");
    const Reply several = m_lic->massConfig(file, true);
    SW_COMPARE_STATUS(several, 200);
    const QJsonArray all = several.json.value(u"errors"_s).toArray();
    QVERIFY2(hasError(all, 2, u"malformed_number"_s), several.raw.constData());
    QVERIFY2(hasError(all, 3, u"malformed_extension"_s), several.raw.constData());
    QVERIFY2(hasError(all, 4, u"unknown_user"_s), several.raw.constData());
    QCOMPARE(snapshot(), before);

    // Fixed, the same file applies.
    SW_COMPARE_STATUS(m_lic->massConfig(Sample, false), 200);
    QCOMPARE(m_lic->counts(m_base), u"4/4/4/4/0"_s);
}

void TestMassConfigHttp::extensionAndNumberTakenInStore()
{
    const User taken = m_lic->namedUser(u"zoe"_s, u"Zoe"_s);
    const QString pool = m_lic->basePool(1).value(u"id"_s).toString();
    SW_COMPARE_STATUS(
        m_lic->assign(m_lic->ids(pool).value(0),
                      obj({{u"user"_s, taken.login}, {u"extension"_s, u"102"_s}, {u"number"_s, u"6567891232"_s}})),
        200);
    const QByteArray before = snapshot();
    const Reply refused = m_lic->massConfig(Sample, false);
    SW_COMPARE_ERROR(refused, 422, "invalid_rows");
    const QJsonArray errors = refused.json.value(u"errors"_s).toArray();
    QVERIFY2(hasError(errors, 2, u"duplicate_extension"_s), refused.raw.constData());
    QVERIFY2(hasError(errors, 3, u"duplicate_number"_s), refused.raw.constData());
    QCOMPARE(snapshot(), before);
}

void TestMassConfigHttp::quotingCrlfAndBom()
{
    m_lic->namedUser(u"anna"_s, u"Anna \"Nan\" Smith, Jr."_s);
    m_lic->namedUser(u"sam1"_s, u"Sam"_s);
    m_lic->namedUser(u"sam2"_s, u"Sam"_s);
    const QByteArray bom = "\xEF\xBB\xBF";
    const QByteArray file = bom + "\"Ext key\",Number,User,Addon license 1\r\n"
                                  "\"201\",\"+1 656 789-1240\",\"Anna \"\"Nan\"\" Smith, Jr.\",\"device_ip_phone\"\r\n"
                                  "202,6567891241,\"lucie\",\r\n";
    const Reply dry = m_lic->massConfig(file, true);
    SW_COMPARE_STATUS(dry, 200);
    QVERIFY2(dry.json.value(u"errors"_s).toArray().isEmpty(), dry.raw.constData());
    SW_COMPARE_STATUS(m_lic->massConfig(file, false), 200);
    const QJsonObject anna = licenseOf(u"anna"_s);
    QCOMPARE(anna.value(u"extension"_s).toString(), u"201"_s);
    QCOMPARE(anna.value(u"number"_s).toString().remove(u'+'), u"16567891240"_s);
    QCOMPARE(Licenses::addonCodes(anna), QStringList{u"device_ip_phone"_s});
    const QJsonObject lucie = licenseOf(u"lucie"_s); // by login; an empty add-on field is no add-on
    QCOMPARE(lucie.value(u"extension"_s).toString(), u"202"_s);
    QVERIFY(Licenses::addonCodes(lucie).isEmpty());

    // A display name two users share names nobody.
    const Reply ambiguous = m_lic->massConfig(Header + "301,6567891250,Sam\r\n", true);
    SW_COMPARE_STATUS(ambiguous, 200);
    QVERIFY2(hasError(ambiguous.json.value(u"errors"_s).toArray(), 1, u"unknown_user"_s), ambiguous.raw.constData());
}

// More rows than one multi-row statement holds, with a shorter last one: every row gets its own base
// license, extension, number and add-ons, and each add-on follows its base license's user.
void TestMassConfigHttp::manyRowsSpanSeveralStatements()
{
    constexpr int Rows = 450;
    const QStringList users{u"john"_s, u"alice"_s, u"lucie"_s, u"hallie"_s};
    m_lic->basePool(Rows);
    m_lic->addonPool(u"device_web_rtc"_s, Rows);
    m_lic->addonPool(u"team_chat"_s, Rows * 2 / 3);
    QByteArray file = "Ext key,Number,User,Addon license 1,Addon license 2\n";
    for (int i = 0; i < Rows; ++i) {
        file += QByteArray::number(1000 + i) + ',' + QByteArray::number(6560001000LL + i) + ',' +
                users.at(i % users.size()).toUtf8() + ",device_web_rtc" + (i % 3 != 0 ? ",team_chat\n" : "\n");
    }
    const Reply applied = m_lic->massConfig(file, false);
    SW_COMPARE_STATUS(applied, 200);
    QCOMPARE(applied.json.value(u"rows"_s).toInt(), Rows);

    QHash<QString, QJsonObject> baseById;
    for (const QJsonValue& value : m_lic->list(u"?type=phone_system&status=assigned"_s)) {
        const QJsonObject license = value.toObject();
        const int i = license.value(u"extension"_s).toString().toInt() - 1000;
        QVERIFY2(i >= 0 && i < Rows, license.value(u"extension"_s).toString().toUtf8().constData());
        QCOMPARE(license.value(u"number"_s).toString(), QString::number(6560001000LL + i));
        QCOMPARE(license.value(u"assigned_to"_s).toObject().value(u"login"_s).toString(), users.at(i % users.size()));
        const QStringList codes =
            i % 3 != 0 ? QStringList{u"device_web_rtc"_s, u"team_chat"_s} : QStringList{u"device_web_rtc"_s};
        QCOMPARE(Licenses::addonCodes(license), codes);
        baseById.insert(license.value(u"id"_s).toString(), license);
    }
    QCOMPARE(baseById.size(), Rows);
    for (const QString& code : {u"device_web_rtc"_s, u"team_chat"_s}) {
        QCOMPARE(m_lic->list(u"?type="_s + code + u"&status=available"_s).size(), 0);
        for (const QJsonValue& value : m_lic->list(u"?type="_s + code)) {
            const QJsonObject addon = value.toObject();
            const QJsonObject base = baseById.value(addon.value(u"base_license"_s).toString());
            QVERIFY2(!base.isEmpty(), addon.value(u"id"_s).toString().toUtf8().constData());
            QCOMPARE(addon.value(u"assigned_to"_s), base.value(u"assigned_to"_s));
        }
    }
}

QTEST_GUILESS_MAIN(TestMassConfigHttp)
#include "TestMassConfigHttp.moc"
