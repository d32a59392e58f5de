#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

namespace seatwise::test {

// A fresh, empty store for one gateway under test: a SQLite file in a temporary folder, or, when the
// environment names a throwaway PostgreSQL server (SEATWISE_TEST_POSTGRES = the state file that
// tests/support/pg-server wrote), a new database on it, dropped again on destruction.
class StoreUnderTest final {
public:
    StoreUnderTest();
    ~StoreUnderTest();
    StoreUnderTest(const StoreUnderTest&) = delete;
    StoreUnderTest& operator=(const StoreUnderTest&) = delete;

    // Why this run cannot have its store (PostgreSQL asked for but not installed): tests skip with it.
    static QString skipReason();
    static bool onPostgres();

    // Creates the store; false with error() when it cannot.
    bool create();
    QString error() const { return m_error; }
    // What seatwised --db takes: the file path or the postgresql:// URL.
    QString location() const { return m_location; }

    // A Qt SQL connection named `name` to the store `location` (either kind), for tests that read or seed
    // the store beside the gateway. The caller closes and removes it.
    static QSqlDatabase open(const QString& location, const QString& name);

private:
    static QString serverUrl();

    QTemporaryDir m_dir;
    QString m_location;
    QString m_database; // PostgreSQL only
    QString m_error;
};

} // namespace seatwise::test
