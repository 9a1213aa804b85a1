#include "TicketStore.h"

#include "Database.h"
#include "ReportTypes.h"
#include "TicketQuery.h"
#include "TicketSql.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <limits>

namespace {

QString minuteText(const std::optional<qint64> &instant)
{
    if (!instant)
        return QStringLiteral("—");
    return QDateTime::fromSecsSinceEpoch(*instant, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// A ticket as a conflict shows it: what an edit usually changes.
QString describeState(const Ticket &ticket)
{
    return TicketStore::tr("subject '%1', %2, product '%3', first response %4, resolved %5")
        .arg(ticket.subject, priorityCode(ticket.priority), ticket.product,
             minuteText(ticket.firstResponseAt), minuteText(ticket.resolvedAt));
}

} // namespace

using namespace TicketQuery;
using namespace TicketSql;

TicketStore::TicketStore(Database &database) : m_database(database)
{
}

Status TicketStore::upsert(const QList<Ticket> &tickets)
{
    for (const Ticket &ticket : tickets) {
        if (const Status valid = validate(ticket); !valid)
            return valid;
    }
    qsizetype next = 0;
    return upsertStream(
        [&](Ticket &ticket) {
            if (next == tickets.size())
                return false;
            ticket = tickets[next++];
            return true;
        },
        tickets.size());
}

Status TicketStore::save(const Ticket &ticket)
{
    return upsert({ticket});
}

Status TicketStore::update(qint64 rowId, const Ticket &ticket)
{
    if (const Status valid = validate(ticket); !valid)
        return valid;
    return m_database.transaction([&]() -> Status {
        const auto accountId = NameCache(m_database, QStringLiteral("SELECT id FROM accounts WHERE name = ?"))
                                   .idOf(ticket.account);
        if (!accountId)
            return accountId.error();
        if (!*accountId) {
            return Status::failure(Error::Kind::NotFound,
                                   tr("ticket '%1': no account named '%2'").arg(ticket.id, ticket.account));
        }
        const auto productId = NameCache(m_database, QStringLiteral("SELECT id FROM products WHERE name = ?"))
                                   .idOf(ticket.product);
        if (!productId)
            return productId.error();
        if (!*productId) {
            return Status::failure(Error::Kind::NotFound,
                                   tr("ticket '%1': no product named '%2'").arg(ticket.id, ticket.product));
        }
        QSqlQuery query(m_database.connection());
        query.prepare(
            QStringLiteral("SELECT 1 FROM tickets WHERE account_id = ? AND ticket_id = ? AND id <> ?"));
        query.addBindValue(**accountId);
        query.addBindValue(ticket.id);
        query.addBindValue(rowId);
        const auto taken = m_database.readFirstRow(query);
        if (!taken)
            return taken.error();
        if (*taken) {
            return Status::failure(
                Error::Kind::InvalidInput,
                tr("account '%1' already has a ticket '%2'").arg(ticket.account, ticket.id));
        }
        const bool checked = ticket.version != 0;
        query.prepare(
            QStringLiteral("UPDATE tickets SET account_id = ?, ticket_id = ?, subject = ?, priority = ?, "
                           "product_id = ?, channel = ?, created_at = ?, first_response_at = ?, "
                           "resolved_at = ?, version = version + 1 WHERE id = ?") +
            (checked ? QStringLiteral(" AND version = ?") : QString()));
        bindTicket(query, **accountId, **productId, ticket);
        query.bindValue(9, rowId);
        if (checked)
            query.bindValue(10, ticket.version);
        if (const Status written = m_database.write(query); !written)
            return written.error().reworded(
                QStringLiteral("%1: %2").arg(describe(ticket), written.message()));
        if (query.numRowsAffected() > 0)
            return success();
        const auto now = findByRowId(rowId);
        if (!now)
            return now.error().reworded(tr("%1 no longer exists").arg(describe(ticket)));
        return Status::failure(
            Error::Kind::Conflict,
            tr("%1 was changed elsewhere since you opened it: now %2; your change was not saved")
                .arg(describe(now->ticket), describeState(now->ticket)));
    });
}

Status TicketStore::remove(qint64 rowId)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM tickets WHERE id = ?"));
        query.addBindValue(rowId);
        if (const Status removed = m_database.write(query); !removed)
            return removed;
        if (query.numRowsAffected() < 1)
            return Status::failure(Error::Kind::NotFound, tr("the ticket no longer exists"));
        return success();
    });
}

