#include "StoreMaintenance.h"

#include "Database.h"
#include "Migrations.h"
#include "SqliteCopy.h"
#include "SqliteHandle.h"
#include "StoreCheck.h"
#include "StoreError.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <sqlite3.h>

namespace {

using ReadFailure = SqliteCopy::ReadFailure;

QString detailOf(const QSqlError &error)
{
    return error.databaseText().trimmed().isEmpty() ? error.text().trimmed() : error.databaseText().trimmed();
}

// A file named in a command to copy and paste into a shell.
QString shellQuoted(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    return QLatin1Char('\'') + QString(word).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
           QLatin1Char('\'');
}

// What a file's read failure is, named after the file.
ReadFailure fileFailure(const QString &path)
{
    return [path](const QSqlError &error) {
        return Error{storeErrorKind(error),
                     StoreMaintenance::tr("'%1' could not be read: %2").arg(path, detailOf(error))};
    };
}

// The first read of a file that is not a database, or is one cut short.
Status checkReadable(const QSqlDatabase &connection, const QString &path)
{
    QSqlQuery query(connection);
    if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next())
        return success();
    const QSqlError error = query.lastError();
    // SQLITE_CORRUPT; any other failure (SQLITE_NOTADB among them) is a file of another kind.
    if (error.nativeErrorCode() == u"11") {
        return Status::failure(Error::Kind::Damaged,
                               StoreMaintenance::tr("'%1' is damaged (%2)").arg(path, detailOf(error)));
    }
    return Status::failure(
        Error::Kind::InvalidInput,
        StoreMaintenance::tr("'%1' is not a SupportDesk store (%2)").arg(path, detailOf(error)));
}

Expected<qint64> pragmaValue(const QSqlDatabase &connection, const QString &pragma,
                             const ReadFailure &readFailure)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma))
        return readFailure(query.lastError());
    if (query.next())
        return query.value(0).toLongLong();
    return readFailure(query.lastError());
}

// A SupportDesk store of a version this program knows, healthy, whose pages
// fit the store's: its version.
Expected<int> checkBackup(const QSqlDatabase &connection, const QString &path, const Database &database)
{
    if (const Status readable = checkReadable(connection, path); !readable)
        return readable.error();
    const ReadFailure failure = fileFailure(path);
    const auto applicationId = pragmaValue(connection, QStringLiteral("application_id"), failure);
    if (!applicationId)
        return applicationId.error();
    const auto version = pragmaValue(connection, QStringLiteral("user_version"), failure);
    if (!version)
        return version.error();
    if (*applicationId != Migrations::applicationId() || *version < 1) {
        return Expected<int>::failure(Error::Kind::InvalidInput,
                                      StoreMaintenance::tr("'%1' is not a SupportDesk store").arg(path));
    }
    if (*version > Database::currentSchemaVersion()) {
        return Expected<int>::failure(
            Error::Kind::InvalidInput,
            StoreMaintenance::tr("'%1' was written by a newer version of SupportDesk (schema version %2; "
                                 "this version knows up to %3): restore it with that version")
                .arg(path)
                .arg(*version)
                .arg(Database::currentSchemaVersion()));
    }
    const auto check = StoreCheck::ofSqlite(connection, failure);
    if (!check)
        return check.error();
    if (!check->healthy()) {
        return Expected<int>::failure(Error::Kind::Damaged,
                                      StoreMaintenance::tr("'%1' is damaged (%2)")
                                          .arg(path, check->problems.join(QStringLiteral("; "))));
    }
    // SQLite copies pages into a WAL store only when they are of its size.
    const auto backupPageSize = pragmaValue(connection, QStringLiteral("page_size"), failure);
    if (!backupPageSize)
        return backupPageSize.error();
    const auto storePageSize =
        pragmaValue(database.connection(), QStringLiteral("page_size"),
                    [&](const QSqlError &error) { return database.readFailure(error); });
    if (!storePageSize)
        return storePageSize.error();
    if (*backupPageSize != *storePageSize) {
        return Expected<int>::failure(
            Error::Kind::InvalidInput,
            StoreMaintenance::tr("'%1' has pages of %2 bytes and the store pages of %3 bytes: it can only "
                                 "be restored into a new store (give a new file to --db)")
                .arg(path)
                .arg(*backupPageSize)
                .arg(*storePageSize));
    }
    return int(*version);
}

// The backup at `path`, checked, copied to `copy` (an empty file) and
// upgraded there to the current schema: its version before.
Expected<int> prepareCopy(const QString &path, const QString &copy, const Database &database)
{
    {
        // Read only: the file given stays as it is.
        const SqliteFileConnection backup(path, SqliteFileConnection::Mode::ReadOnly);
        if (!backup.isOpen()) {
            return Expected<int>::failure(
                Error::Kind::InvalidInput,
                StoreMaintenance::tr("'%1' could not be opened: %2").arg(path, backup.openError()));
        }
        const auto version = checkBackup(backup.connection(), path, database);
        if (!version)
            return version;
        if (const Status copied = SqliteCopy::vacuumInto(backup.connection(), copy, fileFailure(path));
            !copied)
            return copied.error();
        if (*version == Database::currentSchemaVersion())
            return version;
    }
    const SqliteFileConnection upgraded(copy, SqliteFileConnection::Mode::ReadWrite);
    const auto version = Migrations::version(upgraded.connection());
    if (!version)
        return version;
    if (const Status migrated = Migrations::migrate(upgraded.connection()); !migrated) {
        return migrated.error().reworded(
            StoreMaintenance::tr("'%1' could not be upgraded to schema version %2: %3")
                .arg(path)
                .arg(Database::currentSchemaVersion())
                .arg(migrated.message()));
    }
    return version;
}

