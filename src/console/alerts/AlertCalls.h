#pragma once

#include "client/ClientResult.h"

#include <QCoroTask>

namespace seatwise {

class GatewayClient;

// The calls the alert monitor needs beyond GatewayClient's own (usage() and pools() are there), on
// top of GatewayClient::call(). The client must outlive the call.
namespace AlertCalls {

// GET /account/ppu: the pay-per-use minutes left (managers and owners).
QCoro::Task<ClientResult<qint64>> payPerUseMinutes(GatewayClient& client);

} // namespace AlertCalls
} // namespace seatwise
