#include "AccountsReportPass.h"

#include "BusinessClock.h"
#include "ZoneRules.h"
#include "ZonedAccountClock.h"

#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>

namespace {

// Batches waiting per worker before the reader waits: memory stays bounded
// however far the reading runs ahead.
constexpr std::size_t MaxWaitingBatches = 8;
constexpr unsigned WorkerCount = 2;

} // namespace

struct AccountsReportPass::BatchPool
{
    std::mutex mutex;
    std::vector<std::unique_ptr<std::vector<ReportTicketScan::Row>>> emptied;
};

struct AccountsReportPass::Worker
{
    std::mutex mutex;
    std::condition_variable ready;   // a batch waits, or the work is over
    std::condition_variable hasRoom; // the queue fell below its bound
    std::deque<Batch> queue;
    bool stopping = false;
    std::thread thread;
};

AccountsReportPass::AccountsReportPass(const PlanCatalog &catalog, const ReportRequest &request,
                                       const QList<AccountFacts> &accounts,
                                       const QHash<qint64, QHash<int, qint64>> &spend,
                                       const QHash<qint64, bool> &eligibleByProduct)
    : m_asOf(request.asOfUtc), m_from(std::numeric_limits<qint64>::max()),
      m_to(std::numeric_limits<qint64>::min()), m_eligibleByProduct(eligibleByProduct),
      m_pool(std::make_shared<BatchPool>())
{
    // One core: the reading thread counts each ticket itself.
    const unsigned workers = std::thread::hardware_concurrency() >= 2 ? WorkerCount : 0;
    // Accounts on one calendar share its clock; on one worker, its copy.
    std::vector<QHash<const BusinessClock *, std::shared_ptr<const BusinessClock>>> copies(
        std::max(workers, 1u));
    const std::size_t accountCount = std::size_t(accounts.size());
    m_clocks.reserve(accountCount);
    m_builders.reserve(accountCount);
    m_bounds.reserve(accountCount);
    for (qsizetype index = 0; index < accounts.size(); ++index) {
        const AccountFacts &account = accounts[index];
        // The account's months as UTC bounds, in its own zone.
        const Bounds months{account.zone->startOfLocalDay(request.months.first.firstDay()),
                            account.zone->startOfLocalDay(request.months.last.lastDay().addDays(1))};
        m_bounds.push_back(months);
        m_from = std::min(m_from, months.from);
        m_to = std::max(m_to, months.to);
        m_indexById.insert(account.account.id, index);

        auto &clock = copies[std::size_t(index) % copies.size()][account.clock.get()];
        if (!clock)
            clock = std::make_shared<const BusinessClock>(*account.clock);
        m_clocks.push_back(std::make_unique<ZonedAccountClock>(account.zone, clock));
        AccountReportInput input;
        input.accountName = account.account.name;
        input.clock = m_clocks.back().get();
        input.history = account.planHistory;
        input.spend = spend.value(account.account.id);
        m_builders.push_back(std::make_unique<ReportBuilder>(catalog, request.months, request.asOfUtc));
        m_builders.back()->beginAccount(input);
    }
    for (unsigned part = 0; part < workers; ++part) {
        auto &worker = *m_workers.emplace_back(std::make_unique<Worker>());
        worker.thread = std::thread([this, &worker, part, workers] {
            std::unique_lock lock(worker.mutex);
            while (true) {
                worker.ready.wait(lock, [&worker] { return !worker.queue.empty() || worker.stopping; });
                if (worker.queue.empty()) {
                    // Its accounts' rows are worked out here too, not one
                    // account after another on the reading thread.
                    for (std::size_t index = part; index < m_builders.size(); index += workers)
                        m_builders[index]->endAccount();
                    return;
                }
                const Batch batch = std::move(worker.queue.front());
                worker.queue.pop_front();
                lock.unlock();
                worker.hasRoom.notify_one();
                count(*batch, part, workers);
                lock.lock();
            }
        });
    }
}

AccountsReportPass::~AccountsReportPass()
{
    stopWorkers();
}

