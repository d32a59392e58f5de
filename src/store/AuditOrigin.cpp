#include "AuditOrigin.h"

namespace seatwise {
namespace {
thread_local QString t_address;
} // namespace

AuditOrigin::AuditOrigin(QString address)
    : m_previous(std::exchange(t_address, std::move(address)))
{
}

AuditOrigin::~AuditOrigin()
{
    t_address = std::move(m_previous);
}

QString AuditOrigin::current()
{
    return t_address.isNull() ? QStringLiteral("") : t_address; // never NULL in the store
}

} // namespace seatwise
