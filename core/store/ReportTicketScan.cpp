#include "ReportTicketScan.h"

#include "Database.h"
#include "ProductCategory.h"
#include "SqliteHandle.h"

#include <QHash>
#include <QSqlQuery>
#include <sqlite3.h>

namespace {

// Whether [from, to) holds enough of the tickets' time for the whole table
// to be read faster, page after page, than the range through the
// (created_at, id) index with a lookup per row: a quarter of the span of
// their creation times, the ratio of the two costs per row. Nullopt when
// the bounds cannot be read (the caller reads through Qt, which reports it).
std::optional<bool> rangeIsWide(sqlite3 *handle, qint64 fromUtc, qint64 toUtc)
{
    // Two subqueries: each is one step at an end of the index.
    const SqliteStatement span(
        handle, "SELECT (SELECT min(created_at) FROM tickets), (SELECT max(created_at) FROM tickets)");
    if (!span.prepared() || sqlite3_step(span.get()) != SQLITE_ROW)
        return std::nullopt;
    if (sqlite3_column_type(span.get(), 0) == SQLITE_NULL)
        return true; // no ticket: nothing to read either way
    const qint64 first = sqlite3_column_int64(span.get(), 0);
    const qint64 last = sqlite3_column_int64(span.get(), 1);
    const qint64 covered = std::min(toUtc, last + 1) - std::max(fromUtc, first);
    return covered * 4 >= last + 1 - first;
}

} // namespace

namespace ReportTicketScan {

// Read once: the rows then carry only integers, and no text is converted per row.
Expected<QHash<qint64, bool>> eligibilityByProduct(Database &database)
{
    QHash<qint64, bool> eligible;
    QSqlQuery products(database.connection());
    if (const Status run = database.read(products, QStringLiteral("SELECT id, category FROM products")); !run)
        return run.error();
    while (products.next()) {
        const auto category = parseProductCategory(products.value(1).toString());
        eligible.insert(products.value(0).toLongLong(), category && countsTowardGuarantees(*category));
    }
    if (const Status ended = database.rowsEnded(products); !ended)
        return ended.error();
    return eligible;
}

std::optional<Status> forEachBatch(Database &database, std::optional<qint64> onlyAccount, qint64 fromUtc,
                                   qint64 toUtc, const std::function<void(std::vector<Row> &)> &sink)
{
    sqlite3 *handle = sqliteHandleOf(database.connection());
    if (!handle)
        return std::nullopt;
    const char *sql = nullptr;
    if (onlyAccount) {
        sql = "SELECT account_id, created_at, first_response_at, priority, product_id FROM tickets "
              "WHERE account_id = ?3 AND created_at >= ?1 AND created_at < ?2";
    } else {
        const std::optional<bool> wide = rangeIsWide(handle, fromUtc, toUtc);
        if (!wide)
            return std::nullopt;
        // The bounds are checked on each row of the whole table: in the
        // statement they would make SQLite walk the index instead.
        sql = *wide ? "SELECT account_id, created_at, first_response_at, priority, product_id "
                      "FROM tickets"
                    : "SELECT account_id, created_at, first_response_at, priority, product_id "
                      "FROM tickets WHERE created_at >= ?1 AND created_at < ?2";
    }
    const SqliteStatement statement(handle, sql);
    if (!statement.prepared())
        return std::nullopt;
    sqlite3_stmt *rows = statement.get();
    const int parameters = sqlite3_bind_parameter_count(rows);
    if (parameters >= 2 && (sqlite3_bind_int64(rows, 1, fromUtc) != SQLITE_OK ||
                            sqlite3_bind_int64(rows, 2, toUtc) != SQLITE_OK))
        return std::nullopt;
    if (parameters == 3 && sqlite3_bind_int64(rows, 3, *onlyAccount) != SQLITE_OK)
        return std::nullopt;

    // The row id is not read: a report shows no ticket.
    constexpr std::size_t BatchSize = 2048;
    std::vector<Row> batch;
    batch.reserve(BatchSize);
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(rows)) == SQLITE_ROW) {
        Row row;
        row.createdAt = sqlite3_column_int64(rows, 1);
        if (row.createdAt < fromUtc || row.createdAt >= toUtc)
            continue;
        row.accountId = sqlite3_column_int64(rows, 0);
        row.answered = sqlite3_column_type(rows, 2) != SQLITE_NULL;
        if (row.answered)
            row.firstResponseAt = sqlite3_column_int64(rows, 2);
        row.priority = static_cast<Priority>(sqlite3_column_int(rows, 3));
        row.productId = sqlite3_column_int64(rows, 4);
        batch.push_back(row);
        if (batch.size() == BatchSize) {
            sink(batch);
            batch.clear();
            if (batch.capacity() < BatchSize)
                batch.reserve(BatchSize);
        }
    }
    if (stepped != SQLITE_DONE)
        return Status(database.readFailure(sqliteError(handle)));
    if (!batch.empty())
        sink(batch);
    return success();
}

} // namespace ReportTicketScan
