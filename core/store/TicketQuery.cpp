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

} // namespace TicketQuery
