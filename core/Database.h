#pragma once

#include "Expected.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

// One open SupportDesk store: a SQLite connection of the calling thread,
// migrated to the current schema. Every thread opens its own Database (each
// under a unique connection name); the object must not cross threads.
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating it and its folders when missing), migrates and, when
    // `seed` is true, fills the plan catalog and the default calendar into
    // empty tables. A store written by a newer version, a file that is not a
    // store, or a read-only store that would need an upgrade is refused and
    // left untouched. A read-only file opens read-only.
    static Expected<std::unique_ptr<Database>> open(const QString &path, bool seed = true);
    // supportdesk.sqlite in the application's data folder.
    static QString defaultPath();

    QSqlDatabase connection() const;
    QString path() const;
    bool isReadOnly() const;
    int schemaVersion() const;
    static int currentSchemaVersion();

    // Runs `work` in one transaction: committed when it succeeds, rolled back
    // when it fails or throws (the exception then goes on). Calls nest: an
    // inner call is a savepoint of the outer transaction.
    Status transaction(const std::function<Status()> &work);

private:
    Database(QString path, QString connectionName);

    Status execute(const QString &statement);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
};
