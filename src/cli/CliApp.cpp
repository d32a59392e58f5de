#include "cli/CliApp.h"

#include "cli/CliContext.h"
#include "cli/CliOutput.h"
#include "cli/CommandRegistry.h"
#include "cli/ExitCode.h"
#include "cli/GlobalOptions.h"

#include <QCoreApplication>
#include <QCoroTask>

namespace seatwise::CliApp {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CliApp", text, disambiguation, n);
}

// The first word that is neither an option nor the value of a global option: global options come
// before the command, the command's own (and global ones again) after it.
qsizetype commandIndex(const QStringList& arguments)
{
    const QStringList withValues = GlobalOptions::withValues();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& word = arguments.at(i);
        if (word == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (!word.startsWith(u'-'))
            return i;
        const QString name = word.mid(word.startsWith(QLatin1String("--")) ? 2 : 1);
        if (withValues.contains(name))
            ++i; // its value follows
    }
    return -1;
}

QString commandHelp(const Command& command, const QCommandLineParser& parser)
{
    QString options = parser.helpText();
    options = options.mid(options.indexOf(QLatin1String("Options:")));
    return tr("Usage: seatctl %1\n\n%2\n\n").arg(command.synopsis(), command.summary()) + options;
}

} // namespace

int run(const QStringList& arguments)
{
    CommandRegistry registry;
    CliOutput out;
    const qsizetype at = commandIndex(arguments);
    if (at < 0) {
        if (arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"))) {
            out.line(QStringLiteral("seatctl ") + QCoreApplication::applicationVersion());
            return ExitOk;
        }
        if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
            out.print(registry.helpText());
            return ExitOk;
        }
        return out.usageError(tr("no command given"));
    }
    Command* command = registry.find(arguments.at(at));
    if (!command)
        return out.usageError(tr("unknown command \"%1\"").arg(arguments.at(at)));

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(GlobalOptions::all());
    parser.addOptions(command->options());
    if (!parser.parse(arguments))
        return out.usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out.print(commandHelp(*command, parser));
        return ExitOk;
    }
    out.setJson(parser.isSet(QStringLiteral("json")));
    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // the command word
    CliContext context(parser, positional, out);
    if (const QString problem = context.validate(); !problem.isEmpty())
        return out.usageError(problem);
    return QCoro::waitFor(command->run(context));
}

} // namespace seatwise::CliApp
