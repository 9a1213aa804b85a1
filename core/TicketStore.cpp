#include "TicketStore.h"

#include "Database.h"
#include "ReportTypes.h"
#include "TicketSql.h"

#include <QDateTime>
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

Conditions conditionsOf(const TicketFilter &filter, const SqlDialect &dialect = SqlDialect(StoreEngine::Sqlite))
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

// How a column sorts: its value, the join it needs, whether it is text
// (compared without regard to letter case), and how a bound value compares
// with it.
struct SortSql
{
    QString value;
    QString join;
    bool text = false;
    QString bound = QStringLiteral("?");
};

SortSql sortSqlOf(TicketSortColumn column, const SqlDialect &dialect = SqlDialect(StoreEngine::Sqlite))
{
    const QString noJoin;
    const auto text = [&](const char *expression, const QString &join) {
        // SQLite's NOCASE applies to whatever the value is compared with;
        // PostgreSQL's lower() must be applied to the bound value too.
        return SortSql{dialect.caseInsensitive(QLatin1String(expression)), join, true,
                       dialect.isPostgreSql() ? QStringLiteral("lower(CAST(? AS TEXT))") : QStringLiteral("?")};
    };
    switch (column) {
    case TicketSortColumn::Account: return text("a.name", QStringLiteral(" JOIN accounts a ON a.id = t.account_id"));
    case TicketSortColumn::TicketId: return text("t.ticket_id", noJoin);
    case TicketSortColumn::Subject: return text("t.subject", noJoin);
    case TicketSortColumn::Priority: return {QStringLiteral("t.priority"), noJoin};
    case TicketSortColumn::Product: return text("p.name", QStringLiteral(" JOIN products p ON p.id = t.product_id"));
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

QString minuteText(const std::optional<qint64> &instant)
{
    if (!instant)
        return QStringLiteral("—");
    return QDateTime::fromSecsSinceEpoch(*instant, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// A ticket as a conflict shows it: what an edit usually changes.
QString describeState(const Ticket &ticket)
{
    return QStringLiteral("subject '%1', %2, product '%3', first response %4, resolved %5")
        .arg(ticket.subject, priorityCode(ticket.priority), ticket.product, minuteText(ticket.firstResponseAt),
             minuteText(ticket.resolvedAt));
}

} // namespace

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
        const bool checked = ticket.version != 0;
        query.prepare(
            QStringLiteral("UPDATE tickets SET account_id = ?, ticket_id = ?, subject = ?, priority = ?, "
                           "product_id = ?, channel = ?, created_at = ?, first_response_at = ?, "
                           "resolved_at = ?, version = version + 1 WHERE id = ?") +
            (checked ? QStringLiteral(" AND version = ?") : QString()));
        bindTicket(query, *accountId, *productId, ticket);
        query.bindValue(9, rowId);
        if (checked)
            query.bindValue(10, ticket.version);
        if (!query.exec())
            return Status::failure(QStringLiteral("%1: %2").arg(describe(ticket), query.lastError().text()));
        if (query.numRowsAffected() > 0)
            return success();
        const auto now = findByRowId(rowId);
        if (!now)
            return Status::failure(QStringLiteral("%1 no longer exists").arg(describe(ticket)));
        return Status::failure(QStringLiteral("%1 was %2: now %3; your change was not saved")
                                   .arg(describe(now->ticket), Database::conflictPhrase(), describeState(now->ticket)));
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
    // Whether each product counts, read once: the rows then carry only
    // integers, and no text is converted per row.
    QHash<qint64, bool> eligibleByProduct;
    {
        QSqlQuery products(m_database.connection());
        if (!products.exec(QStringLiteral("SELECT id, category FROM products"))) {
            warnUnreadable(products);
            return;
        }
        while (products.next()) {
            const auto category = parseProductCategory(products.value(1).toString());
            eligibleByProduct.insert(products.value(0).toLongLong(), category && countsTowardGuarantees(*category));
        }
    }

    QString sql = QStringLiteral("SELECT t.account_id, t.created_at, t.first_response_at, t.priority, t.product_id "
                                 "FROM tickets t WHERE t.created_at >= ? AND t.created_at < ?");
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
        sink(query.value(0).toLongLong(), ticket);
    }
}

void TicketStore::forEachTicket(const TicketFilter &filter,
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
        if (!names.exec()) {
            warnUnreadable(names);
            return;
        }
        while (names.next())
            accountNames.insert(names.value(0).toLongLong(), names.value(1).toString());
        if (!names.exec(QStringLiteral("SELECT id, name FROM products"))) {
            warnUnreadable(names);
            return;
        }
        while (names.next())
            productNames.insert(names.value(0).toLongLong(), names.value(1).toString());
    }

    const Conditions conditions = conditionsOf(filter, m_database.dialect());
    QSqlQuery query(connection);
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT t.ticket_id, t.account_id, t.subject, t.priority, t.product_id, t.channel, "
                                 "t.created_at, t.first_response_at, t.resolved_at FROM tickets t");
    if (filter.accountId) {
        sql += conditions.where() + QStringLiteral(" ORDER BY t.created_at, t.ticket_id, t.id");
    } else {
        sql += QStringLiteral(" JOIN accounts a ON a.id = t.account_id") + conditions.where() +
               QStringLiteral(" ORDER BY a.name, t.created_at, t.ticket_id, t.id");
    }
    query.prepare(sql);
    conditions.bindTo(query);
    if (!query.exec()) {
        warnUnreadable(query);
        return;
    }
    Ticket ticket;
    while (query.next()) {
        ticket.id = query.value(0).toString();
        ticket.account = accountNames.value(query.value(1).toLongLong());
        ticket.subject = query.value(2).toString();
        ticket.priority = static_cast<Priority>(query.value(3).toInt());
        ticket.product = productNames.value(query.value(4).toLongLong());
        ticket.channel = static_cast<Channel>(query.value(5).toInt());
        ticket.createdAt = query.value(6).toLongLong();
        ticket.firstResponseAt = query.isNull(7) ? std::nullopt : std::optional<qint64>(query.value(7).toLongLong());
        ticket.resolvedAt = query.isNull(8) ? std::nullopt : std::optional<qint64>(query.value(8).toLongLong());
        sink(ticket);
    }
}

