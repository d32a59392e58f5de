#pragma once

namespace seatwise {

// seatctl's exit codes; docs/cli.md and `seatctl --help` list the same table. Scripts branch on them,
// so a number keeps its meaning once released.
enum ExitCode : int {
    ExitOk = 0,
    ExitRefused = 1,     // the gateway answered 4xx (wrong token, not permitted, conflict, unknown id)
    ExitUsage = 2,       // bad arguments, unreadable file, no credentials given
    ExitUnreachable = 3, // no answer: connection refused, unknown host, timeout
    ExitInvalidRows = 4, // import: the file has bad rows (dry run or apply; nothing was written)
    ExitServerError = 5, // the gateway answered 5xx or something that does not follow the contract
    ExitLoadErrors = 6,  // loadgen: at least one request failed
    ExitInterrupted = 130,
};

} // namespace seatwise
