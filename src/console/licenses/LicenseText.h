#pragma once

#include "core/Vocabulary.h"

#include <QStringList>

namespace seatwise::LicenseText {

// Words for people for named licenses (R15), in one place for the panel and its dialogs.
QStringList baseTypes();               // wire words, in the order the product lists them
QStringList addonCodes();              // the nine add-on codes, in the order the product lists them
QString typeName(const QString& type); // "Phone System", "IP Phone"; the code itself when unknown
QString status(LicenseStatus status);

} // namespace seatwise::LicenseText
