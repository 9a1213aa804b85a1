#include "PgHandle.h"

#include "Database.h"
#include "LibPq.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <atomic>
#include <optional>
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

template <typename Function> bool take(void *plugin, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(dlsym(plugin, name));
    return function != nullptr;
}

// Looked up through the plugin's handle: in the plugin, then in what it
// loaded, so in the libpq it calls, linked in or its own.
std::optional<LibPq> driversLibPq()
{
    const QByteArray plugin = loadedDriverPlugin();
    if (plugin.isEmpty())
        return std::nullopt;
    // Already loaded: only its handle is taken, and the plugin stays
    // loaded while Qt keeps its driver, which is as long as the process.
    void *handle = dlopen(plugin.constData(), RTLD_LAZY | RTLD_NOLOAD);
    if (!handle)
        return std::nullopt;
    LibPq pq{};
    const bool all =
        take(handle, "PQstatus", pq.status) && take(handle, "PQtransactionStatus", pq.transactionStatus) &&
        take(handle, "PQbackendPID", pq.backendPid) && take(handle, "PQerrorMessage", pq.errorMessage) &&
        take(handle, "PQexec", pq.exec) && take(handle, "PQgetResult", pq.getResult) &&
        take(handle, "PQresultStatus", pq.resultStatus) &&
        take(handle, "PQresultErrorField", pq.resultErrorField) &&
        take(handle, "PQresultErrorMessage", pq.resultErrorMessage) && take(handle, "PQclear", pq.clear) &&
        take(handle, "PQputCopyData", pq.putCopyData) && take(handle, "PQputCopyEnd", pq.putCopyEnd) &&
        take(handle, "PQgetCopyData", pq.getCopyData) && take(handle, "PQfreemem", pq.freemem);
    dlclose(handle);
    if (!all)
        return std::nullopt;
    return pq;
}
#else
// Elsewhere the driver's libpq is not known: the portable path is taken.
std::optional<LibPq> driversLibPq()
{
    return std::nullopt;
}
#endif

} // namespace

const LibPq *libpq()
{
    // Found once the driver is loaded; until then asked again each time.
    static QMutex mutex;
    static std::optional<LibPq> found;
    const QMutexLocker locker(&mutex);
    if (!found)
        found = driversLibPq();
    return found ? &*found : nullptr;
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
    const LibPq *pq = libpq();
    if (!handle.isValid() || !isPgConn || !pq)
        return nullptr;
    PGconn *const pg = *static_cast<PGconn *const *>(handle.constData());
    // A statement still running (a query read row by row) would be
    // interleaved with ours.
    if (!pg || pq->status(pg) != CONNECTION_OK || pq->transactionStatus(pg) == PQTRANS_ACTIVE)
        return nullptr;
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT pg_backend_pid()")) || !query.next() ||
        query.value(0).toInt() != pq->backendPid(pg))
        return nullptr;
    return pg;
}

QSqlError postgresError(PGconn *connection, const PGresult *result)
{
    const LibPq &pq = *libpq();
    QString code = result ? QString::fromUtf8(pq.resultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    if (code.isEmpty() && pq.status(connection) == CONNECTION_BAD)
        code = QStringLiteral("08006");
    const char *message = result ? pq.resultErrorMessage(result) : nullptr;
    if (!message || !*message)
        message = pq.errorMessage(connection);
    return QSqlError(QString(), QString::fromUtf8(message).trimmed(), QSqlError::StatementError, code);
}

std::optional<QSqlError> readRemainingResults(PGconn *connection)
{
    const LibPq &pq = *libpq();
    std::optional<QSqlError> failed;
    while (PGresult *result = pq.getResult(connection)) {
        if (!failed && pq.resultStatus(result) != PGRES_COMMAND_OK)
            failed = postgresError(connection, result);
        pq.clear(result);
        if (pq.status(connection) == CONNECTION_BAD)
            break;
    }
    return failed;
}
