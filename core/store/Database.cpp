#include "Database.h"

#include "Migrations.h"
#include "StoreError.h"
#include "StoreMaintenance.h"
#include "StoreSeeder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <atomic>

namespace {

using OpenResult = Expected<std::unique_ptr<Database>>;

// How long a write waits for another program's write to finish.
constexpr int BusyTimeoutMilliseconds = 5000;

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

// The checks every engine makes once the version, the application id and the
// number of tables are read, in one snapshot.
Status checkStoreVersion(const QString &location, const Expected<int> &version,
                         const Expected<qint64> &applicationId, const Expected<qint64> &tableCount)
{
    if (!version) {
        return version.error().reworded(
            Database::tr("'%1' is not a SupportDesk store (%2)").arg(location, version.message()));
    }
    if (!applicationId)
        return applicationId.error().reworded(Database::tr("'%1' is not a SupportDesk store").arg(location));
    if (!tableCount)
        return tableCount.error().reworded(Database::tr("'%1' is not a SupportDesk store").arg(location));
    const bool ours = *applicationId == Migrations::applicationId();
    if (!ours && (*applicationId != 0 || *tableCount > 0)) {
        return Status::failure(
            Error::Kind::InvalidInput,
            Database::tr("'%1' is a database of another application, not a SupportDesk store").arg(location));
    }
    if (*version > Database::currentSchemaVersion()) {
        return Status::failure(Error::Kind::InvalidInput,
                               Database::tr("'%1' was written by a newer version of SupportDesk (schema "
                                            "version %2; this version knows up to %3): open it with that "
                                            "version")
                                   .arg(location)
                                   .arg(*version)
                                   .arg(Database::currentSchemaVersion()));
    }
    return success();
}

} // namespace

Database::Database(QString location, QString connectionName, StoreEngine engine)
    : m_path(std::move(location)), m_connectionName(std::move(connectionName)), m_engine(engine)
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

bool Database::isPostgreSqlAddress(const QString &location)
{
    return location.startsWith(u"postgresql://", Qt::CaseInsensitive) ||
           location.startsWith(u"postgres://", Qt::CaseInsensitive);
}

OpenResult Database::open(const QString &location, bool seed, const QString &password)
{
    if (isPostgreSqlAddress(location))
        return openPostgreSql(location, seed, password);
    return openSqlite(location, seed);
}

OpenResult Database::openAnother() const
{
    // The schema is this one's already: nothing to migrate or seed.
    return m_engine == StoreEngine::PostgreSql ? openPostgreSql(m_address, false, m_password)
                                               : openSqlite(m_path, false);
}

