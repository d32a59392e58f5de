#pragma once

#include "client/MassConfigCalls.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace seatwise {

// The data rows of a mass configuration file in the gateway's column order, editable in place, with
// the gateway's row errors on the cells they name. Row r of the model is data row r + 1 of the file.
// Cells beyond the header's add-on columns (a row with too many fields) show as "Extra" columns.
class ImportRowsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRowsModel)

public:
    enum Column { ExtensionColumn, NumberColumn, UserColumn, FirstAddonColumn };
    enum Role {
        ErrorCodesRole = Qt::UserRole + 16, // QStringList: the gateway's codes for this cell (or row)
        ChangedRole,                        // bool: edited since the last validation
    };
    using RowError = MassConfigAnswer::RowError;

    explicit ImportRowsModel(QObject* parent = nullptr);
    ~ImportRowsModel() override;

    // Replaces everything: rows in the gateway's order and how many add-on columns the header has.
    void setRows(const QList<QStringList>& rows, int addonColumns);
    QList<QStringList> rows() const { return m_rows; }
    int addonColumns() const { return m_addonColumns; }
    // The whole file as the gateway reads it: header, then each row without its trailing empty cells.
    QByteArray toCsv() const;

    void setErrors(const QList<RowError>& errors);
    const QList<RowError>& errors() const { return m_errors; }
    // The cell an error points to (column 0 for whole-row errors); invalid for the header.
    QModelIndex indexFor(const RowError& error) const;
    // Bumps with every change of the rows, so a validation can tell whether it is still current.
    quint64 revision() const { return m_revision; }
    bool isEdited() const { return m_edited; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

Q_SIGNALS:
    // A person changed the rows (a cell or a removed row).
    void edited();
    void errorsChanged();

private:
    QString cell(int row, int column) const;
    QString columnName(int column) const;
    int columnFor(const QString& name) const;
    void noteEdit();

    QList<QStringList> m_rows;
    int m_addonColumns = 0;
    int m_columns = FirstAddonColumn;
    QList<RowError> m_errors;
    QHash<QPair<int, int>, QList<int>> m_cellErrors; // (row, column) -> indexes into m_errors; column -1: row
    QSet<QPair<int, int>> m_changed;
    quint64 m_revision = 0;
    bool m_edited = false;
};

} // namespace seatwise
