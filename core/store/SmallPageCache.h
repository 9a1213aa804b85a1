#pragma once

#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

// A scan (the report's, the month's credit risk) reads each page of the
// tickets once: a page cache the size of the connection's (64 MiB for
// imports) would only grow the memory of a report with the store. A small
// one keeps it flat; the connection's own is put back afterwards. A setting that cannot be changed costs
// memory, never a number: its failure is not an error of the report.
class SmallPageCache
{
public:
    explicit SmallPageCache(const QSqlDatabase &connection) : m_connection(connection)
    {
        // PostgreSQL's cache is the server's, shared by every connection.
        if (SqlDialect::of(m_connection).isPostgreSql())
            return;
        QSqlQuery query(m_connection);
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next()) {
            m_previous = query.value(0).toLongLong();
            query.exec(QStringLiteral("PRAGMA cache_size = -8192"));
        }
    }
    ~SmallPageCache()
    {
        if (m_previous)
            QSqlQuery(m_connection).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
    }
    SmallPageCache(const SmallPageCache &) = delete;
    SmallPageCache &operator=(const SmallPageCache &) = delete;

private:
    QSqlDatabase m_connection;
    std::optional<qint64> m_previous;
};
