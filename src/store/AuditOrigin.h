#pragma once

#include <QHostAddress>
#include <QString>

namespace seatwise {

// Where the request being handled came from (the caller's address), for the audit trail (R20).
// The gateway sets it around each request; one thread handles them all, one at a time, so a
// thread-local is exact. AuditRepo::append records it; outside a request (the reaper, billing)
// it is empty.
class AuditOrigin final {
public:
    explicit AuditOrigin(QHostAddress address); // put in words only when an event is written
    ~AuditOrigin();
    Q_DISABLE_COPY_MOVE(AuditOrigin)

    static QString current();
    // "127.0.0.1", "::1": an IPv4-mapped IPv6 address in its IPv4 form, as people read it.
    static QString words(const QHostAddress& address);

private:
    QHostAddress m_previous;
};

} // namespace seatwise
