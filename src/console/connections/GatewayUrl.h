#pragma once

#include <QString>
#include <QUrl>

namespace seatwise::GatewayUrl {

// Parses what a user typed as a gateway's address: http or https, a host and a port. Answers an
// empty string when it is fine, else one sentence saying what is wrong.
QString problem(const QString& text);

// The URL for a text that problem() accepted (trimmed, without a trailing slash).
QUrl parse(const QString& text);

} // namespace seatwise::GatewayUrl
