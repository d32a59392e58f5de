// R15 named licenses: assign, reassign, unassign, add-ons, terminate, search; pool counts after each step.
#include "support/Checks.h"
#include "support/Licenses.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace seatwise::test;

class TestLicenses final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        SW_START_GATEWAY();
        m_lic = std::make_unique<Licenses>(*m_sw);
    }
    void cleanup()
    {
        m_lic.reset();
        m_sw.reset();
    }

    void namedPoolsMakeLicenses();
    void assignReassignUnassign();
    void assignRefusals_data();
    void assignRefusals();
    void addonsAttachAndRemove();
    void terminateOnlyUnassigned();
    void searchByTypeUserAndExtension();
    void actionsAreAudited();

private:
    QString audit();

    std::unique_ptr<Seatwise> m_sw;
    std::unique_ptr<Licenses> m_lic;
};

QString TestLicenses::audit()
{
    const Reply events = m_sw->http().get(u"/audit"_s, m_sw->owner());
    if (events.status != 200)
        QTest::qFail(events.describe().constData(), __FILE__, __LINE__);
    return QString::fromUtf8(QJsonDocument(events.array).toJson(QJsonDocument::Compact));
}

void TestLicenses::namedPoolsMakeLicenses()
{
    const QJsonObject base = m_lic->basePool(3);
    QCOMPARE(base.value(u"base_type"_s).toString(), u"phone_system"_s);
    const QString pool = base.value(u"id"_s).toString();
    QCOMPARE(m_lic->counts(pool), u"3/3/0/0/3"_s);
    const QJsonArray listed = m_lic->list(u"?pool="_s + pool);
    QCOMPARE(listed.size(), 3);
    for (const QJsonValue& value : listed) {
        const QJsonObject l = value.toObject();
        QVERIFY(!l.value(u"id"_s).toString().isEmpty());
        QCOMPARE(l.value(u"pool"_s).toString(), pool);
        QCOMPARE(l.value(u"status"_s).toString(), u"available"_s);
        QVERIFY(l.value(u"assigned_to"_s).isNull());
        QVERIFY(l.value(u"addons"_s).toArray().isEmpty());
    }
    QCOMPARE(m_lic->basePool(1, u"call_group"_s).value(u"base_type"_s).toString(), u"call_group"_s);
    QCOMPARE(m_lic->addonPool(u"team_chat"_s, 2).value(u"addon_code"_s).toString(), u"team_chat"_s);
    const QJsonObject unknownAddon{{u"name"_s, u"Fax"_s},
                                   {u"kind"_s, u"addon"_s},
                                   {u"model"_s, u"named"_s},
                                   {u"seats"_s, 1},
                                   {u"addon_code"_s, u"fax_machine"_s}};
    SW_COMPARE_ERROR(m_sw->http().post(u"/pools"_s, unknownAddon, m_sw->owner()), 400, "bad_request");
    QCOMPARE(m_lic->list().size(), 6);
}