OpenResult Database::openSqlite(const QString &path, bool seed)
{
    if (path.trimmed().isEmpty())
        return OpenResult::failure(Error::Kind::InvalidInput, tr("no store file was given"));
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    bool readOnly = false;
    if (info.exists()) {
        if (!info.isFile())
            return OpenResult::failure(Error::Kind::InvalidInput, tr("'%1' is not a file").arg(absolute));
        readOnly = isReadOnlyFile(info);
    } else if (!QDir().mkpath(info.absolutePath())) {
        return OpenResult::failure(Error::Kind::Storage,
                                   tr("could not create the folder '%1'").arg(info.absolutePath()));
    }

    std::unique_ptr<Database> database(new Database(absolute, uniqueConnectionName(), StoreEngine::Sqlite));
    database->m_readOnly = readOnly;
    QSqlDatabase connection =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    connection.setDatabaseName(absolute);
    const QString busyTimeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMilliseconds);
    connection.setConnectOptions(readOnly ? busyTimeout + QStringLiteral(";QSQLITE_OPEN_READONLY")
                                          : busyTimeout);
    if (!connection.open()) {
        return OpenResult::failure(
            Error::Kind::Storage,
            tr("could not open the store '%1': %2").arg(absolute, connection.lastError().text()));
    }

    // Only reads until the file is known to be a store this version can handle,
    // so a refused file is left exactly as it was.
    if (const QSqlError error = firstReadError(connection); error.isValid()) {
        // SQLITE_CORRUPT: a store cut short or overwritten in part. Any
        // other failure (SQLITE_NOTADB among them) is a file of another kind.
        if (error.nativeErrorCode() == u"11")
            return OpenResult(database->readFailure(error));
        return OpenResult::failure(
            Error::Kind::InvalidInput,
            tr("'%1' is not a SupportDesk store (%2)").arg(absolute, error.databaseText()));
    }
    // The version, the application id and the tables are read as one
    // snapshot: another program may be creating this very store right now,
    // and a file seen half before and half after its first commit would look
    // like another application's database.
    connection.transaction();
    const auto version = Migrations::version(connection);
    const auto applicationId = Migrations::storedApplicationId(connection);
    const auto tableCount = Migrations::tableCount(connection);
    connection.commit();
    if (const Status valid = checkStoreVersion(absolute, version, applicationId, tableCount); !valid)
        return OpenResult(valid.error());
    if (readOnly && *version < currentSchemaVersion()) {
        return OpenResult::failure(Error::Kind::ReadOnly,
                                   tr("'%1' is read-only and needs an upgrade to schema "
                                      "version %2: make it writable and open it again")
                                       .arg(absolute)
                                       .arg(currentSchemaVersion()));
    }
    // Before anything writes to it, the journal mode included: when no copy
    // can be saved, the store stays exactly as it was.
    if (!readOnly && *version > 0 && *version < currentSchemaVersion()) {
        const auto saved = StoreMaintenance::backUpBeforeUpgrade(*database, *version);
        if (!saved) {
            return OpenResult(saved.error().reworded(
                tr("'%1' needs an upgrade to schema version %2, which is only made after a copy of the store "
                   "is saved, and the copy could not be saved: %3; nothing was changed")
                    .arg(absolute)
                    .arg(currentSchemaVersion())
                    .arg(saved.message())));
        }
        database->m_upgradeBackup = *saved;
    }

    QSqlQuery pragmas(connection);
    Status status = database->write(pragmas, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (status && !readOnly) {
        // The switch to WAL takes the exclusive lock, and SQLite gives up at
        // once, without waiting, when two programs could deadlock on it, as
        // when several open a store another is creating: it is tried again
        // for as long as a write would wait.
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            status = database->write(pragmas, QStringLiteral("PRAGMA journal_mode = WAL"));
            if (status || status.error().kind != Error::Kind::Busy ||
                waited.elapsed() >= BusyTimeoutMilliseconds)
                break;
            QThread::msleep(20);
        }
    }
    if (status)
        status = database->write(pragmas, QStringLiteral("PRAGMA synchronous = NORMAL"));
    // 64 MiB of page cache: an import of a million tickets otherwise spills
    // and rewrites its pages many times before it commits.
    if (status)
        status = database->write(pragmas, QStringLiteral("PRAGMA cache_size = -65536"));
    if (!status) {
        return OpenResult(status.error().reworded(
            tr("could not prepare the store '%1': %2").arg(absolute, status.message())));
    }
    // A store already at the current version is not locked for an upgrade:
    // opening it to read must not wait for another program's write.
    if (!readOnly && *version < currentSchemaVersion()) {
        status = Migrations::migrate(connection);
        if (!status)
            return OpenResult(status.error().reworded(tr("'%1': %2").arg(absolute, status.message())));
    }
    if (!readOnly && seed) {
        status = StoreSeeder::seed(*database);
        if (!status) {
            return OpenResult(status.error().reworded(
                tr("could not fill the store '%1': %2").arg(absolute, status.message())));
        }
    }
    return OpenResult(std::move(database));
}

