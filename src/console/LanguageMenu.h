#pragma once

#include <QMenu>

class QActionGroup;

namespace seatwise {

// File › Language: "System default" or one of the shipped languages, stored in the console's
// settings. The choice takes effect at the next start: most texts are set once when a window is
// built, and a restart is honest where a half-translated window would not be.
class LanguageMenu final : public QMenu {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

Q_SIGNALS:
    // A sentence for the status bar saying what changes and when.
    void chosen(const QString& message);

private:
    void choose(const QString& code, const QString& name);

    QActionGroup* m_group;
};

} // namespace seatwise
