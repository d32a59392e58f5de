#pragma once

#include "client/ClientError.h"

#include <QUrl>

namespace seatwise::ErrorMessage {

// One line for people that says what went wrong and what to fix, e.g. for a 401 "the gateway refused
// the token: check --token or SEATWISE_TOKEN". The gateway's own message is kept where it has one.
QString describe(const ClientError& error, const QUrl& gateway);

// The exit code of a failed call (see ExitCode.h).
int exitCode(const ClientError& error);

} // namespace seatwise::ErrorMessage
