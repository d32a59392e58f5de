#pragma once

#include <QtGlobal>

#include <array>

namespace seatwise {

// Latencies in buckets 2 % wide (1 us to about 2 minutes, longer ones share the last bucket), so that a day of load at
// 500 req/s takes a few kilobytes instead of a sample per request; percentiles are within 2 % of the exact ones.
class LatencyHistogram final {
public:
    void add(qint64 latencyUs);
    void add(const LatencyHistogram& other);
    void clear() { *this = LatencyHistogram(); }

    qint64 count() const { return m_count; }
    // The latency at that fraction (0.5, 0.99, 1.0) in ms: the upper edge of its bucket; 0 when empty.
    double percentileMs(double fraction) const;

private:
    static constexpr int kBuckets = 940; // 1.02^940 us is about 120 s
    std::array<qint64, kBuckets> m_buckets{};
    qint64 m_count = 0;
    qint64 m_maxUs = 0;
};

} // namespace seatwise
