#pragma once

#include <QSortFilterProxyModel>

namespace seatwise {

// Sorts sessions on raw values and filters them on their searchable words, optionally keeping only
// inactive sessions (the ones "Sign Out Inactive Users" would end).
class SessionFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionFilterProxy)

public:
    explicit SessionFilterProxy(QObject* parent = nullptr);

    void setText(const QString& text);
    void setInactiveOnly(bool inactiveOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    bool m_inactiveOnly = false;
};

} // namespace seatwise
