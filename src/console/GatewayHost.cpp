#include "console/GatewayHost.h"

#include "gateway/Gateway.h"

namespace seatwise {

GatewayHost::GatewayHost(GatewayOptions options)
    : m_options(std::move(options))
{
}

GatewayHost::~GatewayHost() = default;

void GatewayHost::start()
{
    auto gateway = std::make_unique<Gateway>(m_options);
    const Status status = gateway->start();
    if (!status) {
        Q_EMIT failed(status.error().message);
        return;
    }
    m_gateway = std::move(gateway);
    Q_EMIT started(m_gateway->port(), m_gateway->apiBaseUrl());
}

void GatewayHost::stop()
{
    if (!m_gateway)
        return;
    m_gateway->stop();
    m_gateway.reset();
}

} // namespace seatwise
