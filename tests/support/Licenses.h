#pragma once

#include "Seatwise.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace seatwise::test {

// Named pools, license listings and CSV uploads (R15, R16) on top of a running Seatwise.
class Licenses final {
public:
    explicit Licenses(Seatwise& sw)
        : m_sw(sw)
    {
    }

    // A named base pool ("phone_system" unless baseType says otherwise) with that many licenses.
    QJsonObject basePool(int seats, const QString& baseType = {});
    // A named add-on pool of that code with that many licenses.
    QJsonObject addonPool(const QString& code, int seats);

    // GET /licenses + query ("?pool=..."), as the owner; fails the test on anything but 200.
    QJsonArray list(const QString& query = {});
    // The ids of GET /licenses?pool=<pool>, in the listed order.
    QStringList ids(const QString& poolId);
    // The license as GET /licenses lists it (empty when not listed).
    QJsonObject byId(const QString& id);
    // The add-on codes attached to a license, sorted.
    static QStringList addonCodes(const QJsonObject& license);
    // {seats, total, assigned, in_use, available} of a pool as GET /pools shows them, "s/t/a/u/v".
    QString counts(const QString& poolId);

    Reply assign(const QString& id, const QJsonObject& body);
    Reply act(const QString& id, const QString& action, const QJsonObject& body = {});

    // POST /licenses/mass-config with a text/csv body (dryRun adds ?dry_run=1).
    Reply massConfig(const QByteArray& csv, bool dryRun, const QString& token = {});

    // A user with that exact login and display name (the CSV names users by either).
    User namedUser(const QString& login, const QString& name, const QString& role = QStringLiteral("agent"));

private:
    Seatwise& m_sw;
};

} // namespace seatwise::test
