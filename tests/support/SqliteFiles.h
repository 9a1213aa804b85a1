#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// SQLite files as the tests make, damage and compare them, each through a
// connection of its own outside any Database.
namespace SqliteFiles {

// Statements of a schema fixture (tests/fixtures/store/vN.sql): each ends
// with ';' at the end of a line.
QStringList statementsOf(const QString &sql);
// A new store at `path` as SupportDesk schema version `version` left it:
// the fixture vN.sql, its user_version and the application id. Empty, or
// what failed.
QString createFromFixture(const QString &path, int version);
// Runs the statements in order; empty, or the first that failed and why.
QString exec(const QString &path, const QStringList &statements);
// The first value of the first row, as text (empty without a row).
QString firstValue(const QString &path, const QString &statement);
// Every row of every table, as text and sorted, and the schema version
// under the key "user_version": equal dumps are stores with equal content.
QMap<QString, QStringList> dump(const QString &path);
// Overwrites the first bytes of a page in the middle of `table` (its
// header and cell pointers) after its WAL is checkpointed into the file;
// empty, or what failed. No connection may be open on the file.
QString damageTable(const QString &path, const QString &table);

} // namespace SqliteFiles
