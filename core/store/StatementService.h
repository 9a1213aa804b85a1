#pragma once

#include "Expected.h"
#include "MonthlyStatement.h"
#include "YearMonth.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class Database;

// Reads what an account's monthly statement needs from the store (its facts,
// spend, the month's tickets and claims) and builds it with
// StatementBuilder: the report's and credits' numbers for the same month
// and as-of, and what the customer's document adds to them.
class StatementService
{
    Q_DECLARE_TR_FUNCTIONS(StatementService)

public:
    explicit StatementService(Database &database);

    Expected<MonthlyStatement> compute(const QString &accountName, YearMonth month, qint64 asOfUtc) const;
    // Every account's statement of the month, by account name, from one
    // read of the month's tickets; stops at the first failure of `sink`,
    // which is returned. Nothing is given to `sink` when the read fails.
    Status forEachAccount(YearMonth month, qint64 asOfUtc,
                          const std::function<Status(const MonthlyStatement &)> &sink) const;

private:
    Status build(const QString &onlyAccount, YearMonth month, qint64 asOfUtc,
                 const std::function<Status(const MonthlyStatement &)> &sink) const;

    Database &m_database;
};
