#pragma once

#include <QSortFilterProxyModel>

namespace seatwise {

// Sorts licenses on raw values and keeps the rows that match the panel's searches: a license type
// (exact), a user (login or name, anywhere) and an extension (a prefix, as the gateway searches).
class LicenseFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicenseFilterProxy)

public:
    explicit LicenseFilterProxy(QObject* parent = nullptr);

    void setType(const QString& type);
    void setUser(const QString& text);
    void setExtension(const QString& prefix);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_type;
    QString m_user;
    QString m_extension;
};

} // namespace seatwise
