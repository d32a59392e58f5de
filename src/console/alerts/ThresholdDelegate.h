#pragma once

#include <QStyledItemDelegate>

namespace seatwise {

// Edits an alert threshold with a spin box from 50 to 100 %.
class ThresholdDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThresholdDelegate)

public:
    explicit ThresholdDelegate(QObject* parent = nullptr);
    ~ThresholdDelegate() override;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace seatwise
