#include "LoginThrottle.h"

#include <algorithm>

namespace seatwise {
namespace {

QString loginKey(const QString& login)
{
    return login.trimmed().toCaseFolded();
}

// Past this many keys, entries with no failure left in the window are dropped: memory stays bounded
// however many logins and addresses try.
constexpr qsizetype PruneAbove = 10'000;

} // namespace

int LoginThrottle::waitFor(Failures& failures, const QString& key, int limit, qint64 nowMs) const
{
    auto it = failures.find(key);
    if (it == failures.end())
        return 0;
    std::deque<qint64>& times = it.value();
    while (!times.empty() && times.front() <= nowMs - m_limits.windowMs)
        times.pop_front();
    if (times.empty()) {
        failures.erase(it);
        return 0;
    }
    if (qsizetype(times.size()) < limit)
        return 0;
    // The oldest failure that must leave the window for the count to drop below the limit.
    const qint64 freesAt = times[times.size() - size_t(limit)] + m_limits.windowMs;
    return int(std::max<qint64>(1, (freesAt - nowMs + 999) / 1000));
}

int LoginThrottle::retryAfterS(const QString& login, const QString& address)
{
    const qint64 now = m_clock.nowMs();
    return std::max(waitFor(m_byLogin, loginKey(login), m_limits.perLogin, now),
                    waitFor(m_byAddress, address, m_limits.perAddress, now));
}

void LoginThrottle::add(Failures& failures, const QString& key, qint64 nowMs)
{
    if (failures.size() > PruneAbove)
        failures.removeIf([&](const auto& entry) {
            return entry.value().empty() || entry.value().back() <= nowMs - m_limits.windowMs;
        });
    failures[key].push_back(nowMs);
}

void LoginThrottle::recordFailure(const QString& login, const QString& address)
{
    const qint64 now = m_clock.nowMs();
    add(m_byLogin, loginKey(login), now);
    add(m_byAddress, address, now);
}

void LoginThrottle::recordSuccess(const QString& login)
{
    m_byLogin.remove(loginKey(login));
}

} // namespace seatwise
