#pragma once

#include "Expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>

class Database;
class QSqlError;

// What a store check found: nothing in `problems` means a healthy store.
// A store found damaged is a check that succeeded with problems; a check
// that could not run (the store busy, the connection lost) is an error.
struct StoreCheck
{
    Q_DECLARE_TR_FUNCTIONS(StoreCheck)

public:
    // One line each: SQLite's integrity and foreign key reports, or the
    // PostgreSQL table that could not be read through and why.
    QStringList problems;
    // Reports that a query showed to be false (Debian 12's SQLite 3.40.1
    // says "NULL value in plan_history.plan_id" of a store without one).
    QStringList disprovedReports;

    bool healthy() const { return problems.isEmpty(); }

    // PRAGMA integrity_check and foreign_key_check; `readFailure` tells a
    // failure that is not the damage looked for.
    static Expected<StoreCheck> ofSqlite(const QSqlDatabase &connection,
                                         const std::function<Error(const QSqlError &)> &readFailure);
    // Every row and column of every table of the store read to the end.
    static Expected<StoreCheck> ofPostgreSql(const Database &database);
};
