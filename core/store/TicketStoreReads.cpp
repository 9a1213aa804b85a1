#include "Database.h"
#include "PgCopyOut.h"
#include "SqliteHandle.h"
#include "TicketQuery.h"
#include "TicketStore.h"

#include <QHash>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStringList>
#include <sqlite3.h>

using namespace TicketQuery;

namespace {

// The same rows through SQLite's interface: five integers a row without a
// QVariant each, under half the time at a million rows. Nothing read, and
// false, when the statement cannot be prepared or bound: QSqlQuery then
// tries. A row that cannot be read is the store's error, as on every path.
std::optional<Status> forEachNative(const Database &database, sqlite3 *handle, const QString &sql,
                                    const QVariantList &values,
                                    const std::function<void(const TicketStoreReads::DeadlineFields &)> &sink)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
        return std::nullopt;
    const auto finalize = qScopeGuard([statement] { sqlite3_finalize(statement); });
    if (!bindSqliteValues(statement, values))
        return std::nullopt;
    TicketStoreReads::DeadlineFields fields;
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(statement)) == SQLITE_ROW) {
        fields.rowId = sqlite3_column_int64(statement, 0);
        fields.accountId = sqlite3_column_int64(statement, 1);
        fields.priority = static_cast<Priority>(sqlite3_column_int(statement, 2));
        fields.createdAt = sqlite3_column_int64(statement, 3);
        fields.firstResponseAt = sqlite3_column_type(statement, 4) == SQLITE_NULL
                                     ? std::nullopt
                                     : std::optional<qint64>(sqlite3_column_int64(statement, 4));
        sink(fields);
    }
    if (stepped != SQLITE_DONE)
        return Status(database.readFailure(sqliteError(handle)));
    return success();
}

// The same rows from PostgreSQL as COPY's text lines (PgCopyOut.h).
std::optional<Status> forEachCopied(Database &database, const QString &sql,
                                    const std::function<void(const TicketStoreReads::DeadlineFields &)> &sink)
{
    TicketStoreReads::DeadlineFields fields;
    return forEachCopyRow(database, sql.toUtf8(), [&](CopyLine &line) {
        const auto rowId = line.nextNumber();
        const auto account = line.nextNumber();
        const auto priority = line.nextNumber();
        const auto created = line.nextNumber();
        fields.firstResponseAt = line.nextNumber();
        if (!line.wholeAndValid() || !rowId || !account || !priority || !created || *priority < 0 ||
            *priority > 2)
            return false;
        fields.rowId = *rowId;
        fields.accountId = *account;
        fields.priority = static_cast<Priority>(*priority);
        fields.createdAt = *created;
        sink(fields);
        return true;
    });
}

} // namespace

namespace TicketStoreReads {

Status forEachDeadlineFields(Database &database, const TicketFilter &filter,
                             std::optional<TicketSortColumn> column, Qt::SortOrder order,
                             const std::function<void(const DeadlineFields &)> &sink)
{
    // Without a column, the table's own order: read straight through, where
    // an index's order would look up every row apart.
    const SqlDialect dialect = database.dialect();
    const SortSql sort = column ? sortSqlOf(*column, dialect) : SortSql{QStringLiteral("t.id"), QString()};
    const Conditions conditions = conditionsOf(filter, dialect);
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString sql =
        QStringLiteral("SELECT t.id, t.account_id, t.priority, t.created_at, t.first_response_at "
                       "FROM tickets t") +
        sort.join + conditions.where() + QStringLiteral(" ORDER BY ") + sort.value + direction +
        QStringLiteral(", t.id") + direction;
    if (sqlite3 *handle = sqliteHandleOf(database.connection())) {
        if (auto read = forEachNative(database, handle, sql, conditions.values, sink))
            return *read;
    }
    // COPY takes no parameter: a filtered read, with fewer rows, goes through Qt.
    if (conditions.values.isEmpty() && database.engine() == StoreEngine::PostgreSql) {
        if (auto read = forEachCopied(database, sql, sink))
            return *read;
    }
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    conditions.bindTo(query);
    if (const Status run = database.read(query); !run)
        return run;
    DeadlineFields fields;
    while (query.next()) {
        fields.rowId = query.value(0).toLongLong();
        fields.accountId = query.value(1).toLongLong();
        fields.priority = static_cast<Priority>(query.value(2).toInt());
        fields.createdAt = query.value(3).toLongLong();
        const QVariant response = query.value(4);
        fields.firstResponseAt =
            response.isNull() ? std::nullopt : std::optional<qint64>(response.toLongLong());
        sink(fields);
    }
    return database.rowsEnded(query);
}

Expected<QList<TicketRow>> rowsByIds(Database &database, const qint64 *ids, qsizetype count)
{
    QList<TicketRow> rows;
    if (count <= 0)
        return rows;
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(SelectRow + QStringLiteral(" WHERE t.id IN (") +
                  QStringList(count, QStringLiteral("?")).join(u',') + u')');
    for (qsizetype i = 0; i < count; ++i)
        query.addBindValue(ids[i]);
    if (const Status run = database.read(query); !run)
        return run.error();
    QHash<qint64, TicketRow> found;
    found.reserve(count);
    while (query.next()) {
        TicketRow row = rowFrom(query);
        found.insert(row.rowId, std::move(row));
    }
    if (const Status ended = database.rowsEnded(query); !ended)
        return ended.error();
    rows.reserve(found.size());
    for (qsizetype i = 0; i < count; ++i) {
        if (auto row = found.constFind(ids[i]); row != found.constEnd())
            rows.append(*row);
    }
    return rows;
}

Expected<std::optional<TicketSortKey>> keyAt(Database &database, const TicketFilter &filter,
                                             TicketSortColumn column, Qt::SortOrder order, qint64 position)
{
    if (position < 0)
        return std::optional<TicketSortKey>();
    const SqlDialect dialect = database.dialect();
    const SortSql sort = sortSqlOf(column, dialect);
    const Conditions conditions = conditionsOf(filter, dialect);
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + sort.value + QStringLiteral(", t.id FROM tickets t") +
                  sort.join + conditions.where() + QStringLiteral(" ORDER BY ") + sort.value + direction +
                  QStringLiteral(", t.id") + direction + QStringLiteral(" LIMIT 1 OFFSET ?"));
    conditions.bindTo(query);
    query.addBindValue(position);
    const auto found = database.readFirstRow(query);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<TicketSortKey>();
    return std::optional<TicketSortKey>(TicketSortKey{query.value(0), query.value(1).toLongLong()});
}

} // namespace TicketStoreReads
