#pragma once

#include "console/ConsoleOptions.h"

#include <QStringList>
#include <variant>

namespace seatwise::CommandLine {

// Parses the console's arguments. Answers the options, or the text to print and the exit code
// when the program should stop instead (--help, --version, a bad value).
struct Exit {
    QString text;
    int code = 0;
};
std::variant<ConsoleOptions, Exit> parse(const QStringList& arguments);

} // namespace seatwise::CommandLine
