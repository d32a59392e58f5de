#pragma once

#include "client/ClientResult.h"
#include "core/RightSizing.h"

#include <QJsonValue>
#include <QList>
#include <QUrlQuery>

namespace seatwise {

// The what-if parameters of GET /pools/{id}/right-sizing (R18); the defaults are the gateway's,
// except the peak: the console starts from the 95th percentile, which ignores one-off spikes.
struct RightSizingQuery {
    int windowDays = 90;
    PeakChoice peak = PeakChoice::P95;
    double buffer = 0.15; // 0.10-0.20
    int growthMonths = 6; // 6 or 12

    QUrlQuery toUrlQuery() const;
    bool operator==(const RightSizingQuery&) const = default;

    // "max", "p95", "p99": the wire words of `peak`.
    static QString peakWord(PeakChoice peak);
};

// The gateway's recommendation with its evidence, as GET /pools/{id}/right-sizing answers it.
struct RightSizingInfo {
    int recommendedSeats = 0;
    int currentSeats = 0;
    double peak = 0;   // the chosen P, in seats
    double buffer = 0; // fraction, 0.15
    double growth = 0; // fraction over the growth months, 0.08
    int denials = 0;
    double utilisation = 0; // fraction of the seats in use on average
    double idleSeatHours = 0;
    QList<int> busiestHoursUtc;
    int windowDays = 0;
    int daysWithData = 0;
    QString explanation;

    static ClientResult<RightSizingInfo> fromJson(const QJsonValue& value);
};

} // namespace seatwise
