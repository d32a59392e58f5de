#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace seatwise {

// Asks the user to confirm an action: true to go ahead. Views take one so tests can answer.
using ConfirmHook = std::function<bool(const QString& title, const QString& text)>;

// The one people see: a QMessageBox::question over `parent`, "No" by default.
ConfirmHook messageBoxConfirmHook(QWidget* parent);

} // namespace seatwise
