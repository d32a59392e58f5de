#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace seatwise {

// `seatctl right-size --pool POOL [...]`: the recommended seat count and its evidence (R18).
class RightSizeCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(RightSizeCommand)

public:
    RightSizeCommand();
    QList<QCommandLineOption> options() const override;
    QCoro::Task<int> run(CliContext& context) override;
};

} // namespace seatwise
