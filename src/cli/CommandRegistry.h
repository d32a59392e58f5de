#pragma once

#include "cli/Command.h"
#include <QCoreApplication>

#include <memory>
#include <vector>

namespace seatwise {

// Every seatctl command, in the order --help lists them.
class CommandRegistry final {
    Q_DECLARE_TR_FUNCTIONS(CommandRegistry)

public:
    CommandRegistry();
    ~CommandRegistry();
    CommandRegistry(const CommandRegistry&) = delete;
    CommandRegistry& operator=(const CommandRegistry&) = delete;

    Command* find(const QString& name) const;
    // The whole `seatctl --help`: usage, commands, global options and exit codes.
    QString helpText() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace seatwise
