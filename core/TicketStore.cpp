#include "TicketStore.h"

#include "Database.h"
#include "ReportTypes.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <limits>

namespace {

// Stands for "not yet" so that unanswered tickets sort after answered ones
// and the keyset comparison never meets a NULL.
constexpr qint64 NotYet = std::numeric_limits<qint64>::max();

const QString RowColumns = QStringLiteral(
    "SELECT t.id, t.ticket_id, a.name, t.subject, t.priority, p.name, t.channel, t.created_at, "
    "t.first_response_at, t.resolved_at, p.category");
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
    return row;
}

// Fixed SQL fragments joined together; every value is bound, never inlined.
struct Conditions
{
    QStringList sql;
    QVariantList values;

    QString where() const
    {
        return sql.isEmpty() ? QString() : QStringLiteral(" WHERE ") + sql.join(u" AND ");
    }
    void bindTo(QSqlQuery &query) const
    {
        for (const QVariant &value : values)
            query.addBindValue(value);
    }
};

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

Conditions conditionsOf(const TicketFilter &filter)
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
        add("(t.ticket_id LIKE ? ESCAPE '\\' OR t.subject LIKE ? ESCAPE '\\')", likePattern(filter.text));
        c.values << likePattern(filter.text);
    }
    return c;
}

// How a column sorts: its value, the join it needs, and whether it is text
// (compared without regard to letter case).
struct SortSql
{
    QString value;
    QString join;
    bool text = false;
};

SortSql sortSqlOf(TicketSortColumn column)
{
    const QString noJoin;
    switch (column) {
    case TicketSortColumn::Account:
        return {QStringLiteral("a.name COLLATE NOCASE"),
                QStringLiteral(" JOIN accounts a ON a.id = t.account_id"), true};
    case TicketSortColumn::TicketId: return {QStringLiteral("t.ticket_id COLLATE NOCASE"), noJoin, true};
    case TicketSortColumn::Subject: return {QStringLiteral("t.subject COLLATE NOCASE"), noJoin, true};
    case TicketSortColumn::Priority: return {QStringLiteral("t.priority"), noJoin};
    case TicketSortColumn::Product:
        return {QStringLiteral("p.name COLLATE NOCASE"),
                QStringLiteral(" JOIN products p ON p.id = t.product_id"), true};
    case TicketSortColumn::Channel: return {QStringLiteral("t.channel"), noJoin};
    case TicketSortColumn::CreatedAt: return {QStringLiteral("t.created_at"), noJoin};
    case TicketSortColumn::FirstResponseAt:
        return {QStringLiteral("coalesce(t.first_response_at, %1)").arg(NotYet), noJoin};
    case TicketSortColumn::ResolvedAt:
        return {QStringLiteral("coalesce(t.resolved_at, %1)").arg(NotYet), noJoin};
    }
    Q_UNREACHABLE();
}

// Reads that return no status still leave a trace of why they came back empty.
void warnUnreadable(const QSqlQuery &query)
{
    qWarning("tickets could not be read from the store: %s", qPrintable(query.lastError().text()));
}