OpenResult Database::openPostgreSql(const QString &address, bool seed, const QString &password)
{
    const QUrl url(address, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty() || database.contains(u'/')) {
        return OpenResult::failure(
            Error::Kind::InvalidInput,
            tr("'%1' is not a PostgreSQL address: write postgresql://user@host:port/dbname")
                .arg(QUrl(address).toString(QUrl::RemovePassword)));
    }
    if (!url.password().isEmpty()) {
        return OpenResult::failure(
            Error::Kind::InvalidInput,
            tr("the address '%1' holds a password: SupportDesk never keeps one; leave it out of the address "
               "and put it in ~/.pgpass (a line host:port:dbname:user:password, the file of mode 0600) or "
               "in the PGPASSWORD environment variable")
                .arg(url.toString(QUrl::RemovePassword | QUrl::RemoveQuery)));
    }
    const int port = url.port(5432);
    // What the user sees: no password (there is none) and no options.
    QUrl shown = url;
    shown.setScheme(QStringLiteral("postgresql"));
    shown.setQuery(QString());
    shown.setPort(port);
    const QString location = shown.toString();
    const QString where = QStringLiteral("%1:%2/%3").arg(url.host()).arg(port).arg(database);

    std::unique_ptr<Database> result(new Database(location, uniqueConnectionName(), StoreEngine::PostgreSql));
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), result->m_connectionName);
    if (!connection.isValid()) {
        return OpenResult::failure(
            Error::Kind::Storage,
            tr("could not connect to PostgreSQL at %1: the Qt PostgreSQL driver (QPSQL, "
               "Debian package libqt6sql6-psql) is not installed")
                .arg(where));
    }
    connection.setHostName(url.host());
    connection.setPort(port);
    connection.setDatabaseName(database);
    if (!url.userName().isEmpty())
        connection.setUserName(url.userName());
    if (!password.isEmpty())
        connection.setPassword(password);
    result->m_address = address;
    result->m_password = password;
    // The query items go to libpq as they are; a server that does not answer
    // is given up after a while instead of never.
    QStringList options;
    bool timeoutGiven = false;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == u"password") {
            return OpenResult::failure(
                Error::Kind::InvalidInput,
                tr("the address '%1' holds a password: SupportDesk never keeps one; put "
                   "it in ~/.pgpass or PGPASSWORD instead")
                    .arg(location));
        }
        timeoutGiven = timeoutGiven || key == u"connect_timeout";
        options << key + u'=' + value;
    }
    if (!timeoutGiven)
        options << QStringLiteral("connect_timeout=10");
    connection.setConnectOptions(options.join(u';'));
    if (!connection.open()) {
        return OpenResult::failure(Error::Kind::Storage,
                                   tr("could not connect to PostgreSQL at %1: %2")
                                       .arg(where, connection.lastError().databaseText().trimmed()));
    }
    // libpq prints the server's notices on standard error; only warnings
    // and errors matter here, and they come back as errors.
    QSqlQuery setting(connection);
    if (const Status set = result->write(setting, QStringLiteral("SET client_min_messages = warning"));
        !set) {
        return OpenResult(
            set.error().reworded(tr("could not prepare the store '%1': %2").arg(location, set.message())));
    }

    connection.transaction();
    const auto version = Migrations::version(connection);
    const auto applicationId = Migrations::storedApplicationId(connection);
    const auto tableCount = Migrations::tableCount(connection);
    connection.commit();
    if (const Status valid = checkStoreVersion(location, version, applicationId, tableCount); !valid)
        return OpenResult(valid.error());

    // A role that may only read: the store opens read-only, as a read-only file does.
    if (*version > 0) {
        QSqlQuery query(connection);
        const auto privileges =
            result->readFirstRow(query, QStringLiteral("SELECT has_table_privilege('tickets', "
                                                       "'INSERT') AND has_table_privilege("
                                                       "'tickets', 'UPDATE'), current_user"));
        if (!privileges || !*privileges) {
            return OpenResult::failure(
                Error::Kind::InvalidInput,
                tr("'%1' is not a SupportDesk store (%2)").arg(location, privileges.message()));
        }
        result->m_readOnly = !query.value(0).toBool();
        result->m_role = query.value(1).toString();
    }
    if (result->m_readOnly && *version < currentSchemaVersion()) {
        return OpenResult::failure(Error::Kind::ReadOnly,
                                   tr("'%1' needs an upgrade to schema version %2 and the "
                                      "role '%3' may only read it: open it once with the "
                                      "role that owns it")
                                       .arg(location)
                                       .arg(currentSchemaVersion())
                                       .arg(result->m_role));
    }
    if (!result->m_readOnly && *version < currentSchemaVersion()) {
        const Status migrated = Migrations::migrate(connection);
        if (!migrated)
            return OpenResult(migrated.error().reworded(tr("'%1': %2").arg(location, migrated.message())));
    }
    if (!result->m_readOnly && seed) {
        const Status seeded = StoreSeeder::seed(*result);
        if (!seeded) {
            return OpenResult(seeded.error().reworded(
                tr("could not fill the store '%1': %2").arg(location, seeded.message())));
        }
    }
    return OpenResult(std::move(result));
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/supportdesk.sqlite");
}

