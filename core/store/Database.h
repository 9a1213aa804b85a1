#pragma once

#include "Expected.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

// One open SupportDesk store: a connection of the calling thread to a SQLite
// file or a PostgreSQL database, migrated to the current schema. Every thread
// opens its own Database (each under a unique connection name); the object
// must not cross threads.
//
// Concurrent edits (optimistic locking): the rows people edit carry a version;
// a store's update given the version it was read at is refused when the row
// changed meanwhile, with an error of kind Conflict whose message shows the
// row as it now is and says that nothing was saved.
//
// Every statement's failure is an error all the way up, never taken for the
// end of the rows: read() and write() run a statement, rowsEnded() tells,
// after the last next(), whether the rows ended or could not be read.
class QSqlError;
class QSqlQuery;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating it and its folders when missing), migrates and, when
    // `seed` is true, fills the plan catalog and the default calendar into
    // empty tables. A store written by a newer version, a file that is not a
    // store, or a read-only store that would need an upgrade is refused and
    // left untouched. A read-only file opens read-only. A SQLite store of an
    // older schema is copied aside before it is upgraded (upgradeBackup()),
    // and not upgraded, nor opened, when the copy cannot be saved.
    //
    // `location` is a file path (SQLite) or a PostgreSQL address
    // postgresql://user@host:port/dbname (or postgres://...), whose query
    // items (?sslmode=require&connect_timeout=5) are passed on to libpq. A
    // password is never taken from the address: libpq reads it from
    // ~/.pgpass or PGPASSWORD. A role without INSERT and UPDATE on the tables
    // opens the store read-only.
    //
    // `password` (PostgreSQL) is given to this connection and to those of
    // openAnother(), kept in memory only; without one libpq reads ~/.pgpass
    // or PGPASSWORD.
    static Expected<std::unique_ptr<Database>> open(const QString &location, bool seed = true,
                                                    const QString &password = {});
    // Another connection to the same store, for the calling thread (a long
    // write on a thread of its own): the same location and password.
    Expected<std::unique_ptr<Database>> openAnother() const;
    static bool isPostgreSqlAddress(const QString &location);
    // supportdesk.sqlite in the application's data folder.
    static QString defaultPath();

    // The connection of this store. On PostgreSQL, a connection that a
    // statement found lost (the server restarted, the session ended) is
    // opened again here, outside a transaction: the action that met the loss
    // failed, the next one works.
    QSqlDatabase connection() const;
    // Called on this thread each time connection() has opened the
    // connection again (the store's watcher subscribes anew).
    void setReconnectHandler(std::function<void()> handler) { m_onReconnect = std::move(handler); }
    StoreEngine engine() const;
    SqlDialect dialect() const;
    // The file's absolute path, or the PostgreSQL address without any
    // password or options: for display.
    QString location() const;
    // The same as location().
    QString path() const;
    bool isReadOnly() const;
    int schemaVersion() const;
    // The copy of the store saved when this open upgraded its schema (see
    // StoreMaintenance::backUpBeforeUpgrade); empty when it made none.
    QString upgradeBackup() const;
    static int currentSchemaVersion();

    // Runs `work` in one transaction: committed when it succeeds, rolled back
    // when it fails or throws (the exception then goes on). Calls nest: an
    // inner call is a savepoint of the outer transaction.
    // On PostgreSQL a committed change also notifies the channel
    // notificationChannel() (see StoreWatcher).
    Status transaction(const std::function<Status()> &work);
    // Who sees to the foreign keys of what `work` writes. The store checks
    // every reference of every row it writes (two lookups a row); a bulk
    // writer that only writes ids it has itself read in this transaction may
    // spare it them. Takes effect on SQLite for the outermost transaction
    // only (SQLite cannot switch them inside one); the checks are back on
    // when it ends, however it ends.
    enum class ForeignKeys : quint8 { CheckedByStore, CheckedByCaller };
    Status transaction(const std::function<Status()> &work, ForeignKeys foreignKeys);

    static QString notificationChannel();

    // The failure of a write on a read-only store.
    Error readOnlyFailure() const;
    // The error of a statement that failed on this store, by kind (damaged,
    // busy, read-only, or another storage error), in words that name the
    // store and, when it looks damaged, what to do.
    Error readFailure(const QSqlError &error) const;
    Error writeFailure(const QSqlError &error) const;

    // Runs the statement prepared and bound on `query`, or `sql`.
    Status read(QSqlQuery &query) const;
    Status read(QSqlQuery &query, const QString &sql) const;
    Status write(QSqlQuery &query) const;
    Status write(QSqlQuery &query, const QString &sql) const;
    // After the last next() of a read: whether the rows ended (success) or
    // the next one could not be read.
    Status rowsEnded(const QSqlQuery &query) const;
    // Runs the read and moves to its first row: true when there is one.
    Expected<bool> readFirstRow(QSqlQuery &query) const;
    Expected<bool> readFirstRow(QSqlQuery &query, const QString &sql) const;

private:
    Database(QString location, QString connectionName, StoreEngine engine);
    Error failure(const QSqlError &error, const QString &otherwise) const;

    static Expected<std::unique_ptr<Database>> openSqlite(const QString &path, bool seed);
    static Expected<std::unique_ptr<Database>> openPostgreSql(const QString &address, bool seed,
                                                              const QString &password);
    // Whether a statement's error means the server is no longer there.
    bool isLostConnection(const QSqlError &error) const;
    Status execute(const QString &statement);

    QString m_path;
    QString m_connectionName;
    StoreEngine m_engine = StoreEngine::Sqlite;
    QString m_role;     // PostgreSQL: the role connected as
    QString m_address;  // PostgreSQL: as given, options included, for openAnother()
    QString m_password; // PostgreSQL: given to open(), never written anywhere
    mutable bool m_connectionLost = false;
    std::function<void()> m_onReconnect;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    QString m_upgradeBackup;
};