void AccountsReportPass::count(const std::vector<ReportTicketScan::Row> &rows, std::size_t part,
                               std::size_t share)
{
    // The table keeps an account's tickets mostly together.
    qint64 lastId = 0;
    bool accountKnown = false;
    qsizetype index = -1;
    bool ours = false;
    qint64 lastProduct = 0;
    bool eligible = false;
    bool productKnown = false;
    ReportTicket ticket;
    for (const ReportTicketScan::Row &row : rows) {
        if (!accountKnown || row.accountId != lastId) {
            lastId = row.accountId;
            accountKnown = true;
            // Tickets of an account loaded after the facts are not counted.
            index = m_indexById.value(row.accountId, -1);
            ours = index >= 0 && std::size_t(index) % share == part;
        }
        // Nor, as the builder would ignore them, those it cannot count.
        if (!ours || row.createdAt > m_asOf)
            continue;
        const Bounds &months = m_bounds[std::size_t(index)];
        if (row.createdAt < months.from || row.createdAt >= months.to)
            continue;
        // A product missing from the table (the foreign key forbids it) counts as not eligible.
        if (!productKnown || row.productId != lastProduct) {
            lastProduct = row.productId;
            eligible = m_eligibleByProduct.value(row.productId, false);
            productKnown = true;
        }
        if (!eligible)
            continue;
        ticket.createdAt = row.createdAt;
        ticket.firstResponseAt = row.answered ? std::optional<qint64>(row.firstResponseAt) : std::nullopt;
        ticket.priority = row.priority;
        m_builders[std::size_t(index)]->addTicket(ticket);
    }
}

void AccountsReportPass::add(std::vector<ReportTicketScan::Row> &rows)
{
    if (m_workers.empty()) {
        count(rows, 0, 1);
        return;
    }
    // Every worker reads the batch, each counts the tickets of its accounts:
    // one thread alone touches an account's builder and clock.
    // The batch goes back to the pool once both workers are done with it,
    // and the reader fills it again: no allocation per batch.
    std::unique_ptr<std::vector<ReportTicketScan::Row>> next;
    {
        const std::lock_guard lock(m_pool->mutex);
        if (!m_pool->emptied.empty()) {
            next = std::move(m_pool->emptied.back());
            m_pool->emptied.pop_back();
        }
    }
    if (!next)
        next = std::make_unique<std::vector<ReportTicketScan::Row>>();
    next->swap(rows);
    const Batch batch(next.release(), [pool = m_pool](const std::vector<ReportTicketScan::Row> *done) {
        std::unique_ptr<std::vector<ReportTicketScan::Row>> emptied(
            const_cast<std::vector<ReportTicketScan::Row> *>(done));
        emptied->clear();
        const std::lock_guard lock(pool->mutex);
        pool->emptied.push_back(std::move(emptied));
    });
    for (auto &worker : m_workers) {
        {
            std::unique_lock lock(worker->mutex);
            worker->hasRoom.wait(lock, [&worker] { return worker->queue.size() < MaxWaitingBatches; });
            worker->queue.push_back(batch);
        }
        worker->ready.notify_one();
    }
}

void AccountsReportPass::stopWorkers()
{
    for (auto &worker : m_workers) {
        {
            const std::lock_guard lock(worker->mutex);
            worker->stopping = true;
        }
        worker->ready.notify_one();
    }
    // Each first counts the batches still waiting.
    for (auto &worker : m_workers)
        worker->thread.join();
    m_workers.clear();
}

ReportResult AccountsReportPass::finish()
{
    stopWorkers();
    ReportResult result;
    qsizetype rows = 0;
    qsizetype credits = 0;
    for (const auto &builder : m_builders) {
        builder->endAccount(); // when no worker did
        rows += builder->reportRows().size();
        credits += builder->creditRows().size();
    }
    result.rows.reserve(rows);
    result.credits.reserve(credits);
    for (const auto &builder : m_builders) {
        result.rows += builder->reportRows();
        result.credits += builder->creditRows();
    }
    return result;
}
