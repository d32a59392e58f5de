#pragma once

#include <QtGlobal>

namespace seatwise {

// Milliseconds since the Unix epoch, UTC. Every rule takes its "now" from a Clock so tests can move time.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
};

// A clock that stands still until told to move; for tests and simulations.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs)
        : m_nowMs(startMs)
    {
    }
    qint64 nowMs() const override { return m_nowMs; }
    void setNowMs(qint64 ms) { m_nowMs = ms; }
    void advanceMs(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs;
};

} // namespace seatwise
