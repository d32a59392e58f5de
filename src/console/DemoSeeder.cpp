#include "console/DemoSeeder.h"

#include "client/GatewayClient.h"

namespace seatwise {
namespace {

const QString kAgentsPool = QStringLiteral("Agents");
const QString kAdminPool = QStringLiteral("Admin");

ClientError clientGone()
{
    return ClientError{0, QString(ClientErrorCode::Offline), QStringLiteral("the client was closed"), {}};
}

} // namespace

QList<DemoPerson> DemoSeeder::cast()
{
    const auto person = [](const char16_t* login, const char16_t* name, bool away = false, bool in = true) {
        return DemoPerson{QString::fromUtf16(login), QString::fromUtf16(name), Role::Agent, away, in};
    };
    QList<DemoPerson> people{
        person(u"alice", u"Alice Archer"),
        person(u"bruno", u"Bruno Costa"),
        person(u"chen", u"Chen Wei"),
        person(u"dana", u"Dana Novak"),
        person(u"emeka", u"Emeka Obi", false, false),
        person(u"farah", u"Farah Haddad"),
        person(u"goran", u"Goran Petrović", false, false),
        person(u"hana", u"Hana Satō", true),
        person(u"ines", u"Inês Silva", true),
        person(u"jonas", u"Jonas Berg"),
        person(u"kofi", u"Kofi Mensah", true),
    };
    people.append(DemoPerson{QStringLiteral("maria"), QStringLiteral("María López"), Role::Manager, false, true});
    return people;
}

QCoro::Task<ClientResult<DemoPlan>> DemoSeeder::seed(QPointer<GatewayClient> client)
{
    if (!client)
        co_return clientGone();
    DemoPlan plan;
    plan.password = QStringLiteral("demo-password");
    plan.people = cast();

    const auto pools = co_await client->pools();
    if (!pools)
        co_return pools.error();
    for (const PoolInfo& pool : pools.value()) {
        if (pool.name == kAgentsPool)
            plan.agentsPoolId = pool.id;
        else if (pool.name == kAdminPool && pool.kind == PoolKind::Admin)
            plan.adminPoolId = pool.id;
    }

    if (plan.agentsPoolId.isEmpty()) {
        PoolSpec spec;
        spec.name = kAgentsPool;
        spec.seats = 12;
        spec.idleAfterS = 120;
        spec.purgeAfterS = 0;
        spec.features = {QStringLiteral("web_phone"), QStringLiteral("inbound"), QStringLiteral("manual_dialing")};
        if (!client)
            co_return clientGone();
        const auto made = co_await client->createPool(spec);
        if (!made)
            co_return made.error();
        plan.agentsPoolId = made->id;
    }
    if (plan.adminPoolId.isEmpty()) {
        PoolSpec spec;
        spec.name = kAdminPool;
        spec.kind = PoolKind::Admin;
        spec.seats = 2;
        if (!client)
            co_return clientGone();
        const auto made = co_await client->createPool(spec);
        if (!made)
            co_return made.error();
        plan.adminPoolId = made->id;
    }

    for (const DemoPerson& person : plan.people) {
        if (!client)
            co_return clientGone();
        const NewUser user{person.login, person.name, person.role, plan.password};
        const auto made = co_await client->createUser(user);
        if (!made && made.error().code != QLatin1String("user_exists"))
            co_return made.error();
    }
    co_return plan;
}

} // namespace seatwise
