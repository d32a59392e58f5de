#include "console/alerts/ThresholdDelegate.h"

#include "console/alerts/AlertThresholds.h"

#include <QSpinBox>

namespace seatwise {

ThresholdDelegate::ThresholdDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

ThresholdDelegate::~ThresholdDelegate() = default;

QWidget* ThresholdDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QStringLiteral("thresholdSpinBox"));
    spin->setRange(AlertThresholds::MinPercent, AlertThresholds::MaxPercent);
    spin->setSingleStep(5);
    spin->setSuffix(tr(" %"));
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    spin->setFrame(false);
    return spin;
}

void ThresholdDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* spin = qobject_cast<QSpinBox*>(editor))
        spin->setValue(index.data(Qt::EditRole).toInt());
}

void ThresholdDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    }
}

} // namespace seatwise
