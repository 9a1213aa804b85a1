#include "TicketQuery.h"

#include <QSqlError>

namespace TicketQuery {

namespace {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

const QString RowColumns = QStringLiteral(
    "SELECT t.id, t.ticket_id, a.name, t.subject, t.priority, p.name, t.channel, t.created_at, "
    "t.first_response_at, t.resolved_at, p.category, t.version");
const QString RowJoins =
    QStringLiteral(" JOIN accounts a ON a.id = t.account_id JOIN products p ON p.id = t.product_id");
const QString SelectRow = RowColumns + QStringLiteral(" FROM tickets t") + RowJoins;

TicketRow rowFrom(const QSqlQuery &query)
{
    TicketRow row;
    row.rowId = query.value(0).toLongLong();
    Ticket &ticket = row.ticket;
    ticket.id = query.value(1).toString();
    ticket.account = query.value(2).toString();
    ticket.subject = query.value(3).toString();
    ticket.priority = static_cast<Priority>(query.value(4).toInt());
    ticket.product = query.value(5).toString();
    ticket.channel = static_cast<Channel>(query.value(6).toInt());
    ticket.createdAt = query.value(7).toLongLong();
    if (!query.isNull(8))
        ticket.firstResponseAt = query.value(8).toLongLong();
    if (!query.isNull(9))
        ticket.resolvedAt = query.value(9).toLongLong();
    row.category = parseProductCategory(query.value(10).toString()).value_or(ProductCategory::Ga);
    ticket.version = query.value(11).toLongLong();
    return row;
}

Conditions conditionsOf(const TicketFilter &filter, const SqlDialect &dialect)
{
    Conditions c;
    const auto add = [&c](const char *sql, const QVariant &value) {
        c.sql << QLatin1String(sql);
        c.values << value;
    };
    if (filter.accountId)
        add("t.account_id = ?", *filter.accountId);
    if (filter.createdFrom)
        add("t.created_at >= ?", *filter.createdFrom);
    if (filter.createdTo)
        add("t.created_at < ?", *filter.createdTo);
    if (filter.priority)
        add("t.priority = ?", priorityIndex(*filter.priority));
    if (filter.productId)
        add("t.product_id = ?", *filter.productId);
    if (filter.channel)
        add("t.channel = ?", int(*filter.channel));
    if (filter.answered) {
        c.sql << (*filter.answered ? QStringLiteral("t.first_response_at IS NOT NULL")
                                   : QStringLiteral("t.first_response_at IS NULL"));
    }
    if (!filter.text.isEmpty()) {
        // LIKE ignores letter case on SQLite only.
        c.sql << QStringLiteral("(t.ticket_id %1 ? ESCAPE '\\' OR t.subject %1 ? ESCAPE '\\')")
                     .arg(dialect.likeOperator());
        c.values << likePattern(filter.text) << likePattern(filter.text);
    }
    return c;
}

SortSql sortSqlOf(TicketSortColumn column, const SqlDialect &dialect)
{
    const QString noJoin;
    const auto text = [&](const char *expression, const QString &join) {
        // SQLite's NOCASE applies to whatever the value is compared with;
        // PostgreSQL's lower() must be applied to the bound value too.
        return SortSql{dialect.caseInsensitive(QLatin1String(expression)), join, true,
                       dialect.isPostgreSql() ? QStringLiteral("lower(CAST(? AS TEXT))")
                                              : QStringLiteral("?")};
    };
    switch (column) {
    case TicketSortColumn::Account:
        return text("a.name", QStringLiteral(" JOIN accounts a ON a.id = t.account_id"));
    case TicketSortColumn::TicketId: return text("t.ticket_id", noJoin);
    case TicketSortColumn::Subject: return text("t.subject", noJoin);
    case TicketSortColumn::Priority: return {QStringLiteral("t.priority"), noJoin};
    case TicketSortColumn::Product:
        return text("p.name", QStringLiteral(" JOIN products p ON p.id = t.product_id"));
    case TicketSortColumn::Channel: return {QStringLiteral("t.channel"), noJoin};
    case TicketSortColumn::CreatedAt: return {QStringLiteral("t.created_at"), noJoin};
    case TicketSortColumn::FirstResponseAt:
        return {QStringLiteral("coalesce(t.first_response_at, %1)").arg(NotYet), noJoin};
    case TicketSortColumn::ResolvedAt:
        return {QStringLiteral("coalesce(t.resolved_at, %1)").arg(NotYet), noJoin};
    }
    Q_UNREACHABLE();
}

namespace {

// What the report reads of a ticket: integers only, the product's category
// being looked up by id.
const QString ReportColumns = QStringLiteral(
    "SELECT t.account_id, t.created_at, t.first_response_at, t.priority, t.product_id, t.id FROM tickets t");

} // namespace

BoundSql reportTicketsSql(const QList<qint64> &accountIds, qint64 fromUtc, qint64 toUtc)
{
    BoundSql bound{ReportColumns + QStringLiteral(" WHERE t.created_at >= ? AND t.created_at < ?"),
                   {fromUtc, toUtc}};
    if (!accountIds.isEmpty()) {
        bound.sql += QStringLiteral(" AND t.account_id IN (") +
                     QStringList(accountIds.size(), QStringLiteral("?")).join(u',') + u')';
        for (qint64 id : accountIds)
            bound.values << id;
    }
    bound.sql += QStringLiteral(" ORDER BY t.account_id, t.created_at, t.id");
    return bound;
}

BoundSql reportTicketsByAccountNameSql(qint64 fromUtc, qint64 toUtc)
{
    // Names are unique: each account's tickets come together, walked
    // account by account through the (account_id, created_at) index.
    return {ReportColumns + QStringLiteral(" JOIN accounts a ON a.id = t.account_id"
                                           " WHERE t.created_at >= ? AND t.created_at < ?"
                                           " ORDER BY a.name, t.created_at, t.id"),
            {fromUtc, toUtc}};
}

BoundSql exportTicketsSql(const TicketFilter &filter, const SqlDialect &dialect)
{
    const Conditions conditions = conditionsOf(filter, dialect);
    BoundSql bound{
        QStringLiteral("SELECT t.ticket_id, t.account_id, t.subject, t.priority, t.product_id, "
                       "t.channel, t.created_at, t.first_response_at, t.resolved_at FROM tickets t"),
        conditions.values};
    if (filter.accountId) {
        bound.sql += conditions.where() + QStringLiteral(" ORDER BY t.created_at, t.ticket_id, t.id");
    } else {
        bound.sql += QStringLiteral(" JOIN accounts a ON a.id = t.account_id") + conditions.where() +
                     QStringLiteral(" ORDER BY a.name, t.created_at, t.ticket_id, t.id");
    }
    return bound;
}

BoundSql ticketPageSql(const TicketFilter &filter, TicketSortColumn column, Qt::SortOrder order,
                       const std::optional<TicketSortKey> &after, int limit, const SqlDialect &dialect)
{
    const bool ascending = order == Qt::AscendingOrder;
    const SortSql sort = sortSqlOf(column, dialect);
    Conditions conditions = conditionsOf(filter, dialect);
    if (after) {
        conditions.sql
            << QStringLiteral("(%1, t.id) %2 (%3, ?)").arg(sort.value, ascending ? u">" : u"<", sort.bound);
        conditions.values << after->value << after->rowId;
    }
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // The page is chosen on the row id and sort value alone, and only its
    // rows are joined: sorting narrow rows is what keeps a million fast.
    BoundSql bound{
        RowColumns + QStringLiteral(" FROM (SELECT t.id AS row_id, ") + sort.value +
            QStringLiteral(" AS sort_value FROM tickets t") + sort.join + conditions.where() +
            QStringLiteral(" ORDER BY ") + sort.value + direction + QStringLiteral(", t.id") + direction +
            QStringLiteral(" LIMIT ?) page JOIN tickets t ON t.id = page.row_id") + RowJoins +
            QStringLiteral(" ORDER BY page.sort_value") +
            (sort.text && !dialect.isPostgreSql() ? QStringLiteral(" COLLATE NOCASE") : QString()) +
            direction + QStringLiteral(", page.row_id") + direction,
        conditions.values};
    bound.values << limit;
    return bound;
}

} // namespace TicketQuery
