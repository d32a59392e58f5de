#pragma once

#include <QString>
#include <optional>

namespace seatwise::IsoTime {

// ISO 8601 UTC with a trailing Z and whole seconds, as the wire contract prints times.
QString format(qint64 msSinceEpoch);
// Accepts any ISO 8601 date-time with an offset or Z; nullopt when it does not parse.
std::optional<qint64> parse(const QString& text);

} // namespace seatwise::IsoTime
