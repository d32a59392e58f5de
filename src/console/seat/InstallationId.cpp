#include "console/seat/InstallationId.h"

#include <QSettings>
#include <QUuid>

namespace seatwise::InstallationId {
namespace {
const QString kInstallationId = QStringLiteral("console/installationId");
} // namespace

QString get()
{
    QSettings settings;
    QString id = settings.value(kInstallationId).toString();
    if (id.isEmpty()) {
        id = QStringLiteral("console-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(kInstallationId, id);
    }
    return id;
}

} // namespace seatwise::InstallationId
