#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace seatwise::ErrorLabel {

// A hidden, word-wrapped red label for errors shown in place (the gateway's message).
QLabel* create(QWidget* parent, const QString& objectName);

} // namespace seatwise::ErrorLabel