void TestLicenses::assignReassignUnassign()
{
    const QString pool = m_lic->basePool(3).value(u"id"_s).toString();
    const QString id = m_lic->ids(pool).value(0);
    const User alice = m_sw->user(u"agent"_s);
    const User bob = m_sw->user(u"agent"_s);

    const Reply assigned = m_lic->assign(
        id, obj({{u"user"_s, alice.login}, {u"extension"_s, u"101"_s}, {u"number"_s, u"656-789 1230"_s}}));
    SW_COMPARE_STATUS(assigned, 200);
    QCOMPARE(assigned.json.value(u"status"_s).toString(), u"assigned"_s);
    QCOMPARE(assigned.json.value(u"assigned_to"_s).toObject().value(u"login"_s).toString(), alice.login);
    QCOMPARE(assigned.json.value(u"assigned_to"_s).toObject().value(u"id"_s).toString(), alice.id);
    QCOMPARE(assigned.json.value(u"extension"_s).toString(), u"101"_s);
    QCOMPARE(assigned.json.value(u"number"_s).toString(), u"6567891230"_s); // separators stripped
    QCOMPARE(m_lic->counts(pool), u"3/3/1/1/2"_s);
    QCOMPARE(m_lic->byId(id), assigned.json);

    const Reply moved = m_lic->act(id, u"reassign"_s, obj({{u"user"_s, bob.login}}));
    SW_COMPARE_STATUS(moved, 200);
    QCOMPARE(moved.json.value(u"assigned_to"_s).toObject().value(u"login"_s).toString(), bob.login);
    QCOMPARE(moved.json.value(u"extension"_s).toString(), u"101"_s);
    QCOMPARE(moved.json.value(u"number"_s).toString(), u"6567891230"_s);
    QCOMPARE(m_lic->counts(pool), u"3/3/1/1/2"_s);
    SW_COMPARE_ERROR(m_lic->act(id, u"reassign"_s, obj({{u"user"_s, u"nobody"_s}})), 404, "not_found");

    const Reply freed = m_lic->act(id, u"unassign"_s);
    SW_COMPARE_STATUS(freed, 200);
    QCOMPARE(freed.json.value(u"status"_s).toString(), u"available"_s);
    QVERIFY(freed.json.value(u"assigned_to"_s).isNull());
    QVERIFY(freed.json.value(u"extension"_s).isNull());
    QVERIFY(freed.json.value(u"number"_s).isNull());
    QCOMPARE(m_lic->counts(pool), u"3/3/0/0/3"_s);
    SW_COMPARE_ERROR(m_lic->act(id, u"unassign"_s), 409, "invalid_state");
    SW_COMPARE_ERROR(m_lic->act(id, u"reassign"_s, obj({{u"user"_s, alice.login}})), 409, "invalid_state");
    // The freed extension and number can be given again.
    SW_COMPARE_STATUS(
        m_lic->assign(m_lic->ids(pool).value(1),
                      obj({{u"user"_s, alice.login}, {u"extension"_s, u"101"_s}, {u"number"_s, u"+16567891230"_s}})),
        200);
    // Agents manage no licenses.
    SW_COMPARE_ERROR(m_sw->http().post(u"/licenses/"_s + id + u"/assign"_s, obj({{u"user"_s, bob.login}}), bob.token),
                     403, "forbidden");
}

void TestLicenses::assignRefusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("extension with letters") << u"extension"_s << u"10a"_s << 400 << u"bad_request"_s;
    QTest::newRow("extension of 9 digits") << u"extension"_s << u"123456789"_s << 400 << u"bad_request"_s;
    QTest::newRow("number of 6 digits") << u"number"_s << u"656789"_s << 400 << u"bad_request"_s;
    QTest::newRow("number of 16 digits") << u"number"_s << u"1234567890123456"_s << 400 << u"bad_request"_s;
    QTest::newRow("number with letters") << u"number"_s << u"656CALLME"_s << 400 << u"bad_request"_s;
    QTest::newRow("extension taken") << u"extension"_s << u"200"_s << 409 << u"duplicate_extension"_s;
    QTest::newRow("number taken") << u"number"_s << u"44 20-7946 0000"_s << 409 << u"duplicate_number"_s;
    QTest::newRow("unknown user") << u"user"_s << u"nobody"_s << 404 << u"not_found"_s;
}

void TestLicenses::assignRefusals()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString pool = m_lic->basePool(2).value(u"id"_s).toString();
    const QStringList ids = m_lic->ids(pool);
    const User holder = m_sw->user(u"agent"_s);
    SW_COMPARE_STATUS(
        m_lic->assign(ids.value(0),
                      obj({{u"user"_s, holder.login}, {u"extension"_s, u"200"_s}, {u"number"_s, u"442079460000"_s}})),
        200);
    QJsonObject body{{u"user"_s, m_sw->user(u"agent"_s).login}};
    body.insert(field, value);
    const Reply refused = m_lic->assign(ids.value(1), body);
    SW_COMPARE_STATUS(refused, status);
    QCOMPARE(refused.error(), code);
    QVERIFY(!refused.json.value(u"message"_s).toString().isEmpty());
    QCOMPARE(m_lic->byId(ids.value(1)).value(u"status"_s).toString(), u"available"_s);
    QCOMPARE(m_lic->counts(pool), u"2/2/1/1/1"_s);
    // An assigned license is not handed out again; unknown licenses are 404.
    SW_COMPARE_ERROR(m_lic->assign(ids.value(0), obj({{u"user"_s, m_sw->user(u"agent"_s).login}})), 409,
                     "license_unavailable");
    SW_COMPARE_ERROR(m_lic->assign(u"no-such-license"_s, obj({{u"user"_s, holder.login}})), 404, "not_found");
}

