#pragma once

#include "client/ClientResult.h"
#include "client/LicenseFilter.h"
#include "client/LicenseInfo.h"
#include "client/NamedPoolInfo.h"
#include "client/UserInfo.h"

#include <QCoroTask>
#include <QList>

namespace seatwise {

class GatewayClient;

// The named-license calls (R15) and the listings their dialogs need, on top of
// GatewayClient::call(). Errors carry the gateway's code and message. The client must outlive
// the call.
namespace LicenseCalls {

// GET /licenses with the filter's query.
QCoro::Task<ClientResult<QList<LicenseInfo>>> licenses(GatewayClient& client, LicenseFilter filter = {});
// GET /users (managers and owners), by login.
QCoro::Task<ClientResult<QList<UserInfo>>> users(GatewayClient& client);
// GET /pools, only the named ones, with their license type and counts.
QCoro::Task<ClientResult<QList<NamedPoolInfo>>> namedPools(GatewayClient& client);
// POST /licenses/{id}/assign {user, extension?, number?}; empty extension or number are left out.
QCoro::Task<ClientResult<LicenseInfo>> assign(GatewayClient& client, QString licenseId, QString user,
                                              QString extension = {}, QString number = {});
// POST /licenses/{id}/reassign {user}
QCoro::Task<ClientResult<LicenseInfo>> reassign(GatewayClient& client, QString licenseId, QString user);
// POST /licenses/{id}/unassign
QCoro::Task<ClientResult<LicenseInfo>> unassign(GatewayClient& client, QString licenseId);
// POST /licenses/{id}/addons {code}
QCoro::Task<ClientResult<LicenseInfo>> attachAddon(GatewayClient& client, QString licenseId, QString code);
// DELETE /licenses/{id}/addons/{code}
QCoro::Task<ClientResult<LicenseInfo>> detachAddon(GatewayClient& client, QString licenseId, QString code);

} // namespace LicenseCalls
} // namespace seatwise
