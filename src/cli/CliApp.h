#pragma once

#include <QStringList>

namespace seatwise::CliApp {

// seatctl from its arguments (argv as a list) to its exit code: finds the command, parses the global
// options and the command's, and runs it to the end.
int run(const QStringList& arguments);

} // namespace seatwise::CliApp
