#pragma once

// Internal to core: a SQLite file opened apart from any Database, and
// consistent copies of an open SQLite connection into a file, for
// StoreMaintenance.

#include "Expected.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>

class QSqlError;

// A Qt connection of its own to a SQLite file, closed and removed with it.
class SqliteFileConnection
{
public:
    enum class Mode : quint8 { ReadOnly, ReadWrite };
    SqliteFileConnection(const QString &path, Mode mode);
    ~SqliteFileConnection();
    SqliteFileConnection(const SqliteFileConnection &) = delete;
    SqliteFileConnection &operator=(const SqliteFileConnection &) = delete;

    bool isOpen() const;
    QSqlDatabase connection() const;
    // Why it did not open.
    QString openError() const;

private:
    QString m_name;
};

class SqliteCopy
{
    Q_DECLARE_TR_FUNCTIONS(SqliteCopy)

public:
    // How a failed read of the source is told (a damaged store says how to
    // check and restore it).
    using ReadFailure = std::function<Error(const QSqlError &)>;

    // VACUUM INTO `emptyFile` (which exists and is empty, or does not exist):
    // one read transaction of the source, so a snapshot whoever writes
    // meanwhile, written in rollback journal mode so that it opens read-only
    // without -wal and -shm files.
    static Status vacuumInto(const QSqlDatabase &source, const QString &emptyFile,
                             const ReadFailure &readFailure);
    // The same into a temporary file beside `file`, flushed to disk, then
    // renamed to `file`: it appears whole or not at all, and an existing
    // `file` is never replaced (kind Conflict when one appeared meanwhile).
    static Status saveSnapshot(const QSqlDatabase &source, const QString &file,
                               const ReadFailure &readFailure);
};
