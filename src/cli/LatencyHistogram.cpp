#include "cli/LatencyHistogram.h"

#include <algorithm>
#include <cmath>

namespace seatwise {
namespace {

const double kLogStep = std::log(1.02);

} // namespace

void LatencyHistogram::add(qint64 latencyUs)
{
    const qint64 us = std::max<qint64>(latencyUs, 1);
    const int bucket = std::min(kBuckets - 1, int(std::log(double(us)) / kLogStep));
    ++m_buckets[size_t(bucket)];
    ++m_count;
    m_maxUs = std::max(m_maxUs, us);
}

void LatencyHistogram::add(const LatencyHistogram& other)
{
    for (size_t i = 0; i < m_buckets.size(); ++i)
        m_buckets[i] += other.m_buckets[i];
    m_count += other.m_count;
    m_maxUs = std::max(m_maxUs, other.m_maxUs);
}

double LatencyHistogram::percentileMs(double fraction) const
{
    if (m_count == 0)
        return 0;
    // Nearest rank: the smallest bucket holding at least that share of the samples.
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(fraction * double(m_count))));
    qint64 seen = 0;
    for (size_t i = 0; i < m_buckets.size(); ++i) {
        seen += m_buckets[i];
        if (seen >= rank) {
            if (i + 1 == m_buckets.size())
                break; // the last bucket is open-ended: its edge is the largest sample
            const double upperUs = std::exp(double(i + 1) * kLogStep);
            return std::min(upperUs, double(m_maxUs)) / 1000.0; // never above the largest seen
        }
    }
    return double(m_maxUs) / 1000.0;
}

} // namespace seatwise
