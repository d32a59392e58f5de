#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace seatwise {

// `seatctl sign-out --inactive|--ids ID,...|--all [--pool POOL]`: ends sessions without asking (R9, R10).
class SignOutCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(SignOutCommand)

public:
    SignOutCommand();
    QList<QCommandLineOption> options() const override;
    QCoro::Task<int> run(CliContext& context) override;
};

} // namespace seatwise
