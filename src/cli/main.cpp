#include "cli/CliApp.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("seatctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Seatwise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEATWISE_VERSION));
    return seatwise::CliApp::run(QCoreApplication::arguments());
}
