#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace seatwise {

class ImportRowsModel;

// The gateway's row errors of an ImportRowsModel, one line each: row number, column and reason.
// RawValueRole answers the row as a number, the column's header name and the error's wire code.
class ImportErrorsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportErrorsModel)

public:
    enum Column { RowColumn, ColumnColumn, ReasonColumn, ColumnCount };

    explicit ImportErrorsModel(ImportRowsModel* rows, QObject* parent = nullptr);
    ~ImportErrorsModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<ImportRowsModel> m_rows;
    int m_count = 0;
};

} // namespace seatwise
