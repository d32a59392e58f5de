#pragma once

#include "client/LoginRequest.h"

#include <QCoroTask>

namespace seatwise {

class CliContext;

// `seatctl agent run`: logs in, heartbeats at the interval the gateway returned, and logs out after
// `seconds` (0: until SIGINT/SIGTERM) or on a signal. Answers the exit code.
QCoro::Task<int> runAgent(CliContext& context, LoginRequest request, int seconds, bool active);

} // namespace seatwise
