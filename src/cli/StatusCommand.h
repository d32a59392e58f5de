#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace seatwise {

// `seatctl status`: every pool's seats in use and free, and how many sessions are inactive.
class StatusCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    StatusCommand();
    QCoro::Task<int> run(CliContext& context) override;
};

} // namespace seatwise