Expected<TicketRow> TicketStore::findByRowId(qint64 rowId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(SelectRow + QStringLiteral(" WHERE t.id = ?"));
    query.addBindValue(rowId);
    const auto found = m_database.readFirstRow(query);
    if (!found)
        return found.error();
    if (!*found)
        return Expected<TicketRow>::failure(Error::Kind::NotFound, tr("the ticket no longer exists"));
    return rowFrom(query);
}

TicketKeyLookup::TicketKeyLookup(Database &database) : m_database(database), m_query(database.connection())
{
    m_query.setForwardOnly(true);
}

Expected<QList<Ticket>> TicketKeyLookup::find(const QList<TicketKey> &keys)
{
    QList<Ticket> found;
    if (keys.isEmpty())
        return found;
    // The keys as a table joined to the tickets: both engines then look each
    // one up in the unique index of (account_id, ticket_id). (A WHERE of one
    // OR per key plans slowly: 37 ms for 500 keys on SQLite.) Both name a
    // VALUES list's columns column1, column2; the cast types PostgreSQL's
    // parameter.
    if (m_preparedFor != keys.size()) {
        QString values = QStringLiteral("(CAST(? AS BIGINT), ?)");
        for (qsizetype i = 1; i < keys.size(); ++i)
            values += QStringLiteral(", (CAST(? AS BIGINT), ?)");
        m_query.prepare(RowColumns +
                        QStringLiteral(" FROM (VALUES %1) AS k JOIN tickets t ON t.account_id = k.column1 "
                                       "AND t.ticket_id = k.column2")
                            .arg(values) +
                        RowJoins);
        m_preparedFor = keys.size();
    }
    int at = 0;
    for (const TicketKey &key : keys) {
        m_query.bindValue(at++, key.accountId);
        m_query.bindValue(at++, key.id);
    }
    if (const Status run = m_database.read(m_query); !run)
        return run.error();
    while (m_query.next())
        found.append(rowFrom(m_query).ticket);
    if (const Status ended = m_database.rowsEnded(m_query); !ended)
        return ended.error();
    return found;
}

namespace {

// Runs one of the report's reads (TicketQuery::reportTickets*Sql) and gives
// `sink` its rows.
Status forEachReportRow(const Database &database, const BoundSql &statement,
                        const std::function<void(qint64, const ReportTicket &)> &sink)
{
    // Whether each product counts, read once: the rows then carry only
    // integers, and no text is converted per row.
    QHash<qint64, bool> eligibleByProduct;
    {
        QSqlQuery products(database.connection());
        if (const Status run = database.read(products, QStringLiteral("SELECT id, category FROM products"));
            !run)
            return run;
        while (products.next()) {
            const auto category = parseProductCategory(products.value(1).toString());
            eligibleByProduct.insert(products.value(0).toLongLong(),
                                     category && countsTowardGuarantees(*category));
        }
        if (const Status ended = database.rowsEnded(products); !ended)
            return ended;
    }

    // Forward only: on PostgreSQL the rows then come one at a time as the
    // server sends them (libpq's single-row mode), never all in memory.
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(statement.sql);
    statement.bindTo(query);
    if (const Status run = database.read(query); !run)
        return run;
    qint64 lastProduct = -1;
    bool lastEligible = false;
    while (query.next()) {
        ReportTicket ticket;
        ticket.createdAt = query.value(1).toLongLong();
        if (!query.isNull(2))
            ticket.firstResponseAt = query.value(2).toLongLong();
        ticket.priority = static_cast<Priority>(query.value(3).toInt());
        // A product missing from the table (the foreign key forbids it) counts as not eligible.
        const qint64 product = query.value(4).toLongLong();
        if (product != lastProduct) {
            lastProduct = product;
            lastEligible = eligibleByProduct.value(product, false);
        }
        ticket.eligible = lastEligible;
        ticket.rowId = query.value(5).toLongLong();
        sink(query.value(0).toLongLong(), ticket);
    }
    return database.rowsEnded(query);
}

} // namespace

Status TicketStore::forEachReportTicket(const QList<qint64> &accountIds, qint64 fromUtc, qint64 toUtc,
                                        const std::function<void(qint64, const ReportTicket &)> &sink) const
{
    return forEachReportRow(m_database, reportTicketsSql(accountIds, fromUtc, toUtc), sink);
}

