#pragma once

// What the ticket store's writers share: checks and bindings of a ticket row.
// Internal to the store; nothing outside core/store/TicketStore*.cpp and the
// COPY import (PgTicketCopy.cpp) includes it.

#include "Database.h"
#include "Expected.h"
#include "Ticket.h"
#include "TicketStore.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace TicketSql {

// How a stream of tickets is written: through SQLite's own interface, which
// binds each value without a QVariant, or in portable SQL through QSqlQuery,
// the only way on another engine.
enum class StreamWriter : quint8 {
    Native, // SQLite's interface when the connection is SQLite, else Portable
    Portable,
};

// TicketStore::upsertStream() with the writer chosen: tests run the portable
// writer on SQLite with it.
Status upsertStream(Database &database, const TicketStore::TicketSource &next, qint64 expectedCount,
                    const TicketStore::RepeatHandler &onRepeat, StreamWriter writer);

inline QString textOf(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

inline QVariant instant(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

inline QString describe(const Ticket &ticket)
{
    return TicketStore::tr("ticket '%1' of account '%2'").arg(ticket.id, ticket.account);
}

inline Status validate(const Ticket &ticket)
{
    if (ticket.id.trimmed().isEmpty()) {
        return Status::failure(Error::Kind::InvalidInput,
                               TicketStore::tr("a ticket of account '%1' has no id").arg(ticket.account));
    }
    if (ticket.firstResponseAt && *ticket.firstResponseAt < ticket.createdAt) {
        return Status::failure(
            Error::Kind::InvalidInput,
            TicketStore::tr("%1: the first response is earlier than the creation").arg(describe(ticket)));
    }
    if (ticket.resolvedAt && *ticket.resolvedAt < ticket.createdAt) {
        return Status::failure(
            Error::Kind::InvalidInput,
            TicketStore::tr("%1: the resolution is earlier than the creation").arg(describe(ticket)));
    }
    return success();
}

// Name -> id, asked of the store once per name; none for a name it does not
// have. The last name is checked first: the rows of an import come account
// by account.
class NameCache
{
public:
    NameCache(const Database &database, const QString &lookup)
        : m_database(database), m_query(database.connection())
    {
        m_query.prepare(lookup);
    }
    Expected<std::optional<qint64>> idOf(const QString &name)
    {
        if (m_lastId && name == m_lastName)
            return m_lastId;
        auto found = m_ids.constFind(name);
        if (found == m_ids.constEnd()) {
            m_query.bindValue(0, textOf(name));
            const auto row = m_database.readFirstRow(m_query);
            if (!row)
                return row.error();
            if (!*row)
                return std::optional<qint64>();
            const qint64 id = m_query.value(0).toLongLong();
            m_query.finish();
            found = m_ids.insert(name, id);
        }
        m_lastName = name;
        m_lastId = *found;
        return m_lastId;
    }

private:
    const Database &m_database;
    QSqlQuery m_query;
    QHash<QString, qint64> m_ids;
    QString m_lastName;
    std::optional<qint64> m_lastId;
};

// Binds the nine columns of a ticket in the order of the insert statement.
inline void bindTicket(QSqlQuery &query, qint64 accountId, qint64 productId, const Ticket &ticket)
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

} // namespace TicketSql
