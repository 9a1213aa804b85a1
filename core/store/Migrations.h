#pragma once

#include "Expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The schema of the store, as numbered steps, the same on both engines (see
// SqlDialect): recorded in PRAGMA user_version and application_id on SQLite,
// in the table supportdesk_meta on PostgreSQL. Version 1 is the whole initial
// schema; a later version is one more step appended in Migrations.cpp, never
// an edit of an earlier one. Version 2 adds the row versions of optimistic
// locking.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latestVersion();
    // The application id every SupportDesk store carries in its header.
    static int applicationId();
    // The stored schema version (0 for an empty store), or a message when the
    // file cannot be read as a database.
    static Expected<int> version(const QSqlDatabase &connection);
    // The application id the store carries (0 when none).
    static Expected<qint64> storedApplicationId(const QSqlDatabase &connection);
    // Tables of any kind in the store (or the PostgreSQL schema).
    static Expected<qint64> tableCount(const QSqlDatabase &connection);
    // Upgrades step by step up to `target`, each step in its own transaction,
    // so an interrupted upgrade leaves the store at its last complete version.
    static Status migrate(const QSqlDatabase &connection, int target = latestVersion());
};
