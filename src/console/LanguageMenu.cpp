#include "console/LanguageMenu.h"

#include "console/ConsoleSettings.h"
#include "console/Translations.h"

#include <QActionGroup>

namespace seatwise {
namespace {

QAction* addLanguage(QMenu* menu, QActionGroup* group, const QString& code, const QString& text)
{
    QAction* action = menu->addAction(text);
    action->setObjectName(QStringLiteral("languageAction_") + (code.isEmpty() ? QStringLiteral("system") : code));
    action->setData(code);
    action->setCheckable(true);
    group->addAction(action);
    return action;
}

} // namespace

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    setToolTipsVisible(true);
    const QString stored = ConsoleSettings().language();

    QAction* system = addLanguage(this, m_group, QString(), tr("&System Default"));
    system->setToolTip(tr("Follow the language of the desktop session"));
    system->setChecked(true);
    addSeparator();
    for (const Translations::Language& language : Translations::available()) {
        QAction* action = addLanguage(this, m_group, language.code, language.name);
        if (language.code == stored)
            action->setChecked(true);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction* action) { choose(action->data().toString(), action->text()); });
}

void LanguageMenu::choose(const QString& code, const QString& name)
{
    ConsoleSettings settings;
    if (settings.language() == code)
        return;
    settings.setLanguage(code);
    Q_EMIT chosen(code.isEmpty() ? tr("The console follows the system language from its next start.")
                                 : tr("The console shows %1 from its next start.").arg(name));
}

} // namespace seatwise
