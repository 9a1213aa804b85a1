#pragma once

// The report's arithmetic for every account at once, over tickets that come
// in any order (a scan of the whole table): each account has a builder of
// its own, and two worker threads count the tickets of their half of the
// accounts while the connection's thread reads. An account's rows depend on
// its tickets alone, summed in any order, so the rows are those of one
// account after another. Internal to core.

#include "AccountFacts.h"
#include "ReportBuilder.h"
#include "ReportService.h"
#include "ReportTicketScan.h"

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
    AccountsReportPass(const PlanCatalog &catalog, const ReportRequest &request,
                       const QList<AccountFacts> &accounts, const QHash<qint64, QHash<int, qint64>> &spend,
                       const QHash<qint64, bool> &eligibleByProduct);
    ~AccountsReportPass();
    AccountsReportPass(const AccountsReportPass &) = delete;
    AccountsReportPass &operator=(const AccountsReportPass &) = delete;

    // The instants the accounts' months span, each in its account's zone.
    qint64 fromUtc() const { return m_from; }
    qint64 toUtc() const { return m_to; }

    // On the reading thread: rows of any account, taken out of `rows`.
    void add(std::vector<ReportTicketScan::Row> &rows);
    // The rows of every account, in the accounts' order, once every ticket
    // added has been counted.
    ReportResult finish();

private:
    struct Worker;
    struct BatchPool;
    using Batch = std::shared_ptr<const std::vector<ReportTicketScan::Row>>;
    struct Bounds
    {
        qint64 from = 0;
        qint64 to = 0;
    };

    // Counts the rows of the accounts whose index modulo `share` is `part`.
    void count(const std::vector<ReportTicketScan::Row> &rows, std::size_t part, std::size_t share);
    void stopWorkers();

    qint64 m_asOf = 0;
    qint64 m_from = 0;
    qint64 m_to = 0;
    QHash<qint64, qsizetype> m_indexById;
    QHash<qint64, bool> m_eligibleByProduct;
    std::vector<Bounds> m_bounds;
    // One per account; the clocks are those of the account's worker, whose
    // business clocks are its own copies (their caches are not shared).
    std::vector<std::unique_ptr<AccountClock>> m_clocks;
    std::vector<std::unique_ptr<ReportBuilder>> m_builders;
    // Shared with the batches, which may end after the pass on a failure.
    std::shared_ptr<BatchPool> m_pool;
    std::vector<std::unique_ptr<Worker>> m_workers;
};
