#pragma once

#include <QString>

namespace seatwise::PasswordReader {

// One line from stdin, without its line end. On a terminal (and unless `silent`) it prompts on stderr
// and turns the echo off, so the password never shows on screen, in the shell history or in `ps`.
QString readLine(const QString& prompt, bool silent);

} // namespace seatwise::PasswordReader
