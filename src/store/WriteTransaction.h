#pragma once

#include "core/Error.h"

#include <QSqlDatabase>

namespace seatwise {

// One atomic store transaction that takes the write lock up front (BEGIN IMMEDIATE on SQLite), so a
// seat decision that reads then writes never races another writer, in this process or another.
// Rolls back unless commit() succeeded.
class WriteTransaction final {
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    const Status& begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_begun;
    bool m_open = false;
};

} // namespace seatwise
