#include "SqliteCopy.h"

#include "StoreError.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <atomic>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

// As long as Database's: a copy waits that long for another program's lock.
constexpr int BusyTimeoutMilliseconds = 5000;

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("supportdesk-file-%1").arg(++counter);
}

QString detailOf(const QSqlError &error)
{
    return error.databaseText().trimmed().isEmpty() ? error.text().trimmed() : error.databaseText().trimmed();
}

// SQLite does not flush what VACUUM INTO writes, and a rename is only
// durable once its folder is flushed: without both, a power cut could leave
// the backup's name on a file cut short.
bool flushToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0)
        return false;
    const bool flushed = ::fsync(descriptor) == 0;
    ::close(descriptor);
    return flushed;
#else
    Q_UNUSED(path)
    return true;
#endif
}

bool existsOrLinks(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

} // namespace

SqliteFileConnection::SqliteFileConnection(const QString &path, Mode mode) : m_name(uniqueConnectionName())
{
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    connection.setDatabaseName(path);
    const QString busyTimeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMilliseconds);
    connection.setConnectOptions(
        mode == Mode::ReadOnly ? busyTimeout + QStringLiteral(";QSQLITE_OPEN_READONLY") : busyTimeout);
    connection.open();
}

SqliteFileConnection::~SqliteFileConnection()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_name, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool SqliteFileConnection::isOpen() const
{
    return connection().isOpen();
}

QSqlDatabase SqliteFileConnection::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

QString SqliteFileConnection::openError() const
{
    return detailOf(connection().lastError());
}

Status SqliteCopy::vacuumInto(const QSqlDatabase &source, const QString &emptyFile,
                              const ReadFailure &readFailure)
{
    QSqlQuery query(source);
    if (query.prepare(QStringLiteral("VACUUM INTO ?"))) {
        query.addBindValue(emptyFile);
        if (query.exec())
            return success();
    }
    const QSqlError error = query.lastError();
    const Error::Kind kind = storeErrorKind(error);
    if (kind == Error::Kind::Damaged || kind == Error::Kind::Busy)
        return readFailure(error);
    return Status::failure(Error::Kind::Storage,
                           tr("could not write '%1': %2").arg(emptyFile, detailOf(error)));
}

Status SqliteCopy::saveSnapshot(const QSqlDatabase &source, const QString &file,
                                const ReadFailure &readFailure)
{
    const QFileInfo target(file);
    const QString path = target.absoluteFilePath();
    const auto appeared = [&] {
        return Status::failure(Error::Kind::Conflict,
                               tr("'%1' appeared while the copy was made: a backup never replaces a file; "
                                  "nothing was written")
                                   .arg(path));
    };
    QTemporaryFile temporary(path + QStringLiteral(".XXXXXX"));
    if (!temporary.open()) {
        return Status::failure(
            Error::Kind::Storage,
            tr("could not write in the folder '%1': %2").arg(target.absolutePath(), temporary.errorString()));
    }
    // SQLite opens the file itself, and POSIX locks are the process's: a
    // descriptor of ours closed while SQLite holds a lock would drop it.
    temporary.close();
    if (const Status copied = vacuumInto(source, temporary.fileName(), readFailure); !copied)
        return copied;
    if (!flushToDisk(temporary.fileName())) {
        return Status::failure(Error::Kind::Storage,
                               tr("could not write '%1' to the disk").arg(temporary.fileName()));
    }
    if (existsOrLinks(path))
        return appeared();
    // Qt's rename does not replace a file that another program created since.
    if (!temporary.rename(path)) {
        if (existsOrLinks(path))
            return appeared();
        return Status::failure(
            Error::Kind::Storage,
            tr("could not rename '%1' to '%2': %3").arg(temporary.fileName(), path, temporary.errorString()));
    }
    // The name is now the backup's, which the temporary file must not remove.
    temporary.setAutoRemove(false);
    // The backup is whole under its name; only its name might not survive a
    // power cut, which is no reason to call the backup failed.
    static_cast<void>(flushToDisk(target.absolutePath()));
    return success();
}
