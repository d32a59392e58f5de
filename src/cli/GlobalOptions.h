#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

namespace seatwise::GlobalOptions {

// The options every command takes: --gateway, --token, --login, --password-stdin, --json, --timeout,
// --pin-sha256, --help, --version.
QList<QCommandLineOption> all();
// The names of those that take a value, so the command word can be found behind them.
QStringList withValues();
// The gateway URL when neither --gateway nor SEATWISE_GATEWAY says otherwise.
QString defaultGateway();

} // namespace seatwise::GlobalOptions
