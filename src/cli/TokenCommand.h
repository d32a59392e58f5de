#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace seatwise {

// `seatctl token --login LOGIN --password-stdin`: prints a user token, for scripts.
class TokenCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(TokenCommand)

public:
    TokenCommand();
    QCoro::Task<int> run(CliContext& context) override;
};

} // namespace seatwise