QSqlDatabase Database::connection() const
{
    QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
    if (m_connectionLost && m_transactionDepth == 0) {
        m_connectionLost = false;
        connection.close();
        // A server still away leaves it closed: the next statement fails
        // and marks it lost again.
        if (connection.open()) {
            QSqlQuery(connection).exec(QStringLiteral("SET client_min_messages = warning"));
            if (m_onReconnect)
                m_onReconnect();
        }
    }
    return connection;
}

bool Database::isLostConnection(const QSqlError &error) const
{
    if (m_engine != StoreEngine::PostgreSql)
        return false;
    const QString code = error.nativeErrorCode();
    // connection_exception (class 08), admin_shutdown, crash_shutdown,
    // cannot_connect_now; libpq's own words when the socket is gone.
    if (code.startsWith(u"08") || code == u"57P01" || code == u"57P02" || code == u"57P03")
        return true;
    const QString text = error.databaseText() + error.driverText();
    return text.contains(u"server closed the connection") || text.contains(u"no connection to the server") ||
           text.contains(u"connection to server was lost") || text.contains(u"terminating connection") ||
           !QSqlDatabase::database(m_connectionName, false).isOpen();
}

StoreEngine Database::engine() const
{
    return m_engine;
}

SqlDialect Database::dialect() const
{
    return SqlDialect(m_engine);
}

