#pragma once

// The report's arithmetic for every account at once, over tickets that come
// in any order (a scan of the whole table): each account has a builder of
// its own, and the accounts are shared between two worker threads while the
// connection's thread reads. An account's rows depend on its tickets alone,
// summed in any order, so the rows are those of one account after another.
// Internal to core.

#include "AccountFacts.h"
#include "ReportBuilder.h"
#include "ReportService.h"

#include <QHash>
#include <QList>
#include <memory>
#include <vector>

class AccountClock;

class AccountsReportPass
{
public:
    // The accounts in the order of their rows; `spend` by account id, then
    // by YearMonth::index(). The arguments need not outlive the pass.
    AccountsReportPass(const PlanCatalog &catalog, MonthRange months, qint64 asOfUtc,
                       const QList<AccountFacts> &accounts, const QHash<qint64, QHash<int, qint64>> &spend);
    ~AccountsReportPass();
    AccountsReportPass(const AccountsReportPass &) = delete;
    AccountsReportPass &operator=(const AccountsReportPass &) = delete;

    // On the reading thread: a ticket of accounts[account].
    void add(qsizetype account, const ReportTicket &ticket);
    // The rows of every account, in the accounts' order, once every ticket
    // added has been counted.
    ReportResult finish();

private:
    struct Worker;
    struct Item
    {
        qsizetype account = 0;
        ReportTicket ticket;
    };

    void handOver(Worker &worker);
    void stopWorkers();

    // One per account; the clocks are those of the account's worker, whose
    // business clocks are its own copies (their caches are not shared).
    std::vector<std::unique_ptr<AccountClock>> m_clocks;
    std::vector<std::unique_ptr<ReportBuilder>> m_builders;
    std::vector<std::unique_ptr<Worker>> m_workers;
};
