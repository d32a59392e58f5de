#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace seatwise {

// `seatctl licenses [filters]`: named licenses with their user, extension, number and add-ons (R15).
class LicensesCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(LicensesCommand)

public:
    LicensesCommand();
    QList<QCommandLineOption> options() const override;
    QCoro::Task<int> run(CliContext& context) override;
};

} // namespace seatwise
