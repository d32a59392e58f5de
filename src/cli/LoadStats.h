#pragma once

#include "cli/LatencyHistogram.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace seatwise {

// What a load run measured: requests by kind, failures by kind ("409 no_license_available",
// "timeout", "overrun", ...), and the latencies by kind for the percentiles.
class LoadStats final {
    Q_DECLARE_TR_FUNCTIONS(LoadStats)

public:
    enum class Kind { Login, Heartbeat, Logout };

    void answered(Kind kind, qint64 latencyUs);
    void failed(Kind kind, qint64 latencyUs, const QString& why);
    // A failure that was no request: an agent due while its previous request still waited, or one left
    // logged in when the run had to give up.
    void problem(const QString& why);

    qint64 requests() const { return m_requests; }
    qint64 errors() const { return m_errors; }
    qint64 ok(Kind kind) const { return m_ok[int(kind)]; }
    // Latency percentile in ms over every request so far, or over one kind (0 when none).
    double percentileMs(double fraction) const;
    double percentileMs(double fraction, Kind kind) const;

    // "12 s: 3400 requests, 0 errors, 200 agents online; last 5 s: 285 req/s, p99 4.1 ms" (and starts the
    // next window)
    QString takeProgressLine(double elapsedS, int online);
    QString summaryText(double elapsedS) const;
    QJsonObject summaryJson(double elapsedS) const;

private:
    qint64 m_requests = 0;
    qint64 m_errors = 0;
    qint64 m_byKind[3] = {0, 0, 0};
    qint64 m_ok[3] = {0, 0, 0};
    QMap<QString, qint64> m_errorsByKind;
    LatencyHistogram m_latencies[3];
    LatencyHistogram m_window; // since the last progress line
    qint64 m_windowRequests = 0;
    double m_windowStartS = 0;
};

} // namespace seatwise
