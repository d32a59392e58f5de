#pragma once

namespace seatwise::StopSignal {

// Catches SIGINT and SIGTERM so that long runs (agent run, loadgen) log their sessions out before they
// exit; a second signal ends the process at once. Polled: the handler only sets a flag.
void install();
bool requested();

} // namespace seatwise::StopSignal
