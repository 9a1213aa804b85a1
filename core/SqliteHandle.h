#pragma once

// The sqlite3 handle under a Qt connection, for the few bulk paths that go
// through SQLite's own interface (a million rows without a QVariant per
// value). Internal to core, which links the same system library the Qt
// driver loads.

#include <QSqlError>
#include <QVariantList>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

// nullptr when the connection is not SQLite.
sqlite3 *sqliteHandleOf(const QSqlDatabase &connection);

// The error of the last call on `handle`, as Qt's driver reports one: the
// message, and SQLite's code as the native code (see storeErrorKind()).
QSqlError sqliteError(sqlite3 *handle);

// Binds values to ?1, ?2… as QSqlQuery::addBindValue() would: integers,
// reals, text as UTF-8, and NULL for a null value. False on a value of
// another type, which no caller binds.
bool bindSqliteValues(sqlite3_stmt *statement, const QVariantList &values);