Status TicketStore::forEachReportTicketByAccountName(
    qint64 fromUtc, qint64 toUtc, const std::function<void(qint64, const ReportTicket &)> &sink) const
{
    return forEachReportRow(m_database, reportTicketsByAccountNameSql(fromUtc, toUtc), sink);
}

Status TicketStore::forEachTicket(const TicketFilter &filter,
                                  const std::function<void(const Ticket &)> &sink) const
{
    const QSqlDatabase connection = m_database.connection();
    // Names are read once and shared by every row (implicitly, without a
    // copy); the rows themselves need the account's name only to be sorted,
    // and not at all when they are one account's.
    QHash<qint64, QString> accountNames;
    QHash<qint64, QString> productNames;
    {
        QSqlQuery names(connection);
        if (filter.accountId) {
            names.prepare(QStringLiteral("SELECT id, name FROM accounts WHERE id = ?"));
            names.addBindValue(*filter.accountId);
        } else {
            names.prepare(QStringLiteral("SELECT id, name FROM accounts"));
        }
        if (const Status run = m_database.read(names); !run)
            return run;
        while (names.next())
            accountNames.insert(names.value(0).toLongLong(), names.value(1).toString());
        if (const Status ended = m_database.rowsEnded(names); !ended)
            return ended;
        if (const Status run = m_database.read(names, QStringLiteral("SELECT id, name FROM products")); !run)
            return run;
        while (names.next())
            productNames.insert(names.value(0).toLongLong(), names.value(1).toString());
        if (const Status ended = m_database.rowsEnded(names); !ended)
            return ended;
    }

    const BoundSql statement = exportTicketsSql(filter, m_database.dialect());
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    query.prepare(statement.sql);
    statement.bindTo(query);
    if (const Status run = m_database.read(query); !run)
        return run;
    Ticket ticket;
    while (query.next()) {
        ticket.id = query.value(0).toString();
        ticket.account = accountNames.value(query.value(1).toLongLong());
        ticket.subject = query.value(2).toString();
        ticket.priority = static_cast<Priority>(query.value(3).toInt());
        ticket.product = productNames.value(query.value(4).toLongLong());
        ticket.channel = static_cast<Channel>(query.value(5).toInt());
        ticket.createdAt = query.value(6).toLongLong();
        ticket.firstResponseAt =
            query.isNull(7) ? std::nullopt : std::optional<qint64>(query.value(7).toLongLong());
        ticket.resolvedAt =
            query.isNull(8) ? std::nullopt : std::optional<qint64>(query.value(8).toLongLong());
        sink(ticket);
    }
    return m_database.rowsEnded(query);
}

Expected<QList<TicketRow>> TicketStore::page(const TicketFilter &filter, TicketSortColumn column,
                                             Qt::SortOrder order, const std::optional<TicketSortKey> &after,
                                             int limit) const
{
    QList<TicketRow> rows;
    if (limit <= 0)
        return rows;
    const BoundSql statement = ticketPageSql(filter, column, order, after, limit, m_database.dialect());
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(statement.sql);
    statement.bindTo(query);
    if (const Status run = m_database.read(query); !run)
        return run.error();
    rows.reserve(limit);
    while (query.next())
        rows.append(rowFrom(query));
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    return rows;
}

TicketSortKey TicketStore::sortKey(const TicketRow &row, TicketSortColumn column)
{
    const Ticket &t = row.ticket;
    QVariant value;
    switch (column) {
    case TicketSortColumn::Account: value = t.account; break;
    case TicketSortColumn::TicketId: value = t.id; break;
    case TicketSortColumn::Subject: value = t.subject; break;
    case TicketSortColumn::Priority: value = priorityIndex(t.priority); break;
    case TicketSortColumn::Product: value = t.product; break;
    case TicketSortColumn::Channel: value = int(t.channel); break;
    case TicketSortColumn::CreatedAt: value = t.createdAt; break;
    case TicketSortColumn::FirstResponseAt: value = t.firstResponseAt.value_or(NotYet); break;
    case TicketSortColumn::ResolvedAt: value = t.resolvedAt.value_or(NotYet); break;
    }
    return {value, row.rowId};
}

Expected<qint64> TicketStore::count(const TicketFilter &filter) const
{
    const Conditions conditions = conditionsOf(filter, m_database.dialect());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM tickets t") + conditions.where());
    conditions.bindTo(query);
    const auto counted = m_database.readFirstRow(query);
    if (!counted)
        return counted.error();
    return *counted ? query.value(0).toLongLong() : 0;
}
