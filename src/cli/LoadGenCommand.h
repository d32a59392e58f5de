#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace seatwise {

// `seatctl loadgen --agents N --interval S --duration D ...`: simulated agents against one gateway.
class LoadGenCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(LoadGenCommand)

public:
    LoadGenCommand();
    QList<QCommandLineOption> options() const override;
    QCoro::Task<int> run(CliContext& context) override;
};

} // namespace seatwise