QString textOf(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant instant(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QString describe(const Ticket &ticket)
{
    return QStringLiteral("ticket '%1' of account '%2'").arg(ticket.id, ticket.account);
}

Status validate(const Ticket &ticket)
{
    if (ticket.id.trimmed().isEmpty())
        return Status::failure(QStringLiteral("a ticket of account '%1' has no id").arg(ticket.account));
    if (ticket.firstResponseAt && *ticket.firstResponseAt < ticket.createdAt)
        return Status::failure(
            QStringLiteral("%1: the first response is earlier than the creation").arg(describe(ticket)));
    if (ticket.resolvedAt && *ticket.resolvedAt < ticket.createdAt)
        return Status::failure(
            QStringLiteral("%1: the resolution is earlier than the creation").arg(describe(ticket)));
    return success();
}

// Name -> id, asked of the store once per name.
class NameCache
{
public:
    NameCache(const QSqlDatabase &connection, const QString &lookup) : m_query(connection)
    {
        m_query.prepare(lookup);
    }
    std::optional<qint64> idOf(const QString &name)
    {
        if (const auto found = m_ids.constFind(name); found != m_ids.constEnd())
            return *found;
        m_query.bindValue(0, textOf(name));
        if (!m_query.exec() || !m_query.next())
            return std::nullopt;
        const qint64 id = m_query.value(0).toLongLong();
        m_query.finish();
        m_ids.insert(name, id);
        return id;
    }

private:
    QSqlQuery m_query;
    QHash<QString, qint64> m_ids;
};

// Binds the nine columns of a ticket in the order of the insert statement.
void bindTicket(QSqlQuery &query, qint64 accountId, qint64 productId, const Ticket &ticket)
{
    query.bindValue(0, accountId);
    query.bindValue(1, ticket.id);
    query.bindValue(2, textOf(ticket.subject));
    query.bindValue(3, priorityIndex(ticket.priority));
    query.bindValue(4, productId);
    query.bindValue(5, int(ticket.channel));
    query.bindValue(6, ticket.createdAt);
    query.bindValue(7, instant(ticket.firstResponseAt));
    query.bindValue(8, instant(ticket.resolvedAt));
}

} // namespace

TicketStore::TicketStore(Database &database) : m_database(database)
{
}

Status TicketStore::upsert(const QList<Ticket> &tickets)
{
    for (const Ticket &ticket : tickets) {
        if (const Status valid = validate(ticket); !valid)
            return valid;
    }
    return m_database.transaction([&]() -> Status {
        const QSqlDatabase connection = m_database.connection();
        NameCache accounts(connection, QStringLiteral("SELECT id FROM accounts WHERE name = ?"));
        NameCache products(connection, QStringLiteral("SELECT id FROM products WHERE name = ?"));
        QSqlQuery query(connection);
        query.prepare(QStringLiteral(
            "INSERT INTO tickets (account_id, ticket_id, subject, priority, product_id, channel, created_at, "
            "first_response_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(account_id, ticket_id) DO UPDATE SET subject = excluded.subject, "
            "priority = excluded.priority, product_id = excluded.product_id, channel = excluded.channel, "
            "created_at = excluded.created_at, first_response_at = excluded.first_response_at, "
            "resolved_at = excluded.resolved_at"));
        for (const Ticket &ticket : tickets) {
            const auto accountId = accounts.idOf(ticket.account);
            if (!accountId)
                return Status::failure(
                    QStringLiteral("ticket '%1': no account named '%2'").arg(ticket.id, ticket.account));
            const auto productId = products.idOf(ticket.product);
            if (!productId)
                return Status::failure(
                    QStringLiteral("ticket '%1': no product named '%2'").arg(ticket.id, ticket.product));
            bindTicket(query, *accountId, *productId, ticket);
            if (!query.exec())
                return Status::failure(
                    QStringLiteral("%1: %2").arg(describe(ticket), query.lastError().text()));
        }
        return success();
    });
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
        const QSqlDatabase connection = m_database.connection();
        const auto accountId = NameCache(connection, QStringLiteral("SELECT id FROM accounts WHERE name = ?"))
                                   .idOf(ticket.account);
        if (!accountId)
            return Status::failure(
                QStringLiteral("ticket '%1': no account named '%2'").arg(ticket.id, ticket.account));
        const auto productId = NameCache(connection, QStringLiteral("SELECT id FROM products WHERE name = ?"))
                                   .idOf(ticket.product);
        if (!productId)
            return Status::failure(
                QStringLiteral("ticket '%1': no product named '%2'").arg(ticket.id, ticket.product));
        QSqlQuery query(connection);
        query.prepare(
            QStringLiteral("SELECT 1 FROM tickets WHERE account_id = ? AND ticket_id = ? AND id <> ?"));
        query.addBindValue(*accountId);
        query.addBindValue(ticket.id);
        query.addBindValue(rowId);
        if (query.exec() && query.next())
            return Status::failure(
                QStringLiteral("account '%1' already has a ticket '%2'").arg(ticket.account, ticket.id));
        query.prepare(
            QStringLiteral("UPDATE tickets SET account_id = ?, ticket_id = ?, subject = ?, priority = ?, "
                           "product_id = ?, channel = ?, created_at = ?, first_response_at = ?, "
                           "resolved_at = ? WHERE id = ?"));
        bindTicket(query, *accountId, *productId, ticket);
        query.bindValue(9, rowId);
        if (!query.exec())
            return Status::failure(QStringLiteral("%1: %2").arg(describe(ticket), query.lastError().text()));
        if (query.numRowsAffected() < 1)
            return Status::failure(QStringLiteral("%1 no longer exists").arg(describe(ticket)));
        return success();
    });
}

Status TicketStore::remove(qint64 rowId)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM tickets WHERE id = ?"));
        query.addBindValue(rowId);
        if (!query.exec())
            return Status::failure(
                QStringLiteral("the ticket could not be removed: %1").arg(query.lastError().text()));
        if (query.numRowsAffected() < 1)
            return Status::failure(QStringLiteral("the ticket no longer exists"));
        return success();
    });
}

