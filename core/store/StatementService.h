#pragma once

#include "Expected.h"
#include "MonthlyStatement.h"
#include "YearMonth.h"

#include <QCoreApplication>
#include <QString>

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

private:
    Database &m_database;
};
