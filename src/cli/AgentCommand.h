#pragma once

#include "cli/Command.h"

#include <QCoreApplication>

namespace seatwise {

struct LoginRequest;

// `seatctl agent login|heartbeat|logout|run`: a client's side of a session, for testing clients and
// pools by hand. Credentials: --client-key (anonymous pool), --login (password on stdin) or a user token.
class AgentCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(AgentCommand)

public:
    AgentCommand();
    QList<QCommandLineOption> options() const override;
    QCoro::Task<int> run(CliContext& context) override;

private:
    static QCoro::Task<int> login(CliContext& context);
    static QCoro::Task<int> heartbeat(CliContext& context);
    static QCoro::Task<int> logout(CliContext& context);
    // The login body from the options; answers false after a usage error was reported.
    static bool loginRequest(CliContext& context, LoginRequest& request);
};

} // namespace seatwise
