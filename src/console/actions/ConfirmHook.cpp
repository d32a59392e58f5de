#include "console/actions/ConfirmHook.h"

#include <QMessageBox>
#include <QPointer>

namespace seatwise {

ConfirmHook messageBoxConfirmHook(QWidget* parent)
{
    return [guard = QPointer<QWidget>(parent)](const QString& title, const QString& text) {
        return QMessageBox::question(guard.data(), title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
               QMessageBox::Yes;
    };
}

} // namespace seatwise
