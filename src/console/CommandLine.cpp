#include "console/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace seatwise::CommandLine {
namespace {
// lupdate files these tr() calls under the namespace's qualified name, so translate under that context.
QString tr(const char* text)
{
    return QCoreApplication::translate("seatwise::CommandLine", text);
}
} // namespace

std::variant<ConsoleOptions, Exit> parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Seatwise console: live seat pools and sessions of a license gateway."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Seed demo pools and users and run simulated agents in the embedded gateway."));
    const QCommandLineOption port(QStringLiteral("gateway-port"),
                                  tr("Port of the embedded gateway on 127.0.0.1 (0: any free port)."), tr("port"),
                                  QStringLiteral("8640"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     tr("Folder for the embedded gateway's database and token."), tr("dir"));
    parser.addOptions({demo, port, dataDir});

    // No QCoreApplication exists yet, so the parser cannot name the program itself.
    const auto helpText = [&parser] {
        return parser.helpText().replace(QLatin1String("<executable_name>"), QLatin1String("seatwise"));
    };
    if (!parser.parse(arguments))
        return Exit{parser.errorText() + QLatin1Char('\n') + helpText(), 2};
    if (parser.isSet(help))
        return Exit{helpText(), 0};
    if (parser.isSet(version))
        return Exit{QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion() +
                        QLatin1Char('\n'),
                    0};

    ConsoleOptions options;
    options.demo = parser.isSet(demo);
    bool ok = false;
    const uint value = parser.value(port).toUInt(&ok);
    if (!ok || value > 65535)
        return Exit{tr("--gateway-port needs a number from 0 to 65535.\n"), 2};
    options.gatewayPort = quint16(value);
    options.dataDir = parser.value(dataDir);
    return options;
}

} // namespace seatwise::CommandLine
