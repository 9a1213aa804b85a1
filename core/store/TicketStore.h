#pragma once

#include "Channel.h"
#include "Expected.h"
#include "Priority.h"
#include "ProductCategory.h"
#include "Ticket.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <Qt>
#include <functional>
#include <optional>

class Database;
struct ReportTicket;

// The columns the ticket table can be sorted by. Unanswered or unresolved
// tickets sort after every answered or resolved one in ascending order.
enum class TicketSortColumn : quint8 {
    Account,
    TicketId,
    Subject,
    Priority,
    Product,
    Channel,
    CreatedAt,
    FirstResponseAt,
    ResolvedAt,
};

// Conditions a ticket must all meet; an unset one does not filter.
struct TicketFilter
{
    std::optional<qint64> accountId;
    std::optional<qint64> createdFrom; // inclusive, UTC seconds
    std::optional<qint64> createdTo;   // exclusive, UTC seconds
    std::optional<Priority> priority;
    std::optional<qint64> productId;
    std::optional<Channel> channel;
    std::optional<bool> answered;
    QString text; // found in the ticket id or subject, any letter case
};

struct TicketRow
{
    qint64 rowId = 0;
    Ticket ticket;
    ProductCategory category = ProductCategory::Ga;
};

// Where a page ends: the sort value of its last row and that row's id.
struct TicketSortKey
{
    QVariant value;
    qint64 rowId = 0;
};

// A ticket as the store keys it: its id within its account.
struct TicketKey
{
    qint64 accountId = 0;
    QString id;
};

// The tickets of every account: bulk import, the report's scan, export and
// the pages of the ticket table.
class TicketStore
{
    Q_DECLARE_TR_FUNCTIONS(TicketStore)

public:
    explicit TicketStore(Database &database);

    // All or none: each ticket is added, or updated when its account already
    // has a ticket with that id. Accounts and products are found by name.
    Status upsert(const QList<Ticket> &tickets);

    // Puts the next ticket in `ticket`; false when there are no more.
    using TicketSource = std::function<bool(Ticket &ticket)>;
    // As upsert(), for tickets pulled one at a time, so that a million of
    // them are never in memory together; inside the caller's transaction it
    // is a savepoint of it. `expectedCount`, a guess (0 when unknown), lets
    // a load as large as the table rebuild the table's secondary indexes once
    // instead of updating them row by row.
    Status upsertStream(const TicketSource &next, qint64 expectedCount = 0);
    // Called, instead of updating, for a ticket that repeats one this same
    // stream already added or updated; its status ends the stream.
    using RepeatHandler = std::function<Status(const Ticket &ticket)>;
    // As above, a repeated ticket being an error: the store notices it
    // itself, so a caller need not remember every ticket it has passed.
    Status upsertStream(const TicketSource &next, qint64 expectedCount, const RepeatHandler &onRepeat);
    Status save(const Ticket &ticket);
    // Changes the ticket of that row, its id and account included. With
    // ticket.version set (as read), refused when the row was changed since
    // (an error of kind Conflict), the message showing it as it now is; with 0,
    // read and written in one transaction.
    Status update(qint64 rowId, const Ticket &ticket);
    Status remove(qint64 rowId);
    Expected<TicketRow> findByRowId(qint64 rowId) const;

    // Tickets created in [fromUtc, toUtc) of these accounts (all when empty),
    // by account id then creation, in one forward pass. Fails, after giving
    // `sink` the rows read so far, when a row cannot be read: whatever was
    // computed from them must then be dropped.
    Status forEachReportTicket(const QList<qint64> &accountIds, qint64 fromUtc, qint64 toUtc,
                               const std::function<void(qint64 accountId, const ReportTicket &)> &sink) const;
    // The same for every account, by account name (the report's order of
    // accounts) then creation: one statement, however many accounts.
    Status forEachReportTicketByAccountName(
        qint64 fromUtc, qint64 toUtc,
        const std::function<void(qint64 accountId, const ReportTicket &)> &sink) const;
    // Matching tickets by account name, creation and ticket id.
    Status forEachTicket(const TicketFilter &filter, const std::function<void(const Ticket &)> &sink) const;

    // Up to `limit` matching rows following `after` in the sort order (from
    // the first row without it); the rows tie-break on their row id.
    Expected<QList<TicketRow>> page(const TicketFilter &filter, TicketSortColumn column, Qt::SortOrder order,
                                    const std::optional<TicketSortKey> &after, int limit) const;
    // The key to pass as `after` for the page that follows `row`.
    static TicketSortKey sortKey(const TicketRow &row, TicketSortColumn column);
    Expected<qint64> count(const TicketFilter &filter) const;

private:
    Database &m_database;
};

// The tickets of batches of (account, id) keys that exist, each batch in one
// statement through the unique index, prepared once per batch size: an
// import's dry run asks for its rows a batch at a time.
class TicketKeyLookup
{
public:
    explicit TicketKeyLookup(Database &database);
    Expected<QList<Ticket>> find(const QList<TicketKey> &keys);

private:
    Database &m_database;
    QSqlQuery m_query;
    qsizetype m_preparedFor = 0;
};

// Reads for the ticket table's orders that no store column gives (response
// time, due time, breached only) and for far jumps in a store order. Kept as
// functions over the store's SQL so they share its filters and sort values.
namespace TicketStoreReads {

// What a ticket's guarantee depends on, and nothing else: a million of them
// are read in one pass.
struct DeadlineFields
{
    qint64 rowId = 0;
    qint64 accountId = 0;
    Priority priority = Priority::P3;
    qint64 createdAt = 0;
    std::optional<qint64> firstResponseAt;
};

// Every matching ticket once, in the order of `column` (ties on the row id;
// by row id alone without a column), forward only.
Status forEachDeadlineFields(Database &database, const TicketFilter &filter,
                             std::optional<TicketSortColumn> column, Qt::SortOrder order,
                             const std::function<void(const DeadlineFields &)> &sink);
// The rows of these row ids in the order given; an id no longer stored is left out.
Expected<QList<TicketRow>> rowsByIds(Database &database, const qint64 *ids, qsizetype count);
// The key of the row at `position` (from 0) of the matching rows in that
// order, read from the narrow sort values only; none past the last row.
Expected<std::optional<TicketSortKey>> keyAt(Database &database, const TicketFilter &filter,
                                             TicketSortColumn column, Qt::SortOrder order, qint64 position);

} // namespace TicketStoreReads
