#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace seatwise {

// `seatctl sessions [--inactive] [--pool POOL]`: open sessions, the inactive ones marked (R7).
class SessionsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(SessionsCommand)

public:
    SessionsCommand();
    QList<QCommandLineOption> options() const override;
    QCoro::Task<int> run(CliContext& context) override;
};

} // namespace seatwise
