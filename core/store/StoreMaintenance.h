#pragma once

#include "Expected.h"
#include "StoreCheck.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Checks, backups and restores of a whole store, for supportdesk-cli db and
// the desktop's File menu, and the copy Database::open saves before it
// upgrades a SQLite store's schema.
//
// A backup is a SQLite file of its own, a consistent snapshot of the store
// however many programs write meanwhile, which appears whole under its name
// or not at all and never replaces a file. A restore checks the backup
// first and puts it back in one transaction of the open store, so that a
// refused or failed restore leaves the store as it was and every other
// program sees the restored content. On PostgreSQL the server's own tools
// (pg_dump, pg_restore) do both: the errors say how.
class StoreMaintenance
{
    Q_DECLARE_TR_FUNCTIONS(StoreMaintenance)

public:
    // SQLite: PRAGMA integrity_check and foreign_key_check. PostgreSQL:
    // every row and column of every table read through to the end.
    static Expected<StoreCheck> check(const Database &database);
    // The same on a SQLite file opened read-only, for a store so damaged
    // that it does not open.
    static Expected<StoreCheck> checkFile(const QString &path);

    static Status backUp(const Database &database, const QString &file);
    // The schema version the backup was at; it is upgraded to the current
    // one on the way in.
    static Expected<int> restore(Database &database, const QString &file);

    // How many automatic backups of one store are kept (at least 1), for
    // every store this process opens; the oldest go first.
    static constexpr int DefaultAutomaticBackupsKept = 5;
    static void setAutomaticBackupsKept(int count);
    static int automaticBackupsKept();
    // The QSettings key both programs read it from.
    static QString automaticBackupsKeptSetting();
    // supportdesk-backups beside the store's file.
    static QString automaticBackupFolder(const QString &storePath);
    // A backup of the store still at `version`, named after the store, the
    // version and the time (store.schema-v2.2026-11-30T061500Z.sqlite), in
    // automaticBackupFolder(); older ones beyond the limit are removed. The
    // path of the new backup.
    static Expected<QString> backUpBeforeUpgrade(const Database &database, int version);
};