// Every page of the SQLite file at `source` into the store, in one write
// transaction of the store's own connection: all or nothing, the store's
// WAL kept, and every other connection reads the new pages next.
Status copyPagesInto(Database &database, sqlite3 *store, const QString &source)
{
    sqlite3 *from = nullptr;
    const auto closeSource = qScopeGuard([&] { sqlite3_close(from); });
    if (sqlite3_open_v2(QFile::encodeName(source).constData(), &from, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        return Status::failure(Error::Kind::Storage,
                               StoreMaintenance::tr("could not read '%1': %2")
                                   .arg(source, QString::fromUtf8(sqlite3_errmsg(from))));
    }
    sqlite3_backup *backup = sqlite3_backup_init(store, "main", from, "main");
    if (!backup)
        return database.writeFailure(sqliteError(store));
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped == SQLITE_DONE && finished == SQLITE_OK)
        return success();
    // A lock another program held to the end is no error of the backup.
    const int code = finished != SQLITE_OK ? finished : stepped;
    return database.writeFailure(QSqlError(QString(), QString::fromUtf8(sqlite3_errstr(code)),
                                           QSqlError::StatementError, QString::number(code)));
}

} // namespace

Expected<StoreCheck> StoreMaintenance::check(const Database &database)
{
    if (database.engine() == StoreEngine::PostgreSql)
        return StoreCheck::ofPostgreSql(database);
    return StoreCheck::ofSqlite(database.connection(),
                                [&](const QSqlError &error) { return database.readFailure(error); });
}

Expected<StoreCheck> StoreMaintenance::checkFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const SqliteFileConnection file(absolute, SqliteFileConnection::Mode::ReadOnly);
    if (!file.isOpen()) {
        return Expected<StoreCheck>::failure(Error::Kind::Storage,
                                             tr("could not open '%1': %2").arg(absolute, file.openError()));
    }
    return StoreCheck::ofSqlite(file.connection(), fileFailure(absolute));
}

Status StoreMaintenance::backUp(const Database &database, const QString &file)
{
    if (database.engine() == StoreEngine::PostgreSql) {
        return Status::failure(
            Error::Kind::InvalidInput,
            tr("'%1' is a PostgreSQL store: its backup is made by PostgreSQL's own tool, consistent while "
               "others work: pg_dump --format=custom --file=%2 %3 (with the password in ~/.pgpass or "
               "PGPASSWORD, as for SupportDesk); nothing was written")
                .arg(database.location(), shellQuoted(file.isEmpty() ? QStringLiteral("FILE") : file),
                     shellQuoted(database.location())));
    }
    if (file.trimmed().isEmpty())
        return Status::failure(Error::Kind::InvalidInput, tr("no backup file was given"));
    const QFileInfo target(file);
    const QString path = target.absoluteFilePath();
    if (target.exists() || target.isSymLink()) {
        return Status::failure(Error::Kind::InvalidInput,
                               tr("'%1' exists: a backup never replaces a file; give a new name").arg(path));
    }
    if (!QFileInfo(target.absolutePath()).isDir()) {
        return Status::failure(Error::Kind::NotFound,
                               tr("the folder '%1' does not exist").arg(target.absolutePath()));
    }
    return SqliteCopy::saveSnapshot(database.connection(), path,
                                    [&](const QSqlError &error) { return database.readFailure(error); });
}

Expected<int> StoreMaintenance::restore(Database &database, const QString &file)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    if (database.engine() == StoreEngine::PostgreSql) {
        return Expected<int>::failure(
            Error::Kind::InvalidInput,
            tr("'%1' is a PostgreSQL store: a backup made by pg_dump is put back by PostgreSQL's own tool: "
               "pg_restore --clean --if-exists --single-transaction --dbname=%2 %3, run by the role that "
               "owns "
               "the store; nothing was changed")
                .arg(database.location(), shellQuoted(database.location()),
                     shellQuoted(file.isEmpty() ? QStringLiteral("FILE") : file)));
    }
    if (database.isReadOnly())
        return database.readOnlyFailure();
    sqlite3 *store = sqliteHandleOf(database.connection());
    if (!store) {
        return Expected<int>::failure(
            Error::Kind::Storage,
            tr("restoring into an open store needs the SQLite library of Qt's driver (SQLite %1), which is "
               "not the one SupportDesk links (SQLite %2): nothing was changed; close every program that "
               "uses '%3', remove its -wal and -shm files and copy the backup in its place")
                .arg(nativeSqlite().driverVersion, nativeSqlite().linkedVersion, database.path()));
    }
    const QFileInfo info(path);
    if (!info.exists())
        return Expected<int>::failure(Error::Kind::NotFound, tr("'%1' does not exist").arg(path));
    if (!info.isFile())
        return Expected<int>::failure(Error::Kind::InvalidInput, tr("'%1' is not a file").arg(path));
    if (info.canonicalFilePath() == QFileInfo(database.path()).canonicalFilePath()) {
        return Expected<int>::failure(Error::Kind::InvalidInput,
                                      tr("'%1' is the store itself: give a backup of it").arg(path));
    }
    // What is put back is a copy, checked and upgraded beside the store.
    QTemporaryFile copy(database.path() + QStringLiteral(".restore-XXXXXX"));
    if (!copy.open()) {
        return Expected<int>::failure(
            Error::Kind::Storage,
            tr("could not write beside the store: %1; nothing was changed").arg(copy.errorString()));
    }
    copy.close(); // SQLite writes it; see SqliteCopy::saveSnapshot
    const auto version = prepareCopy(path, copy.fileName(), database);
    if (!version)
        return version.error().reworded(tr("%1: nothing was changed").arg(version.message()));
    if (const Status copied = copyPagesInto(database, store, copy.fileName()); !copied)
        return copied.error();
    return *version;
}
