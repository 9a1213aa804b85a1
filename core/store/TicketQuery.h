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

} // namespace TicketQuery
