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
    if (t_address.isNull())
        return QStringLiteral(""); // never NULL in the store
    bool mapped = false;
    const quint32 v4 = t_address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4).toString() : t_address.toString();
}

} // namespace seatwise