void TestLicenses::addonsAttachAndRemove()
{
    const QString base = m_lic->basePool(3).value(u"id"_s).toString();
    const QString phones = m_lic->addonPool(u"device_ip_phone"_s, 1).value(u"id"_s).toString();
    const QStringList bases = m_lic->ids(base);
    const QString phone = m_lic->ids(phones).value(0);
    const User alice = m_sw->user(u"agent"_s);
    const User bob = m_sw->user(u"agent"_s);
    // Add-on licenses are not assigned to users directly; add-ons need an assigned base.
    SW_COMPARE_ERROR(m_lic->assign(phone, obj({{u"user"_s, alice.login}})), 400, "bad_request");
    SW_COMPARE_ERROR(m_lic->act(bases.value(0), u"addons"_s, obj({{u"code"_s, u"device_ip_phone"_s}})), 409,
                     "invalid_state");
    SW_COMPARE_STATUS(m_lic->assign(bases.value(0), obj({{u"user"_s, alice.login}, {u"extension"_s, u"101"_s}})), 200);
    SW_COMPARE_STATUS(m_lic->assign(bases.value(1), obj({{u"user"_s, bob.login}})), 200);

    const Reply attached = m_lic->act(bases.value(0), u"addons"_s, obj({{u"code"_s, u"device_ip_phone"_s}}));
    SW_COMPARE_STATUS(attached, 200);
    const QJsonArray addons = attached.json.value(u"addons"_s).toArray();
    QCOMPARE(addons.size(), 1);
    QCOMPARE(addons.at(0).toObject().value(u"id"_s).toString(), phone);
    QCOMPARE(addons.at(0).toObject().value(u"code"_s).toString(), u"device_ip_phone"_s);
    QCOMPARE(m_lic->byId(phone).value(u"base_license"_s).toString(), bases.value(0));
    QCOMPARE(m_lic->counts(phones), u"1/1/1/1/0"_s);
    QCOMPARE(m_lic->counts(base), u"3/3/2/2/1"_s);

    SW_COMPARE_ERROR(m_lic->act(bases.value(0), u"addons"_s, obj({{u"code"_s, u"device_ip_phone"_s}})), 409,
                     "addon_attached");
    SW_COMPARE_ERROR(m_lic->act(bases.value(1), u"addons"_s, obj({{u"code"_s, u"device_ip_phone"_s}})), 409,
                     "no_license_available");
    SW_COMPARE_ERROR(m_lic->act(bases.value(1), u"addons"_s, obj({{u"code"_s, u"team_chat"_s}})), 409,
                     "no_license_available");
    SW_COMPARE_ERROR(m_lic->act(bases.value(1), u"addons"_s, obj({{u"code"_s, u"fax_machine"_s}})), 400, "bad_request");

    // Unassigning keeps the add-on with the license.
    const Reply freed = m_lic->act(bases.value(0), u"unassign"_s);
    SW_COMPARE_STATUS(freed, 200);
    QCOMPARE(Licenses::addonCodes(freed.json), QStringList{u"device_ip_phone"_s});
    QCOMPARE(m_lic->counts(phones), u"1/1/1/1/0"_s);

    const QString removePath = u"/licenses/"_s + bases.value(0) + u"/addons/device_ip_phone"_s;
    const Reply removed = m_sw->http().del(removePath, m_sw->owner());
    SW_COMPARE_STATUS(removed, 200);
    QVERIFY(removed.json.value(u"addons"_s).toArray().isEmpty());
    QVERIFY(m_lic->byId(phone).value(u"base_license"_s).isNull());
    QCOMPARE(m_lic->counts(phones), u"1/1/0/0/1"_s);
    SW_COMPARE_ERROR(m_sw->http().del(removePath, m_sw->owner()), 404, "not_found");
    // The freed add-on license goes to another base.
    SW_COMPARE_STATUS(m_lic->act(bases.value(1), u"addons"_s, obj({{u"code"_s, u"device_ip_phone"_s}})), 200);
    QCOMPARE(m_lic->byId(phone).value(u"base_license"_s).toString(), bases.value(1));
}

