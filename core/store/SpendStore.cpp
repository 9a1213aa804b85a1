#include "SpendStore.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

// -1 for a month text that is not one (the schema does not forbid it).
int monthIndex(const QVariant &text)
{
    const auto month = YearMonth::parse(text.toString());
    return month ? month->index() : -1;
}

} // namespace

SpendStore::SpendStore(Database &database) : m_database(database)
{
}

Status SpendStore::set(qint64 accountId, YearMonth month, qint64 cents)
{
    if (cents < 0) {
        return Status::failure(Error::Kind::InvalidInput,
                               tr("the spend of %1 cannot be negative").arg(month.toString()));
    }
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"));
        query.addBindValue(accountId);
        const auto exists = m_database.readFirstRow(query);
        if (!exists)
            return exists.error();
        if (!*exists)
            return Status::failure(Error::Kind::NotFound, tr("no account with id %1").arg(accountId));
        query.prepare(QStringLiteral(
            "INSERT INTO spend (account_id, month, amount_cents) VALUES (?, ?, ?) "
            "ON CONFLICT(account_id, month) DO UPDATE SET amount_cents = excluded.amount_cents"));
        query.addBindValue(accountId);
        query.addBindValue(month.toString());
        query.addBindValue(cents);
        return m_database.write(query);
    });
}

Status SpendStore::clear(qint64 accountId, YearMonth month)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM spend WHERE account_id = ? AND month = ?"));
        query.addBindValue(accountId);
        query.addBindValue(month.toString());
        return m_database.write(query);
    });
}

Expected<std::optional<qint64>> SpendStore::get(qint64 accountId, YearMonth month) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT amount_cents FROM spend WHERE account_id = ? AND month = ?"));
    query.addBindValue(accountId);
    query.addBindValue(month.toString());
    const auto found = m_database.readFirstRow(query);
    if (!found)
        return found.error();
    return *found ? std::optional<qint64>(query.value(0).toLongLong()) : std::nullopt;
}

Expected<QHash<int, qint64>> SpendStore::forAccount(qint64 accountId) const
{
    QHash<int, qint64> spend;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT month, amount_cents FROM spend WHERE account_id = ?"));
    query.addBindValue(accountId);
    if (const Status run = m_database.read(query); !run)
        return run.error();
    while (query.next()) {
        if (const int index = monthIndex(query.value(0)); index >= 0)
            spend.insert(index, query.value(1).toLongLong());
    }
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    return spend;
}

Expected<QHash<qint64, QHash<int, qint64>>> SpendStore::all() const
{
    QHash<qint64, QHash<int, qint64>> spend;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (const Status run =
            m_database.read(query, QStringLiteral("SELECT account_id, month, amount_cents FROM spend"));
        !run)
        return run.error();
    while (query.next()) {
        if (const int index = monthIndex(query.value(1)); index >= 0)
            spend[query.value(0).toLongLong()].insert(index, query.value(2).toLongLong());
    }
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    return spend;
}
