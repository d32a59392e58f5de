#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace seatwise {

// `seatctl usage [--csv] [--pool --from --to --step]`: usage points (R17), as a table or CSV.
class UsageCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(UsageCommand)

public:
    UsageCommand();
    QList<QCommandLineOption> options() const override;
    QCoro::Task<int> run(CliContext& context) override;
};

} // namespace seatwise