void TestLicenses::terminateOnlyUnassigned()
{
    const QString base = m_lic->basePool(2).value(u"id"_s).toString();
    const QString mobiles = m_lic->addonPool(u"device_mobile_app"_s, 2).value(u"id"_s).toString();
    const QStringList bases = m_lic->ids(base);
    const User alice = m_sw->user(u"agent"_s);
    SW_COMPARE_STATUS(m_lic->assign(bases.value(0), obj({{u"user"_s, alice.login}})), 200);
    const Reply attached = m_lic->act(bases.value(0), u"addons"_s, obj({{u"code"_s, u"device_mobile_app"_s}}));
    SW_COMPARE_STATUS(attached, 200);
    const QString addon = attached.json.value(u"addons"_s).toArray().at(0).toObject().value(u"id"_s).toString();

    SW_COMPARE_ERROR(m_sw->http().del(u"/licenses/"_s + bases.value(0), m_sw->owner()), 409, "license_assigned");
    SW_COMPARE_ERROR(m_sw->http().del(u"/licenses/"_s + addon, m_sw->owner()), 409, "license_assigned");
    SW_COMPARE_ERROR(m_sw->http().del(u"/licenses/no-such-license"_s, m_sw->owner()), 404, "not_found");
    QCOMPARE(m_lic->counts(base), u"2/2/1/1/1"_s);

    SW_COMPARE_STATUS(m_sw->http().del(u"/licenses/"_s + bases.value(1), m_sw->owner()), 204);
    QCOMPARE(m_lic->byId(bases.value(1)).value(u"status"_s).toString(), u"terminated"_s);
    QCOMPARE(m_lic->counts(base).section(u'/', 1), u"1/1/1/0"_s); // total, assigned, in_use, available
    SW_COMPARE_ERROR(m_lic->assign(bases.value(1), obj({{u"user"_s, alice.login}})), 409, "license_unavailable");
    QCOMPARE(m_lic->list(u"?pool="_s + base + u"&status=terminated"_s).size(), 1);

    // The free add-on license can be terminated; the attached one only after it is removed.
    const QString freeAddon =
        m_lic->list(u"?pool="_s + mobiles + u"&status=available"_s).at(0).toObject().value(u"id"_s).toString();
    SW_COMPARE_STATUS(m_sw->http().del(u"/licenses/"_s + freeAddon, m_sw->owner()), 204);
    QCOMPARE(m_lic->counts(mobiles).section(u'/', 1), u"1/1/1/0"_s);
    SW_COMPARE_STATUS(
        m_sw->http().del(u"/licenses/"_s + bases.value(0) + u"/addons/device_mobile_app"_s, m_sw->owner()), 200);
    SW_COMPARE_STATUS(m_sw->http().del(u"/licenses/"_s + addon, m_sw->owner()), 204);
    QCOMPARE(m_lic->counts(mobiles).section(u'/', 1), u"0/0/0/0"_s);
}

