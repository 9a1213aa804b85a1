#include "SpendStore.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

Status run(QSqlQuery &query)
{
    if (!query.exec())
        return Status::failure(
            QStringLiteral("the store could not be updated: %1").arg(query.lastError().text()));
    return success();
}

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
    if (cents < 0)
        return Status::failure(QStringLiteral("the spend of %1 cannot be negative").arg(month.toString()));
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"));
        query.addBindValue(accountId);
        if (!query.exec() || !query.next())
            return Status::failure(QStringLiteral("no account with id %1").arg(accountId));
        query.prepare(QStringLiteral(
            "INSERT INTO spend (account_id, month, amount_cents) VALUES (?, ?, ?) "
            "ON CONFLICT(account_id, month) DO UPDATE SET amount_cents = excluded.amount_cents"));
        query.addBindValue(accountId);
        query.addBindValue(month.toString());
        query.addBindValue(cents);
        return run(query);
    });
}

Status SpendStore::clear(qint64 accountId, YearMonth month)
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM spend WHERE account_id = ? AND month = ?"));
        query.addBindValue(accountId);
        query.addBindValue(month.toString());
        return run(query);
    });
}

std::optional<qint64> SpendStore::get(qint64 accountId, YearMonth month) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT amount_cents FROM spend WHERE account_id = ? AND month = ?"));
    query.addBindValue(accountId);
    query.addBindValue(month.toString());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QHash<int, qint64> SpendStore::forAccount(qint64 accountId) const
{
    QHash<int, qint64> spend;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT month, amount_cents FROM spend WHERE account_id = ?"));
    query.addBindValue(accountId);
    query.exec();
    while (query.next()) {
        if (const int index = monthIndex(query.value(0)); index >= 0)
            spend.insert(index, query.value(1).toLongLong());
    }
    return spend;
}

QHash<qint64, QHash<int, qint64>> SpendStore::all() const
{
    QHash<qint64, QHash<int, qint64>> spend;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT account_id, month, amount_cents FROM spend"));
    while (query.next()) {
        if (const int index = monthIndex(query.value(1)); index >= 0)
            spend[query.value(0).toLongLong()].insert(index, query.value(2).toLongLong());
    }
    return spend;
}