QString Database::location() const
{
    return m_path;
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

QString Database::upgradeBackup() const
{
    return m_upgradeBackup;
}

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

QString Database::notificationChannel()
{
    return QStringLiteral("supportdesk_changed");
}

Error Database::readOnlyFailure() const
{
    if (m_engine == StoreEngine::PostgreSql) {
        return Error{Error::Kind::ReadOnly,
                     tr("the store is read-only (the role '%1' may only read '%2'): nothing "
                        "was changed; ask the store's administrator for the role that may "
                        "change it")
                         .arg(m_role, m_path)};
    }
    return Error{Error::Kind::ReadOnly,
                 tr("the store is read-only ('%1' may not be written): nothing was changed; make the file "
                    "writable to change it")
                     .arg(m_path)};
}

Error Database::failure(const QSqlError &error, const QString &otherwise) const
{
    const QString detail =
        error.databaseText().trimmed().isEmpty() ? error.text().trimmed() : error.databaseText().trimmed();
    if (isLostConnection(error)) {
        m_connectionLost = true;
        return Error{Error::Kind::Storage,
                     tr("the connection to the store '%1' was lost (%2): nothing more was "
                        "read or changed; it is opened again at the next action")
                         .arg(m_path, detail)};
    }
    switch (storeErrorKind(error)) {
    case Error::Kind::Damaged:
        return Error{
            Error::Kind::Damaged,
            tr("the store '%1' looks damaged (%2): no result comes from it and nothing in it was changed; "
               "check it with supportdesk-cli db check and put a backup back with supportdesk-cli db "
               "restore")
                .arg(m_path, detail)};
    case Error::Kind::Busy:
        return Error{Error::Kind::Busy,
                     tr("the store is locked by another program (the desktop application or "
                        "another supportdesk-cli) and stayed locked for %1 seconds: nothing "
                        "was changed; try again when it has finished")
                         .arg(BusyTimeoutMilliseconds / 1000)};
    case Error::Kind::ReadOnly: return readOnlyFailure();
    default: return Error{Error::Kind::Storage, otherwise.arg(m_path, detail)};
    }
}

Error Database::readFailure(const QSqlError &error) const
{
    return failure(error, tr("the store '%1' could not be read: %2"));
}

Error Database::writeFailure(const QSqlError &error) const
{
    return failure(error, tr("the store '%1' could not be changed: %2"));
}

Status Database::read(QSqlQuery &query) const
{
    if (!query.exec())
        return readFailure(query.lastError());
    return success();
}

Status Database::read(QSqlQuery &query, const QString &sql) const
{
    if (!query.exec(sql))
        return readFailure(query.lastError());
    return success();
}

Status Database::write(QSqlQuery &query) const
{
    if (!query.exec())
        return writeFailure(query.lastError());
    return success();
}

Status Database::write(QSqlQuery &query, const QString &sql) const
{
    if (!query.exec(sql))
        return writeFailure(query.lastError());
    return success();
}

Status Database::rowsEnded(const QSqlQuery &query) const
{
    if (query.lastError().isValid())
        return readFailure(query.lastError());
    return success();
}

Expected<bool> Database::readFirstRow(QSqlQuery &query) const
{
    if (const Status run = read(query); !run)
        return run.error();
    if (query.next())
        return true;
    if (const Status ended = rowsEnded(query); !ended)
        return ended.error();
    return false;
}

Expected<bool> Database::readFirstRow(QSqlQuery &query, const QString &sql) const
{
    if (const Status run = read(query, sql); !run)
        return run.error();
    if (query.next())
        return true;
    if (const Status ended = rowsEnded(query); !ended)
        return ended.error();
    return false;
}

Status Database::execute(const QString &statement)
{
    QSqlQuery query(connection());
    return write(query, statement);
}

Status Database::transaction(const std::function<Status()> &work)
{
    return transaction(work, ForeignKeys::CheckedByStore);
}

Status Database::transaction(const std::function<Status()> &work, ForeignKeys foreignKeys)
{
    if (m_readOnly)
        return readOnlyFailure();
    const bool outermost = m_transactionDepth == 0;
    const bool uncheckedKeys =
        outermost && foreignKeys == ForeignKeys::CheckedByCaller && m_engine == StoreEngine::Sqlite;
    if (uncheckedKeys) {
        if (const Status off = execute(QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
            return off;
    }
    // On every way out, the rollback's and an exception's included. A
    // statement that fails here has nothing left to undo: its own failure,
    // or the work's, is what the caller is told.
    const auto restoreKeys = qScopeGuard([&] {
        if (uncheckedKeys)
            static_cast<void>(execute(QStringLiteral("PRAGMA foreign_keys = ON")));
    });
    const QString savepoint = QStringLiteral("nested_%1").arg(m_transactionDepth);
    const auto rollback = [&] {
        if (outermost) {
            static_cast<void>(execute(QStringLiteral("ROLLBACK")));
        } else {
            static_cast<void>(execute(QStringLiteral("ROLLBACK TO ") + savepoint));
            static_cast<void>(execute(QStringLiteral("RELEASE ") + savepoint));
        }
    };

    const Status begun =
        execute(outermost ? dialect().beginWrite() : QStringLiteral("SAVEPOINT ") + savepoint);
    if (!begun) {
        if (begun.errorKind() != Error::Kind::Storage)
            return begun;
        return begun.error().reworded(tr("the store cannot be changed: %1").arg(begun.message()));
    }
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
    // Delivered to the other connections when, and only if, this commits.
    if (outermost && m_engine == StoreEngine::PostgreSql) {
        if (const Status notified = execute(QStringLiteral("NOTIFY ") + notificationChannel()); !notified) {
            rollback();
            return notified.error().reworded(tr("the change could not be saved: %1").arg(notified.message()));
        }
    }
    const Status committed =
        execute(outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint);
    if (!committed) {
        rollback();
        return committed.error().reworded(tr("the change could not be saved: %1").arg(committed.message()));
    }
    return success();
}
