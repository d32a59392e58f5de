#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace seatwise::Translations {

struct Language {
    QString code; // as in translations/seatwise_<code>.ts: "de", "pt_BR"
    QString name; // in the language itself, so a reader finds theirs whatever is shown now
};

// The languages the console ships, English first.
const QList<Language>& available();

// The language to show: `chosen` when the console has it, otherwise the first of `uiLanguages`
// (QLocale::uiLanguages() spelling, "de-DE") it has, by exact code or by language alone, otherwise
// English.
QString resolve(const QString& chosen, const QStringList& uiLanguages);

// Installs the console's translator and, when Qt's own are present, Qt's for `chosen` ("" = follow
// the system), replacing those installed before. Returns the language code now shown.
QString install(const QString& chosen);

// What main() does: install() for the language stored in the console's settings.
QString installChosen();

} // namespace seatwise::Translations
