#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace seatwise {

// `seatctl assign LICENSE|--pool POOL --user LOGIN [--extension E] [--number N]`: assigns a license (R15).
class AssignCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(AssignCommand)

public:
    AssignCommand();
    QList<QCommandLineOption> options() const override;
    QCoro::Task<int> run(CliContext& context) override;
};

} // namespace seatwise