Expected<TicketRow> TicketStore::findByRowId(qint64 rowId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(SelectRow + QStringLiteral(" WHERE t.id = ?"));
    query.addBindValue(rowId);
    if (!query.exec() || !query.next())
        return Expected<TicketRow>::failure(QStringLiteral("the ticket no longer exists"));
    return rowFrom(query);
}

void TicketStore::forEachReportTicket(const QList<qint64> &accountIds, qint64 fromUtc, qint64 toUtc,
                                      const std::function<void(qint64, const ReportTicket &)> &sink) const
{
    QString sql =
        QStringLiteral("SELECT t.account_id, t.created_at, t.first_response_at, t.priority, p.category "
                       "FROM tickets t JOIN products p ON p.id = t.product_id "
                       "WHERE t.created_at >= ? AND t.created_at < ?");
    if (!accountIds.isEmpty()) {
        QStringList placeholders(accountIds.size(), QStringLiteral("?"));
        sql += QStringLiteral(" AND t.account_id IN (") + placeholders.join(u',') + u')';
    }
    sql += QStringLiteral(" ORDER BY t.account_id, t.created_at, t.id");

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(fromUtc);
    query.addBindValue(toUtc);
    for (qint64 id : accountIds)
        query.addBindValue(id);
    if (!query.exec()) {
        warnUnreadable(query);
        return;
    }
    QHash<QString, bool> eligibleByCategory;
    while (query.next()) {
        ReportTicket ticket;
        ticket.createdAt = query.value(1).toLongLong();
        if (!query.isNull(2))
            ticket.firstResponseAt = query.value(2).toLongLong();
        ticket.priority = static_cast<Priority>(query.value(3).toInt());
        const QString category = query.value(4).toString();
        auto eligible = eligibleByCategory.constFind(category);
        if (eligible == eligibleByCategory.constEnd()) {
            const auto parsed = parseProductCategory(category);
            eligible = eligibleByCategory.insert(category, parsed && countsTowardGuarantees(*parsed));
        }
        ticket.eligible = *eligible;
        sink(query.value(0).toLongLong(), ticket);
    }
}

void TicketStore::forEachTicket(const TicketFilter &filter,
                                const std::function<void(const Ticket &)> &sink) const
{
    const Conditions conditions = conditionsOf(filter);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(SelectRow + conditions.where() +
                  QStringLiteral(" ORDER BY a.name, t.created_at, t.ticket_id, t.id"));
    conditions.bindTo(query);
    if (!query.exec()) {
        warnUnreadable(query);
        return;
    }
    while (query.next())
        sink(rowFrom(query).ticket);
}

QList<TicketRow> TicketStore::page(const TicketFilter &filter, TicketSortColumn column, Qt::SortOrder order,
                                   const std::optional<TicketSortKey> &after, int limit) const
{
    QList<TicketRow> rows;
    if (limit <= 0)
        return rows;
    const bool ascending = order == Qt::AscendingOrder;
    const SortSql sort = sortSqlOf(column);
    Conditions conditions = conditionsOf(filter);
    if (after) {
        conditions.sql << QStringLiteral("(%1, t.id) %2 (?, ?)").arg(sort.value, ascending ? u">" : u"<");
        conditions.values << after->value << after->rowId;
    }
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // The page is chosen on the row id and sort value alone, and only its
    // rows are joined: sorting narrow rows is what keeps a million fast.
    const QString sql = RowColumns + QStringLiteral(" FROM (SELECT t.id AS row_id, ") + sort.value +
                        QStringLiteral(" AS sort_value FROM tickets t") + sort.join + conditions.where() +
                        QStringLiteral(" ORDER BY ") + sort.value + direction + QStringLiteral(", t.id") +
                        direction + QStringLiteral(" LIMIT ?) page JOIN tickets t ON t.id = page.row_id") +
                        RowJoins + QStringLiteral(" ORDER BY page.sort_value") +
                        (sort.text ? QStringLiteral(" COLLATE NOCASE") : QString()) + direction +
                        QStringLiteral(", page.row_id") + direction;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    conditions.bindTo(query);
    query.addBindValue(limit);
    if (!query.exec()) {
        warnUnreadable(query);
        return rows;
    }
    rows.reserve(limit);
    while (query.next())
        rows.append(rowFrom(query));
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

qint64 TicketStore::count(const TicketFilter &filter) const
{
    const Conditions conditions = conditionsOf(filter);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM tickets t") + conditions.where());
    conditions.bindTo(query);
    if (!query.exec() || !query.next()) {
        warnUnreadable(query);
        return 0;
    }
    return query.value(0).toLongLong();
}
