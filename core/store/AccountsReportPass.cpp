#include "AccountsReportPass.h"

#include "BusinessClock.h"
#include "ZonedAccountClock.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace {

// Tickets handed to a worker at a time: one lock per batch, not per ticket.
constexpr std::size_t BatchSize = 4096;
// Batches waiting per worker before the reader waits: memory stays bounded
// however far the reading runs ahead.
constexpr std::size_t MaxWaitingBatches = 4;
constexpr unsigned WorkerCount = 2;

} // namespace

struct AccountsReportPass::Worker
{
    std::vector<Item> filling;
    std::mutex mutex;
    std::condition_variable ready;   // a batch waits, or the work is over
    std::condition_variable hasRoom; // the queue fell below its bound
    std::deque<std::vector<Item>> queue;
    // Batches counted, handed back to be filled again: no allocation per batch.
    std::vector<std::vector<Item>> emptied;
    bool stopping = false;
    std::thread thread;
};

AccountsReportPass::AccountsReportPass(const PlanCatalog &catalog, MonthRange months, qint64 asOfUtc,
                                       const QList<AccountFacts> &accounts,
                                       const QHash<qint64, QHash<int, qint64>> &spend)
{
    // One core: the reading thread counts each ticket itself.
    const unsigned workers = std::thread::hardware_concurrency() >= 2 ? WorkerCount : 0;
    // Accounts on one calendar share its clock; on one worker, its copy.
    std::vector<QHash<const BusinessClock *, std::shared_ptr<const BusinessClock>>> copies(
        std::max(workers, 1u));
    m_clocks.reserve(std::size_t(accounts.size()));
    m_builders.reserve(std::size_t(accounts.size()));
    for (qsizetype index = 0; index < accounts.size(); ++index) {
        const AccountFacts &account = accounts[index];
        auto &clock = copies[std::size_t(index) % copies.size()][account.clock.get()];
        if (!clock)
            clock = std::make_shared<const BusinessClock>(*account.clock);
        m_clocks.push_back(std::make_unique<ZonedAccountClock>(account.zone, clock));
        AccountReportInput input;
        input.accountName = account.account.name;
        input.clock = m_clocks.back().get();
        input.history = account.planHistory;
        input.spend = spend.value(account.account.id);
        m_builders.push_back(std::make_unique<ReportBuilder>(catalog, months, asOfUtc));
        m_builders.back()->beginAccount(input);
    }
    for (unsigned index = 0; index < workers; ++index) {
        auto &worker = *m_workers.emplace_back(std::make_unique<Worker>());
        worker.filling.reserve(BatchSize);
        worker.thread = std::thread([this, &worker] {
            std::unique_lock lock(worker.mutex);
            while (true) {
                worker.ready.wait(lock, [&worker] { return !worker.queue.empty() || worker.stopping; });
                if (worker.queue.empty())
                    return;
                std::vector<Item> batch = std::move(worker.queue.front());
                worker.queue.pop_front();
                lock.unlock();
                worker.hasRoom.notify_one();
                for (const Item &item : batch)
                    m_builders[std::size_t(item.account)]->addTicket(item.ticket);
                batch.clear();
                lock.lock();
                worker.emptied.push_back(std::move(batch));
            }
        });
    }
}

AccountsReportPass::~AccountsReportPass()
{
    stopWorkers();
}

void AccountsReportPass::add(qsizetype account, const ReportTicket &ticket)
{
    if (m_workers.empty()) {
        m_builders[std::size_t(account)]->addTicket(ticket);
        return;
    }
    // The same worker for all of an account's tickets, so that one thread
    // alone touches its builder and its clock.
    Worker &worker = *m_workers[std::size_t(account) % m_workers.size()];
    worker.filling.push_back({account, ticket});
    if (worker.filling.size() == BatchSize)
        handOver(worker);
}

void AccountsReportPass::handOver(Worker &worker)
{
    {
        std::unique_lock lock(worker.mutex);
        worker.hasRoom.wait(lock, [&worker] { return worker.queue.size() < MaxWaitingBatches; });
        worker.queue.push_back(std::move(worker.filling));
        worker.filling = {};
        if (!worker.emptied.empty()) {
            worker.filling = std::move(worker.emptied.back());
            worker.emptied.pop_back();
        }
    }
    worker.ready.notify_one();
    worker.filling.reserve(BatchSize);
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
    for (auto &worker : m_workers) {
        if (!worker->filling.empty())
            handOver(*worker);
    }
    stopWorkers();
    ReportResult result;
    qsizetype rows = 0;
    qsizetype credits = 0;
    for (const auto &builder : m_builders) {
        builder->endAccount();
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
