#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace seatwise {

// `seatctl import FILE [--dry-run]`: CSV mass configuration (R16), every bad row printed.
class ImportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand();
    QList<QCommandLineOption> options() const override;
    QCoro::Task<int> run(CliContext& context) override;
};

} // namespace seatwise