QList<TicketRow> TicketStore::page(const TicketFilter &filter, TicketSortColumn column, Qt::SortOrder order,
                                   const std::optional<TicketSortKey> &after, int limit) const
{
    QList<TicketRow> rows;
    if (limit <= 0)
        return rows;
    const bool ascending = order == Qt::AscendingOrder;
    const SortSql sort = sortSqlOf(column, m_database.dialect());
    Conditions conditions = conditionsOf(filter, m_database.dialect());
    if (after) {
        conditions.sql << QStringLiteral("(%1, t.id) %2 (%3, ?)").arg(sort.value, ascending ? u">" : u"<", sort.bound);
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
                        (sort.text && !m_database.dialect().isPostgreSql() ? QStringLiteral(" COLLATE NOCASE")
                                                                          : QString()) +
                        direction +
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
    const Conditions conditions = conditionsOf(filter, m_database.dialect());
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM tickets t") + conditions.where());
    conditions.bindTo(query);
    if (!query.exec() || !query.next()) {
        warnUnreadable(query);
        return 0;
    }
    return query.value(0).toLongLong();
}

namespace TicketStoreReads {

void forEachDeadlineFields(Database &database, const TicketFilter &filter,
                           std::optional<TicketSortColumn> column, Qt::SortOrder order,
                           const std::function<void(const DeadlineFields &)> &sink)
{
    // Without a column, the table's own order: read straight through, where
    // an index's order would look up every row apart.
    const SqlDialect dialect = database.dialect();
    const SortSql sort = column ? sortSqlOf(*column, dialect) : SortSql{QStringLiteral("t.id"), QString()};
    const Conditions conditions = conditionsOf(filter, dialect);
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT t.id, t.account_id, t.priority, t.created_at, t.first_response_at "
                                 "FROM tickets t") +
                  sort.join + conditions.where() + QStringLiteral(" ORDER BY ") + sort.value + direction +
                  QStringLiteral(", t.id") + direction);
    conditions.bindTo(query);
    if (!query.exec()) {
        warnUnreadable(query);
        return;
    }
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
}

QList<TicketRow> rowsByIds(Database &database, const qint64 *ids, qsizetype count)
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
    if (!query.exec()) {
        warnUnreadable(query);
        return rows;
    }
    QHash<qint64, TicketRow> found;
    found.reserve(count);
    while (query.next()) {
        TicketRow row = rowFrom(query);
        found.insert(row.rowId, std::move(row));
    }
    rows.reserve(found.size());
    for (qsizetype i = 0; i < count; ++i) {
        if (auto row = found.constFind(ids[i]); row != found.constEnd())
            rows.append(*row);
    }
    return rows;
}

std::optional<TicketSortKey> keyAt(Database &database, const TicketFilter &filter, TicketSortColumn column,
                                   Qt::SortOrder order, qint64 position)
{
    if (position < 0)
        return std::nullopt;
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
    if (!query.exec()) {
        warnUnreadable(query);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return TicketSortKey{query.value(0), query.value(1).toLongLong()};
}

} // namespace TicketStoreReads
