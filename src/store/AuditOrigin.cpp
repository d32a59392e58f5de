#include "AuditOrigin.h"

namespace seatwise {
namespace {
thread_local QHostAddress t_address;
} // namespace

AuditOrigin::AuditOrigin(QHostAddress address)
    : m_previous(std::exchange(t_address, std::move(address)))
{
}

AuditOrigin::~AuditOrigin()
{
    t_address = std::move(m_previous);
}

QString AuditOrigin::current()
{
    return t_address.isNull() ? QStringLiteral("") : words(t_address); // never NULL in the store
}

QString AuditOrigin::words(const QHostAddress& address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4).toString() : address.toString();
}

} // namespace seatwise
