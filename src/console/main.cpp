#include "console/CommandLine.h"
#include "console/ConsoleStartup.h"
#include "console/MainWindow.h"
#include "console/Translations.h"

#include <QApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication::setOrganizationName(QStringLiteral("Seatwise"));
    QApplication::setOrganizationDomain(QStringLiteral("seatwise.app"));
    QApplication::setApplicationName(QStringLiteral("seatwise"));
    QApplication::setApplicationDisplayName(QStringLiteral("Seatwise"));
    QApplication::setApplicationVersion(QStringLiteral(SEATWISE_VERSION));

    // Parsed before QApplication exists, so --help and --version work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const auto parsed = seatwise::CommandLine::parse(arguments);
    if (const auto* exit = std::get_if<seatwise::CommandLine::Exit>(&parsed)) {
        std::fputs(qPrintable(exit->text), exit->code == 0 ? stdout : stderr);
        return exit->code;
    }

    QApplication app(argc, argv);
    // Before any window: texts are translated when widgets are built.
    seatwise::Translations::installChosen();

    seatwise::MainWindow window;
    seatwise::ConsoleStartup startup(std::get<seatwise::ConsoleOptions>(parsed));
    QObject::connect(&startup, &seatwise::ConsoleStartup::progress, &window, &seatwise::MainWindow::showProgress);
    QObject::connect(&startup, &seatwise::ConsoleStartup::failed, &window, &seatwise::MainWindow::showFailure);
    QObject::connect(&startup, &seatwise::ConsoleStartup::clientReady, &window, &seatwise::MainWindow::attach);
    window.openCache(startup.dataDir(), QStringLiteral("embedded"));
    window.show();
    startup.start();
    return QApplication::exec();
}
