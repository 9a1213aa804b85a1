#pragma once

#include <QString>

class TestStore;

// Counts the statements a PostgreSQL server ran in one test store's database,
// from the server's own record of them (pg_stat_statements): a read that
// runs one statement a row, or one an account, shows as a count that grows
// with the rows or the accounts. The server must have been started with
// shared_preload_libraries=pg_stat_statements.
//
// Only that database's statements are forgotten and counted, so tests of
// other databases on the same server run undisturbed. The counter's own
// statements are left out. A prepared statement's EXECUTE counts as the
// statement it runs; its PREPARE is not counted.
class StatementCount
{
public:
    explicit StatementCount(const TestStore &store);
    ~StatementCount();
    StatementCount(const StatementCount &) = delete;
    StatementCount &operator=(const StatementCount &) = delete;

    // Installs the extension in the store's database when missing; false,
    // with error(), when that or the connection fails.
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Forgets the statements run so far in the store's database.
    bool reset();
    // The statements run in the store's database since reset(); -1 (and
    // error()) when they could not be read.
    qint64 count();
    // Whether the server dropped entries since reset() to make room for
    // others, or forgot every database's (the tests of other databases run
    // at the same time): the count may then miss statements, and the work
    // should be counted again.
    bool someWereDropped();

private:
    // The server's record of dropped entries and of its last full reset.
    QString droppedEntries();

    QString m_droppedAtReset;
    QString m_connectionName;
    QString m_error;
};
