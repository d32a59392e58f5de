#pragma once

#include "core/Clock.h"

#include <QHash>
#include <QString>

#include <deque>

namespace seatwise {

// Failed sign-ins counted per login and per address over a sliding window: once either reaches its
// limit, sign-ins for it wait (429 with Retry-After) until the oldest failure leaves the window. A
// right password clears the login's count; the address keeps its own, so one address cannot walk
// through many logins. Kept in memory per gateway process: a restart forgives, and several
// gateways behind a balancer each count what they see.
class LoginThrottle final {
public:
    struct Limits {
        int perLogin = 5;
        int perAddress = 50;
        qint64 windowMs = 15 * 60'000;
    };

    LoginThrottle(const Clock& clock, Limits limits)
        : m_clock(clock)
        , m_limits(limits)
    {
    }

    // 0 when a sign-in may be tried now, else the seconds to wait.
    int retryAfterS(const QString& login, const QString& address);
    void recordFailure(const QString& login, const QString& address);
    void recordSuccess(const QString& login);

private:
    using Failures = QHash<QString, std::deque<qint64>>;
    int waitFor(Failures& failures, const QString& key, int limit, qint64 nowMs) const;
    void add(Failures& failures, const QString& key, qint64 nowMs);

    const Clock& m_clock;
    Limits m_limits;
    Failures m_byLogin;
    Failures m_byAddress;
};

} // namespace seatwise
