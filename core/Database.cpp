#include "Database.h"

#include "Migrations.h"
#include "StoreSeeder.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <atomic>

namespace {

using OpenResult = Expected<std::unique_ptr<Database>>;

// How long a write waits for another program's write to finish.
constexpr int BusyTimeoutMilliseconds = 5000;

// SQLITE_BUSY and SQLITE_LOCKED: another connection holds the lock.
bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"5" || code == u"6" || code.startsWith(u"5 ") || code.startsWith(u"6 ");
}

QString busyMessage()
{
    return QStringLiteral("the store is locked by another program (the desktop application or another "
                          "supportdesk-cli) and stayed locked for %1 seconds: nothing was changed; try again "
                          "when it has finished")
        .arg(BusyTimeoutMilliseconds / 1000);
}

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("supportdesk-store-%1").arg(++counter);
}

// Superusers may write any file, so "read-only" also means a file whose owner
// has no write permission: that is what the person who made it so intended.
bool isReadOnlyFile(const QFileInfo &info)
{
    return !info.isWritable() || !info.permission(QFileDevice::WriteOwner);
}

// Reads the header and the schema: the first read of a file that is not a
// database, or a damaged one, fails here.
QSqlError firstReadError(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return query.lastError();
    return {};
}

Expected<qint64> singleInteger(const QSqlDatabase &connection, const QString &statement)
{
    QSqlQuery query(connection);
    if (!query.exec(statement) || !query.next())
        return Expected<qint64>::failure(query.lastError().text());
    return query.value(0).toLongLong();
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

OpenResult Database::open(const QString &path, bool seed)
{
    if (path.trimmed().isEmpty())
        return OpenResult::failure(QStringLiteral("no store file was given"));
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    bool readOnly = false;
    if (info.exists()) {
        if (!info.isFile())
            return OpenResult::failure(QStringLiteral("'%1' is not a file").arg(absolute));
        readOnly = isReadOnlyFile(info);
    } else if (!QDir().mkpath(info.absolutePath())) {
        return OpenResult::failure(
            QStringLiteral("could not create the folder '%1'").arg(info.absolutePath()));
    }

    std::unique_ptr<Database> database(new Database(absolute, uniqueConnectionName()));
    database->m_readOnly = readOnly;
    QSqlDatabase connection =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    connection.setDatabaseName(absolute);
    const QString busyTimeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMilliseconds);
    connection.setConnectOptions(readOnly ? busyTimeout + QStringLiteral(";QSQLITE_OPEN_READONLY") : busyTimeout);
    if (!connection.open()) {
        return OpenResult::failure(
            QStringLiteral("could not open the store '%1': %2").arg(absolute, connection.lastError().text()));
    }

    // Only reads until the file is known to be a store this version can handle,
    // so a refused file is left exactly as it was.
    if (const QSqlError error = firstReadError(connection); error.isValid()) {
        // SQLITE_CORRUPT: a store cut short or overwritten in part.
        if (error.nativeErrorCode() == u"11") {
            return OpenResult::failure(
                QStringLiteral("the store '%1' is damaged (%2): it was left as it is; restore it from a "
                               "backup")
                    .arg(absolute, error.databaseText()));
        }
        return OpenResult::failure(
            QStringLiteral("'%1' is not a SupportDesk store (%2)").arg(absolute, error.databaseText()));
    }
    // The version, the application id and the tables are read as one
    // snapshot: another program may be creating this very store right now,
    // and a file seen half before and half after its first commit would look
    // like another application's database.
    connection.transaction();
    const auto version = Migrations::version(connection);
    const auto applicationId = singleInteger(connection, QStringLiteral("PRAGMA application_id"));
    const auto tableCount =
        singleInteger(connection, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    connection.commit();
    if (!version) {
        return OpenResult::failure(
            QStringLiteral("'%1' is not a SupportDesk store (%2)").arg(absolute, version.error()));
    }
    if (!applicationId || !tableCount)
        return OpenResult::failure(QStringLiteral("'%1' is not a SupportDesk store").arg(absolute));
    const bool ours = *applicationId == Migrations::applicationId();
    if (!ours && (*applicationId != 0 || *tableCount > 0)) {
        return OpenResult::failure(
            QStringLiteral("'%1' is a database of another application, not a SupportDesk store")
                .arg(absolute));
    }
    if (*version > currentSchemaVersion()) {
        return OpenResult::failure(
            QStringLiteral("'%1' was written by a newer version of SupportDesk (schema "
                           "version %2; this version knows up to %3): open it with that "
                           "version")
                .arg(absolute)
                .arg(*version)
                .arg(currentSchemaVersion()));
    }
    if (readOnly && *version < currentSchemaVersion()) {
        return OpenResult::failure(
            QStringLiteral("'%1' is read-only and needs an upgrade to schema version %2: "
                           "make it writable and open it again")
                .arg(absolute)
                .arg(currentSchemaVersion()));
    }

    Status status = database->execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (status && !readOnly)
        status = database->execute(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (status)
        status = database->execute(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // 64 MiB of page cache: an import of a million tickets otherwise spills
    // and rewrites its pages many times before it commits.
    if (status)
        status = database->execute(QStringLiteral("PRAGMA cache_size = -65536"));
    if (!status) {
        return OpenResult::failure(
            QStringLiteral("could not prepare the store '%1': %2").arg(absolute, status.error()));
    }
    // A store already at the current version is not locked for an upgrade:
    // opening it to read must not wait for another program's write.
    if (!readOnly && *version < currentSchemaVersion()) {
        status = Migrations::migrate(connection);
        if (!status)
            return OpenResult::failure(QStringLiteral("'%1': %2").arg(absolute, status.error()));
    }
    if (!readOnly) {
        if (seed) {
            status = StoreSeeder::seed(*database);
            if (!status) {
                return OpenResult::failure(
                    QStringLiteral("could not fill the store '%1': %2").arg(absolute, status.error()));
            }
        }
    }
    return OpenResult(std::move(database));
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/supportdesk.sqlite");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::path() const
{
    return m_path;
}

bool Database::isReadOnly() const
{
    return m_readOnly;
}

int Database::schemaVersion() const
{
    const auto version = Migrations::version(connection());
    return version ? *version : -1;
}

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

Status Database::execute(const QString &statement)
{
    QSqlQuery query(connection());
    if (!query.exec(statement))
        return Status::failure(isBusy(query.lastError()) ? busyMessage() : query.lastError().text());
    return success();
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_readOnly)
        return Status::failure(QStringLiteral("the store is read-only ('%1' may not be written): nothing "
                                              "was changed; make the file writable to change it")
                                   .arg(m_path));
    const bool outermost = m_transactionDepth == 0;
    const QString savepoint = QStringLiteral("nested_%1").arg(m_transactionDepth);
    const auto rollback = [&] {
        if (outermost) {
            execute(QStringLiteral("ROLLBACK"));
        } else {
            execute(QStringLiteral("ROLLBACK TO ") + savepoint);
            execute(QStringLiteral("RELEASE ") + savepoint);
        }
    };

    Status begun =
        execute(outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint);
    if (!begun)
        return Status::failure(begun.error() == busyMessage()
                                   ? begun.error()
                                   : QStringLiteral("the store cannot be changed: %1").arg(begun.error()));
    ++m_transactionDepth;
    Status result = success();
    try {
        result = work();
    } catch (...) {
        --m_transactionDepth;
        rollback();
        throw;
    }
    --m_transactionDepth;
    if (!result) {
        rollback();
        return result;
    }
    const Status committed =
        execute(outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint);
    if (!committed) {
        rollback();
        return Status::failure(QStringLiteral("the change could not be saved: %1").arg(committed.error()));
    }
    return success();
}
