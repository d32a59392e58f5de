#pragma once

#include "client/AccountInfo.h"
#include "client/ClientResult.h"
#include "client/PoolInfo.h"
#include "client/RightSizingInfo.h"
#include "client/SeatOrderInfo.h"

#include <QCoroTask>
#include <QList>

namespace seatwise {

class GatewayClient;

// A pool with what its seat orders cost (R14): GET /pools answers price_cents and
// activation_delay_s, which PoolInfo does not keep (yet).
struct PricedPool {
    PoolInfo pool;
    qint64 priceCents = 0;      // per seat-month
    int activationDelayS = 300; // how long after an order added seats start

    static ClientResult<PricedPool> fromJson(const QJsonValue& value);
};

// The planning calls (R14 seat orders, R18 right-sizing) on top of GatewayClient::call(). Errors
// carry the gateway's code and message. The client must outlive the call.
namespace PlanningCalls {

// GET /pools, with each pool's price and activation delay.
QCoro::Task<ClientResult<QList<PricedPool>>> pricedPools(GatewayClient& client);
// GET /pools/{id}/right-sizing with the query's parameters.
QCoro::Task<ClientResult<RightSizingInfo>> rightSizing(GatewayClient& client, QString poolId, RightSizingQuery query);
// GET /pools/{id}/seat-orders, newest first.
QCoro::Task<ClientResult<QList<SeatOrderInfo>>> seatOrders(GatewayClient& client, QString poolId);
// POST /pools/{id}/seat-orders {delta}: +N adds seats, -N removes them.
QCoro::Task<ClientResult<SeatOrderInfo>> placeSeatOrder(GatewayClient& client, QString poolId, int delta);
// DELETE /pools/{id}/seat-orders/{order}: the order, now cancelled.
QCoro::Task<ClientResult<SeatOrderInfo>> cancelSeatOrder(GatewayClient& client, QString poolId, QString orderId);
// GET /account
QCoro::Task<ClientResult<AccountInfo>> account(GatewayClient& client);

} // namespace PlanningCalls
} // namespace seatwise
