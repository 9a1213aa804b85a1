#include "PgHandle.h"

#include "Database.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <atomic>
#include <libpq-fe.h>
#if defined(__linux__)
#include <cstring>
#include <dlfcn.h>
#include <link.h>
#endif

namespace {

std::atomic<bool> portableOnly{false};

#if defined(__linux__)
// The file of Qt's PostgreSQL driver plugin as loaded in this process.
QByteArray loadedDriverPlugin()
{
    QByteArray found;
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *data) {
            if (info->dlpi_name && std::strstr(info->dlpi_name, "qsqlpsql")) {
                *static_cast<QByteArray *>(data) = info->dlpi_name;
                return 1;
            }
            return 0;
        },
        &found);
    return found;
}

const void *objectOf(const void *address)
{
    Dl_info info{};
    return address && dladdr(address, &info) ? info.dli_fbase : nullptr;
}

bool checkSameLibpq()
{
    const QByteArray plugin = loadedDriverPlugin();
    if (plugin.isEmpty())
        return false;
    // Already loaded: only its handle is taken. A symbol is looked up in the
    // plugin, then in what it loaded: a libpq of its own, linked in or
    // loaded, resolves elsewhere than ours.
    void *handle = dlopen(plugin.constData(), RTLD_LAZY | RTLD_NOLOAD);
    if (!handle)
        return false;
    const void *theirs = dlsym(handle, "PQstatus");
    dlclose(handle);
    const void *ours = reinterpret_cast<const void *>(&PQstatus);
    return theirs && objectOf(theirs) && objectOf(theirs) == objectOf(ours);
}
#else
// Elsewhere the driver's libpq is not known: the portable path is taken.
bool checkSameLibpq()
{
    return false;
}
#endif

} // namespace

bool sameLibpqAsDriver()
{
    static const bool same = checkSameLibpq();
    return same;
}

void usePortablePostgresPaths(bool portable)
{
    portableOnly = portable;
}

PGconn *postgresHandleOf(const Database &database)
{
    if (portableOnly || database.engine() != StoreEngine::PostgreSql)
        return nullptr;
    const QSqlDatabase connection = database.connection();
    if (connection.driverName() != QLatin1String("QPSQL") || !connection.driver() || !connection.isOpen())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    // Qt names the type by its struct, pg_conn*, where older versions said PGconn*.
    const bool isPgConn =
        qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0;
    if (!handle.isValid() || !isPgConn || !sameLibpqAsDriver())
        return nullptr;
    PGconn *const pg = *static_cast<PGconn *const *>(handle.constData());
    // A statement still running (a query read row by row) would be
    // interleaved with ours.
    if (!pg || PQstatus(pg) != CONNECTION_OK || PQtransactionStatus(pg) == PQTRANS_ACTIVE)
        return nullptr;
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT pg_backend_pid()")) || !query.next() ||
        query.value(0).toInt() != PQbackendPID(pg))
        return nullptr;
    return pg;
}

QSqlError postgresError(PGconn *connection, const PGresult *result)
{
    QString code = result ? QString::fromUtf8(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    if (code.isEmpty() && PQstatus(connection) == CONNECTION_BAD)
        code = QStringLiteral("08006");
    const char *message = result ? PQresultErrorMessage(result) : nullptr;
    if (!message || !*message)
        message = PQerrorMessage(connection);
    return QSqlError(QString(), QString::fromUtf8(message).trimmed(), QSqlError::StatementError, code);
}

std::optional<QSqlError> readRemainingResults(PGconn *connection)
{
    std::optional<QSqlError> failed;
    while (PGresult *result = PQgetResult(connection)) {
        if (!failed && PQresultStatus(result) != PGRES_COMMAND_OK)
            failed = postgresError(connection, result);
        PQclear(result);
        if (PQstatus(connection) == CONNECTION_BAD)
            break;
    }
    return failed;
}
