#pragma once

// How the ticket store's reads are written: the row they return, the filter's
// conditions and each column's sort value, shared by TicketStore and the
// table's extra reads (TicketStoreReads). Internal to core/store/TicketStore*.cpp.

#include "SqlDialect.h"
#include "TicketStore.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <limits>

namespace TicketQuery {

// Stands for "not yet" so that unanswered tickets sort after answered ones
// and the keyset comparison never meets a NULL.
constexpr qint64 NotYet = std::numeric_limits<qint64>::max();

// The columns rowFrom() reads, the joins they need, and both together.
extern const QString RowColumns;
extern const QString RowJoins;
extern const QString SelectRow;

TicketRow rowFrom(const QSqlQuery &query);

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

Conditions conditionsOf(const TicketFilter &filter,
                        const SqlDialect &dialect = SqlDialect(StoreEngine::Sqlite));

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

SortSql sortSqlOf(TicketSortColumn column, const SqlDialect &dialect = SqlDialect(StoreEngine::Sqlite));

// A statement of the hot reads as the store runs it, its values bound in
// order. Built here, and only here, so that what is checked (the query
// plans of tests/core/tst_queryplans.cpp) is what runs.
struct BoundSql
{
    QString sql;
    QVariantList values;

    void bindTo(QSqlQuery &query) const
    {
        for (const QVariant &value : values)
            query.addBindValue(value);
    }
};

// The report's and credits' tickets created in [fromUtc, toUtc) of these
// accounts (every account when empty), by account id, creation and row id.
BoundSql reportTicketsSql(const QList<qint64> &accountIds, qint64 fromUtc, qint64 toUtc);
// The same of every account, by account name (the report's order of
// accounts), creation and row id: one statement whatever the accounts.
BoundSql reportTicketsByAccountNameSql(qint64 fromUtc, qint64 toUtc);
// The export's rows: by account name (by creation alone for one account's),
// creation, ticket id and row id.
BoundSql exportTicketsSql(const TicketFilter &filter, const SqlDialect &dialect);
// Up to `limit` rows of the ticket table following `after` in the order of
// `column` (from the first row without it), ties going by row id.
BoundSql ticketPageSql(const TicketFilter &filter, TicketSortColumn column, Qt::SortOrder order,
                       const std::optional<TicketSortKey> &after, int limit, const SqlDialect &dialect);

} // namespace TicketQuery
