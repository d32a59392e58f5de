#include "cli/LoadStats.h"

#include <QCoreApplication>

namespace seatwise {
namespace {

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1) + QStringLiteral(" ms");
}

} // namespace

void LoadStats::answered(Kind kind, qint64 latencyUs)
{
    ++m_requests;
    ++m_byKind[int(kind)];
    ++m_ok[int(kind)];
    m_latencies[int(kind)].add(latencyUs);
    m_window.add(latencyUs);
}

void LoadStats::failed(Kind kind, qint64 latencyUs, const QString& why)
{
    ++m_requests;
    ++m_byKind[int(kind)];
    m_latencies[int(kind)].add(latencyUs);
    m_window.add(latencyUs);
    problem(why);
}

void LoadStats::problem(const QString& why)
{
    ++m_errors;
    ++m_errorsByKind[why];
}

double LoadStats::percentileMs(double fraction) const
{
    LatencyHistogram all;
    for (const LatencyHistogram& kind : m_latencies)
        all.add(kind);
    return all.percentileMs(fraction);
}

double LoadStats::percentileMs(double fraction, Kind kind) const
{
    return m_latencies[int(kind)].percentileMs(fraction);
}

QString LoadStats::takeProgressLine(double elapsedS, int online)
{
    const double window = elapsedS - m_windowStartS;
    const QString line =
        tr("%1 s: %2 requests, %3 errors, %4 agents online; last %5 s: %6 req/s, p99 %7")
            .arg(QString::number(elapsedS, 'f', 0))
            .arg(m_requests)
            .arg(m_errors)
            .arg(online)
            .arg(QString::number(window, 'f', 0))
            .arg(QString::number(window > 0 ? double(m_requests - m_windowRequests) / window : 0, 'f', 0))
            .arg(ms(m_window.percentileMs(0.99)));
    m_window.clear();
    m_windowRequests = m_requests;
    m_windowStartS = elapsedS;
    return line;
}

QString LoadStats::summaryText(double elapsedS) const
{
    QString text = tr("requests   %1 (login %2, heartbeat %3, logout %4)\n")
                       .arg(m_requests)
                       .arg(m_byKind[0])
                       .arg(m_byKind[1])
                       .arg(m_byKind[2]);
    text += tr("errors     %1\n").arg(m_errors);
    for (auto it = m_errorsByKind.cbegin(); it != m_errorsByKind.cend(); ++it)
        text += QStringLiteral("  %1  %2\n").arg(it.key()).arg(it.value());
    text += tr("latency    p50 %1, p99 %2, max %3 (heartbeats: p50 %4, p99 %5)\n")
                .arg(ms(percentileMs(0.5)), ms(percentileMs(0.99)), ms(percentileMs(1.0)),
                     ms(percentileMs(0.5, Kind::Heartbeat)), ms(percentileMs(0.99, Kind::Heartbeat)));
    text += tr("rate       %1 req/s over %2 s\n")
                .arg(QString::number(elapsedS > 0 ? double(m_requests) / elapsedS : 0, 'f', 1),
                     QString::number(elapsedS, 'f', 1));
    return text;
}

QJsonObject LoadStats::summaryJson(double elapsedS) const
{
    QJsonObject errors;
    for (auto it = m_errorsByKind.cbegin(); it != m_errorsByKind.cend(); ++it)
        errors.insert(it.key(), it.value());
    return {{QStringLiteral("requests"), m_requests},
            {QStringLiteral("by_kind"), QJsonObject{{QStringLiteral("login"), m_byKind[0]},
                                                    {QStringLiteral("heartbeat"), m_byKind[1]},
                                                    {QStringLiteral("logout"), m_byKind[2]}}},
            {QStringLiteral("errors"), m_errors},
            {QStringLiteral("errors_by_kind"), errors},
            {QStringLiteral("latency_ms"),
             QJsonObject{{QStringLiteral("p50"), percentileMs(0.5)},
                         {QStringLiteral("p99"), percentileMs(0.99)},
                         {QStringLiteral("max"), percentileMs(1.0)},
                         {QStringLiteral("heartbeat_p50"), percentileMs(0.5, Kind::Heartbeat)},
                         {QStringLiteral("heartbeat_p99"), percentileMs(0.99, Kind::Heartbeat)}}},
            {QStringLiteral("elapsed_s"), elapsedS},
            {QStringLiteral("req_per_s"), elapsedS > 0 ? double(m_requests) / elapsedS : 0},
            {QStringLiteral("logged_in"), m_ok[0]},
            {QStringLiteral("logged_out"), m_ok[2]}};
}

} // namespace seatwise
