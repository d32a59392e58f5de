#include "console/Translations.h"

#include "console/ConsoleSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace seatwise::Translations {
namespace {

const QString kConsoleTranslator = QStringLiteral("seatwiseConsoleTranslator");
const QString kQtTranslator = QStringLiteral("seatwiseQtTranslator");

QString languageOf(const QString& code)
{
    return code.section(QLatin1Char('_'), 0, 0);
}

// The translators hang off the application under known names, so a second install() finds and
// replaces them without a global.
void replace(const QString& name, QTranslator* translator)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (auto* old = app->findChild<QTranslator*>(name, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    if (!translator)
        return;
    translator->setParent(app);
    translator->setObjectName(name);
    QCoreApplication::installTranslator(translator);
}

} // namespace

const QList<Language>& available()
{
    static const QList<Language> languages{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
    };
    return languages;
}

QString resolve(const QString& chosen, const QStringList& uiLanguages)
{
    for (const Language& language : available())
        if (language.code == chosen)
            return chosen;
    for (QString wanted : uiLanguages) {
        wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
        for (const Language& language : available())
            if (language.code.compare(wanted, Qt::CaseInsensitive) == 0)
                return language.code;
        // "de_AT" reads German, "pt_PT" the only Portuguese there is.
        for (const Language& language : available())
            if (languageOf(language.code).compare(languageOf(wanted), Qt::CaseInsensitive) == 0)
                return language.code;
    }
    return QStringLiteral("en");
}

QString install(const QString& chosen)
{
    const QString code = resolve(chosen, QLocale::system().uiLanguages());
    // A language picked in the settings brings its dates and numbers along; "follow the system"
    // gives the system's back.
    QLocale::setDefault(chosen.isEmpty() ? QLocale::system() : QLocale(code));

    auto console = std::make_unique<QTranslator>();
    replace(kConsoleTranslator, console->load(QStringLiteral(":/i18n/seatwise_") + code) ? console.release() : nullptr);

    // Qt's own texts (the buttons of a message box, a file dialog) come from Qt's translations when the
    // system has them installed (Debian: qt6-translations-l10n).
    auto qt = std::make_unique<QTranslator>();
    const bool qtFound = qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                                  QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    replace(kQtTranslator, qtFound ? qt.release() : nullptr);
    return code;
}

QString installChosen()
{
    return install(ConsoleSettings().language());
}

} // namespace seatwise::Translations
