#include "console/licenses/ErrorLabel.h"

#include <QLabel>

namespace seatwise::ErrorLabel {

QLabel* create(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setVisible(false);
    return label;
}

} // namespace seatwise::ErrorLabel
