#pragma once

// The sqlite3 handle under a Qt connection, for the few bulk paths that go
// through SQLite's own interface (a million rows without a QVariant per
// value). Internal to core, which links the system library: the same one
// that Qt's driver loads on Debian, whose plugin links it, but not on a Qt
// whose plugin carries its own copy (Qt's installers, Windows, macOS,
// static builds), where the handle must not be given to this library.

#include <QSqlError>
#include <QString>
#include <QVariantList>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

// Whether the SQLite behind Qt's driver is the one this program links, told
// by their source ids (sqlite_source_id() through the driver, and
// sqlite3_sourceid() linked); checked once per process.
struct NativeSqlite
{
    bool sameLibrary = false;
    QString driverVersion; // sqlite_version() through Qt's driver
    QString linkedVersion; // sqlite3_libversion() of the library linked
};
const NativeSqlite &nativeSqlite();

// nullptr when the connection is not SQLite, or when its SQLite is not the
// one linked: the callers then take their portable path.
sqlite3 *sqliteHandleOf(const QSqlDatabase &connection);
// Makes sqliteHandleOf() give nullptr whatever the libraries, as a Qt with
// its own SQLite would: the portable paths are then tested on this one.
void usePortableSqlitePaths(bool portable);

// The error of the last call on `handle`, as Qt's driver reports one: the
// message, and SQLite's code as the native code (see storeErrorKind()).
QSqlError sqliteError(sqlite3 *handle);

// Binds values to ?1, ?2… as QSqlQuery::addBindValue() would: integers,
// reals, text as UTF-8, and NULL for a null value. False on a value of
// another type, which no caller binds.
bool bindSqliteValues(sqlite3_stmt *statement, const QVariantList &values);

// A statement of SQLite's, finalized when it goes out of scope.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *handle, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool prepared() const { return m_statement != nullptr; }
    sqlite3_stmt *get() const { return m_statement; }

private:
    sqlite3_stmt *m_statement = nullptr;
};
