// The streaming upsert of the ticket store: the path of an import, kept apart
// from the store's reads and single-ticket writes.

#include "TicketStore.h"

#include "Database.h"
#include "TicketSql.h"

#include <QBitArray>
#include <QSqlError>
#include <QSqlQuery>

using namespace TicketSql;

namespace {

// An insert that skips a ticket already stored, then an update of it: both
// change one row, so SQLite needs no statement journal for them, where an
// upsert (INSERT ... ON CONFLICT DO UPDATE) writes every page it touches to
// one, millions of writes for a large import.
const QString InsertSql = QStringLiteral(
    "INSERT OR IGNORE INTO tickets (account_id, ticket_id, subject, priority, product_id, channel, created_at, "
    "first_response_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString UpdateSql = QStringLiteral(
    "UPDATE tickets SET account_id = ?, ticket_id = ?, subject = ?, priority = ?, product_id = ?, channel = ?, "
    "created_at = ?, first_response_at = ?, resolved_at = ? WHERE account_id = ? AND ticket_id = ?");
const QString UpdateReturningSql = UpdateSql + QStringLiteral(" RETURNING id");

// Below this many rows an import updates the indexes as it goes.
constexpr qint64 RebuildIndexesFrom = 50000;

struct IndexDefinition
{
    QString name;
    QString sql;
};

// The ticket table's own indexes as created (not the one of its UNIQUE
// constraint, which the upsert needs and SQLite owns).
QList<IndexDefinition> secondaryIndexes(const QSqlDatabase &connection)
{
    QList<IndexDefinition> indexes;
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                   "AND tbl_name = 'tickets' AND sql IS NOT NULL ORDER BY name")))
        return indexes;
    while (query.next())
        indexes.append({query.value(0).toString(), query.value(1).toString()});
    return indexes;
}

// A rough count of the rows already stored, without scanning them.
qint64 storedTicketEstimate(const QSqlDatabase &connection)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM tickets")) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

Status execute(const QSqlDatabase &connection, const QString &statement)
{
    QSqlQuery query(connection);
    if (!query.exec(statement))
        return Status::failure(query.lastError().text());
    return success();
}

} // namespace

Status TicketStore::upsertStream(const TicketSource &next, qint64 expectedCount)
{
    return upsertStream(next, expectedCount, {});
}

Status TicketStore::upsertStream(const TicketSource &next, qint64 expectedCount, const RepeatHandler &onRepeat)
{
    return m_database.transaction([&]() -> Status {
        const QSqlDatabase connection = m_database.connection();
        // Inserting a million rows into three indexes in creation order
        // touches their pages at random and spills them over and over;
        // building them afterwards sorts once. Dropped and made again in the
        // same transaction, so a failed load leaves them as they were.
        QList<IndexDefinition> rebuild;
        if (expectedCount >= RebuildIndexesFrom && expectedCount * 4 >= storedTicketEstimate(connection))
            rebuild = secondaryIndexes(connection);
        for (const IndexDefinition &index : std::as_const(rebuild)) {
            if (Status dropped = execute(connection, QStringLiteral("DROP INDEX \"%1\"").arg(index.name));
                !dropped)
                return dropped;
        }

        NameCache accounts(connection, QStringLiteral("SELECT id FROM accounts WHERE name = ?"));
        NameCache products(connection, QStringLiteral("SELECT id FROM products WHERE name = ?"));
        QSqlQuery insert(connection);
        insert.prepare(InsertSql);
        QSqlQuery update(connection);
        update.prepare(onRepeat ? UpdateReturningSql : UpdateSql);
        // Repeats are told apart without remembering the tickets: rows are
        // numbered past the largest row id, so one above `lastBefore` was
        // added by this stream, and one at or below it was updated by it when
        // its bit in `updated` is set (one bit per row that was there).
        qint64 lastBefore = 0;
        QBitArray updated;
        if (onRepeat) {
            QSqlQuery last(connection);
            if (!last.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM tickets")) || !last.next())
                return Status::failure(last.lastError().text());
            lastBefore = last.value(0).toLongLong();
            updated.resize(lastBefore + 1);
        }
        // Only on the way to an error: whether the ticket repeats one of
        // this stream, which is then the error to report.
        const auto repeatOf = [&](const Ticket &repeated, const std::optional<qint64> &accountId) {
            if (!onRepeat || !accountId)
                return std::optional<Status>();
            QSqlQuery find(connection);
            find.prepare(QStringLiteral("SELECT id FROM tickets WHERE account_id = ? AND ticket_id = ?"));
            find.addBindValue(*accountId);
            find.addBindValue(repeated.id);
            if (!find.exec() || !find.next())
                return std::optional<Status>();
            const qint64 rowId = find.value(0).toLongLong();
            if (rowId <= lastBefore && !updated.testBit(rowId))
                return std::optional<Status>();
            return std::optional<Status>(onRepeat(repeated));
        };
        Ticket ticket;
        while (next(ticket)) {
            if (const Status valid = validate(ticket); !valid)
                return valid;
            const auto accountId = accounts.idOf(ticket.account);
            if (!accountId)
                return Status::failure(
                    QStringLiteral("ticket '%1': no account named '%2'").arg(ticket.id, ticket.account));
            const auto productId = products.idOf(ticket.product);
            if (!productId) {
                if (auto repeat = repeatOf(ticket, accountId))
                    return *repeat;
                return Status::failure(
                    QStringLiteral("ticket '%1': no product named '%2'").arg(ticket.id, ticket.product));
            }
            bindTicket(insert, *accountId, *productId, ticket);
            if (!insert.exec())
                return Status::failure(
                    QStringLiteral("%1: %2").arg(describe(ticket), insert.lastError().text()));
            if (insert.numRowsAffected() > 0)
                continue;
            // Ignored: the account has that ticket already (validate() has
            // ruled out the other constraints an insert could break).
            bindTicket(update, *accountId, *productId, ticket);
            update.bindValue(9, *accountId);
            update.bindValue(10, ticket.id);
            if (!update.exec())
                return Status::failure(
                    QStringLiteral("%1: %2").arg(describe(ticket), update.lastError().text()));
            if (onRepeat) {
                if (!update.next())
                    return Status::failure(QStringLiteral("%1 could not be updated").arg(describe(ticket)));
                const qint64 rowId = update.value(0).toLongLong();
                // The whole stream is rolled back on the error, this update with it.
                if (rowId > lastBefore || updated.testBit(rowId))
                    return onRepeat(ticket);
                updated.setBit(rowId);
            }
        }
        insert.finish();
        update.finish();
        for (const IndexDefinition &index : std::as_const(rebuild)) {
            if (Status made = execute(connection, index.sql); !made)
                return Status::failure(QStringLiteral("the index %1 could not be rebuilt: %2")
                                           .arg(index.name, made.error()));
        }
        return success();
    });
}
