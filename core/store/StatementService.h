#pragma once

#include "AccountFacts.h"
#include "Expected.h"
#include "MonthlyStatement.h"
#include "YearMonth.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

class Database;

// Reads what an account's monthly statement needs from the store (its facts,
// spend, the month's tickets and claims) and builds it with
// StatementBuilder: the report's and credits' numbers for the same month
// and as-of, and what the customer's document adds to them.
// One account's statements of consecutive months, with the facts they were
// built on (its calendar, plan history) and the catalog.
struct AccountMonths
{
    const AccountFacts &facts;
    const PlanCatalog &catalog;
    QList<MonthlyStatement> statements; // in month order
};

class StatementService
{
    Q_DECLARE_TR_FUNCTIONS(StatementService)

public:
    explicit StatementService(Database &database);

    // `keepEvidence`: the statement lists every ticket of the month too.
    Expected<MonthlyStatement> compute(const QString &accountName, YearMonth month, qint64 asOfUtc,
                                       bool keepEvidence = false) const;
    // Every account's statement of the month, by account name, from one
    // read of the month's tickets; stops at the first failure of `sink`,
    // which is returned. Nothing is given to `sink` when the read fails.
    Status forEachAccount(YearMonth month, qint64 asOfUtc,
                          const std::function<Status(const MonthlyStatement &)> &sink,
                          bool keepEvidence = false) const;
    // The statements of every month of `months` for one account (a name) or
    // all (empty), by account name, from one read of those months' tickets.
    // The statements of `evidenceMonths` list every ticket too. Accounts
    // `include` refuses are left out before the read (nothing is built for
    // them, their tickets are skipped).
    using AccountFilter = std::function<bool(const AccountFacts &, const PlanCatalog &)>;
    Status forEachAccountMonths(const QString &onlyAccount, MonthRange months, qint64 asOfUtc,
                                const std::function<Status(AccountMonths &)> &sink,
                                std::optional<MonthRange> evidenceMonths = std::nullopt,
                                const AccountFilter &include = {}) const;

private:
    Database &m_database;
};