void TestLicenses::searchByTypeUserAndExtension()
{
    const QString phones = m_lic->basePool(3).value(u"id"_s).toString();
    const QString groups = m_lic->basePool(1, u"call_group"_s).value(u"id"_s).toString();
    const QString mobiles = m_lic->addonPool(u"device_mobile_app"_s, 1).value(u"id"_s).toString();
    const QStringList ids = m_lic->ids(phones);
    const User alice = m_sw->user(u"agent"_s);
    const User bob = m_sw->user(u"agent"_s);
    SW_COMPARE_STATUS(m_lic->assign(ids.value(0), obj({{u"user"_s, alice.login}, {u"extension"_s, u"101"_s}})), 200);
    SW_COMPARE_STATUS(m_lic->assign(ids.value(1), obj({{u"user"_s, bob.login}, {u"extension"_s, u"1015"_s}})), 200);
    SW_COMPARE_STATUS(m_lic->assign(m_lic->ids(groups).value(0), obj({{u"user"_s, bob.login}})), 200);

    QCOMPARE(m_lic->list(u"?type=phone_system"_s).size(), 3);
    const QJsonArray groupList = m_lic->list(u"?type=call_group"_s);
    QCOMPARE(groupList.size(), 1);
    QCOMPARE(groupList.at(0).toObject().value(u"pool"_s).toString(), groups);
    const QJsonArray mobileList = m_lic->list(u"?type=device_mobile_app"_s);
    QCOMPARE(mobileList.size(), 1);
    QCOMPARE(mobileList.at(0).toObject().value(u"pool"_s).toString(), mobiles);
    QCOMPARE(m_lic->list(u"?type=auto_attendant"_s).size(), 0);

    const QJsonArray alices = m_lic->list(u"?user="_s + alice.login);
    QCOMPARE(alices.size(), 1);
    QCOMPARE(alices.at(0).toObject().value(u"id"_s).toString(), ids.value(0));
    QCOMPARE(m_lic->list(u"?user="_s + bob.login).size(), 2);
    QCOMPARE(m_lic->list(u"?user="_s + bob.login + u"&type=phone_system"_s).size(), 1);
    QCOMPARE(m_lic->list(u"?user=nobody"_s).size(), 0);

    QCOMPARE(m_lic->list(u"?extension=101"_s).size(), 2); // prefix: 101 and 1015
    const QJsonArray exact = m_lic->list(u"?extension=1015"_s);
    QCOMPARE(exact.size(), 1);
    QCOMPARE(exact.at(0).toObject().value(u"assigned_to"_s).toObject().value(u"login"_s).toString(), bob.login);
    QCOMPARE(m_lic->list(u"?extension=2"_s).size(), 0);

    QCOMPARE(m_lic->list(u"?pool="_s + phones + u"&status=available"_s).size(), 1);
    QCOMPARE(m_lic->list(u"?status=assigned"_s).size(), 3);
    SW_COMPARE_ERROR(m_sw->http().get(u"/licenses?status=lost"_s, m_sw->owner()), 400, "bad_request");
    SW_COMPARE_ERROR(m_sw->http().get(u"/licenses"_s, alice.token), 403, "forbidden");
}

void TestLicenses::actionsAreAudited()
{
    const QString base = m_lic->basePool(2).value(u"id"_s).toString();
    m_lic->addonPool(u"team_chat"_s, 1);
    const QStringList ids = m_lic->ids(base);
    const User alice = m_sw->user(u"agent"_s);
    SW_COMPARE_STATUS(m_lic->assign(ids.value(0), obj({{u"user"_s, alice.login}})), 200);
    SW_COMPARE_STATUS(m_lic->act(ids.value(0), u"addons"_s, obj({{u"code"_s, u"team_chat"_s}})), 200);
    SW_COMPARE_STATUS(m_lic->act(ids.value(0), u"unassign"_s), 200);
    SW_COMPARE_STATUS(m_sw->http().del(u"/licenses/"_s + ids.value(1), m_sw->owner()), 204);
    const QString events = audit();
    for (const QString& action :
         {u"license.assign"_s, u"license.addon_attach"_s, u"license.unassign"_s, u"license.terminate"_s})
        QVERIFY2(events.contains(u"\"action\":\""_s + action + u'"'), qPrintable(action + u" missing in "_s + events));
    QVERIFY2(events.contains(ids.value(1)), "the terminated license's id is not in the audit");
}

QTEST_GUILESS_MAIN(TestLicenses)
#include "TestLicenses.moc"
