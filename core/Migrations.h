#pragma once

#include "Expected.h"

#include <QSqlDatabase>

// The schema of the store, as numbered steps recorded in PRAGMA user_version.
// Version 1 is the whole initial schema; a later version is one more step
// appended in Migrations.cpp, never an edit of an earlier one.
class Migrations
{
public:
    static int latestVersion();
    // The application id every SupportDesk store carries in its header.
    static int applicationId();
    // PRAGMA user_version, or a message when the file cannot be read as a database.
    static Expected<int> version(const QSqlDatabase &connection);
    // Upgrades step by step up to `target`, each step in its own transaction,
    // so an interrupted upgrade leaves the store at its last complete version.
    static Status migrate(const QSqlDatabase &connection, int target = latestVersion());
};
