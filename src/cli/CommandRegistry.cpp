#include "cli/CommandRegistry.h"

#include "cli/AgentCommand.h"
#include "cli/AssignCommand.h"
#include "cli/GlobalOptions.h"
#include "cli/ImportCommand.h"
#include "cli/LicensesCommand.h"
#include "cli/LoadGenCommand.h"
#include "cli/RightSizeCommand.h"
#include "cli/SessionsCommand.h"
#include "cli/SignOutCommand.h"
#include "cli/StatusCommand.h"
#include "cli/TokenCommand.h"
#include "cli/UsageCommand.h"

#include <QCoreApplication>

namespace seatwise {
CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<SessionsCommand>());
    m_commands.push_back(std::make_unique<SignOutCommand>());
    m_commands.push_back(std::make_unique<LicensesCommand>());
    m_commands.push_back(std::make_unique<AssignCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<UsageCommand>());
    m_commands.push_back(std::make_unique<RightSizeCommand>());
    m_commands.push_back(std::make_unique<TokenCommand>());
    m_commands.push_back(std::make_unique<AgentCommand>());
    m_commands.push_back(std::make_unique<LoadGenCommand>());
}

CommandRegistry::~CommandRegistry() = default;

Command* CommandRegistry::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CommandRegistry::helpText() const
{
    QString text = tr("Usage: seatctl [global options] COMMAND [options]\n\n"
                      "Admin operations on a Seatwise gateway for scripts and cron, an agent simulator and a "
                      "load generator.\n\nCommands:\n");
    for (const auto& command : m_commands)
        text += QStringLiteral("  %1%2\n").arg(command->name().leftJustified(12), command->summary());
    text += tr("\nGlobal options:\n");
    for (const QCommandLineOption& option : GlobalOptions::all()) {
        QString names = QStringLiteral("--") + option.names().constLast();
        if (!option.valueName().isEmpty())
            names += QStringLiteral(" ") + option.valueName().toUpper();
        text += QStringLiteral("  %1%2\n").arg(names.leftJustified(22), option.description());
    }
    text += tr("\nExit codes:\n"
               "  0    success\n"
               "  1    the gateway refused (4xx: wrong token, not permitted, conflict, unknown id or pool)\n"
               "  2    usage error (bad arguments, unreadable file, no credentials)\n"
               "  3    the gateway cannot be reached or did not answer in time\n"
               "  4    import: the file has bad rows (nothing was written)\n"
               "  5    the gateway failed (5xx) or sent an answer seatctl does not understand\n"
               "  6    loadgen: at least one request failed\n"
               "  130  interrupted (SIGINT) before the end\n"
               "\n'seatctl COMMAND --help' shows a command's options. See docs/cli.md.\n");
    return text;
}

} // namespace seatwise
