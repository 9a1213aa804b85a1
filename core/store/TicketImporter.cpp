#include "TicketImporter.h"

#include "AccountStore.h"
#include "Database.h"
#include "PgHandle.h"
#include "PgTicketCopy.h"
#include "ProductStore.h"
#include "TicketCsv.h"
#include "TicketStore.h"
#include "ZoneRules.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace {

// Rows of an exported file are about 140 bytes; a low guess of the count
// only decides how the store updates its indexes.
constexpr qint64 BytesPerRowGuess = 100;
// Tickets handed from the reading thread to the writing one at a time, and
// how many such batches may wait: a few MB read ahead at most.
constexpr int BatchRows = 2048;
constexpr std::size_t BatchesAhead = 4;
// How often, in tickets, the progress is told the bytes read.
constexpr qint64 ProgressEvery = 0x4000;

struct Batch
{
    std::vector<Ticket> tickets;
    std::vector<int> lines; // the line each ticket starts on
    qint64 bytesRead = 0;   // after its last ticket
    bool last = false;      // the reader has stopped: at the end or at an error
};

// Reads the file on a second thread while the store writes what was read:
// parsing and SQLite's work then take two cores instead of one after the
// other. The reader is the thread's until it stops (last batch taken, or
// stop()); only then may the caller ask it for its error or seek the file.
class ReadAhead
{
public:
    explicit ReadAhead(ImportSource &reader) : m_reader(reader), m_thread([this] { run(); }) {}
    ~ReadAhead() { stop(); }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // The next batch, waiting for it; empty and last once the reader stopped.
    Batch take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty()) {
            Batch end;
            end.last = true;
            return end;
        }
        Batch batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return batch;
    }
    // A batch whose tickets the store has taken (swapped for the ones it
    // let go of): the reader frees and refills it on its own thread, so the
    // writing thread neither frees what the other allocated nor allocates.
    void giveBack(Batch &&spent)
    {
        const std::lock_guard lock(m_mutex);
        if (m_spent.size() < BatchesAhead)
            m_spent.push_back(std::move(spent));
    }
    // Stops the reader and waits for its thread to end.
    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    Batch emptyBatch()
    {
        Batch batch;
        {
            const std::lock_guard lock(m_mutex);
            if (!m_spent.empty()) {
                batch = std::move(m_spent.front());
                m_spent.pop_front();
            }
        }
        batch.tickets.clear();
        batch.lines.clear();
        batch.tickets.reserve(BatchRows);
        batch.lines.reserve(BatchRows);
        return batch;
    }
    void run()
    {
        bool last = false;
        while (!last) {
            Batch batch = emptyBatch();
            while (int(batch.tickets.size()) < BatchRows) {
                auto ticket = m_reader.next();
                if (!ticket) {
                    last = true;
                    break;
                }
                batch.tickets.push_back(std::move(*ticket));
                batch.lines.push_back(m_reader.line());
            }
            batch.bytesRead = m_reader.bytesRead();
            batch.last = last;
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_ready.size() < BatchesAhead || m_stopping; });
            if (m_stopping)
                break;
            m_ready.push_back(std::move(batch));
            m_changed.notify_all();
        }
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }

    ImportSource &m_reader;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    std::deque<Batch> m_spent;
    bool m_stopping = false;
    bool m_finished = false;
    std::thread m_thread; // last: starts once the members above exist
};

Error repeatFailure(const QString &sourceName, int line, int firstLine, const QString &id,
                    const QString &account)
{
    return Error{
        Error::Kind::InvalidInput,
        TicketImporter::tr("%1:%2: ticket \"%3\" of account \"%4\" appears twice, on lines %5 and %2")
            .arg(sourceName)
            .arg(line)
            .arg(id, account)
            .arg(firstLine)};
}

// What the COPY of an import met besides an error: a cancel, or a ticket
// twice in the file.
struct CopyOutcome
{
    bool cancelled = false;
    std::optional<PgTicketCopy::Repeat> repeat;
};

// The rows read ahead into PostgreSQL through COPY (PgTicketCopy): the same
// rules, errors and phases as the portable path, in a constant number of
// statements. `writing` is told the bytes read and `indexing` the end of the
// rows; either returns false to cancel. At the reader's error the rows before
// it are checked for a repeat, which is then reported first, as the portable
// path meets it first.
Status copyTickets(PgTicketCopy &copy, ReadAhead &readAhead, const ImportSource &reader,
                   const std::function<bool(qint64 bytesRead)> &writing,
                   const std::function<bool()> &indexing, qint64 &rows, CopyOutcome &outcome)
{
    if (Status begun = copy.begin(); !begun)
        return begun;
    const auto stopAt = [&](const Status &failure) -> Status {
        if (Status ended = copy.end(); !ended)
            return ended;
        auto repeat = copy.firstRepeat();
        if (!repeat)
            return repeat.error();
        outcome.repeat = *repeat;
        return failure;
    };
    const auto cancel = [&] {
        outcome.cancelled = true;
        copy.abandon(QStringLiteral("import cancelled"));
        return success();
    };
    for (Batch batch = readAhead.take();; batch = readAhead.take()) {
        for (std::size_t at = 0; at < batch.tickets.size(); ++at) {
            if (Status added = copy.add(batch.tickets[at], batch.lines[at]); !added)
                return stopAt(added);
            if ((++rows % ProgressEvery) == 0 && !writing(batch.bytesRead))
                return cancel();
        }
        if (batch.last)
            break;
        readAhead.giveBack(std::move(batch));
    }
    if (reader.atError())
        return stopAt(success());
    if (!indexing())
        return cancel();
    if (Status ended = copy.end(); !ended)
        return ended;
    auto merged = copy.merge();
    if (!merged)
        return merged.error();
    outcome.repeat = *merged;
    return success();
}

// Store ids of the accounts and products by name, for the COPY's rows.
Status readNames(Database &database, QHash<QString, qint64> &accountIds, QHash<QString, qint64> &productIds)
{
    const auto accounts = AccountStore(database).all();
    if (!accounts)
        return accounts.error();
    for (const Account &account : *accounts)
        accountIds.insert(account.name, account.id);
    const auto products = ProductStore(database).all();
    if (!products)
        return products.error();
    for (const Product &product : *products)
        productIds.insert(product.name, product.id);
    return success();
}

} // namespace

TicketImporter::TicketImporter(Database &database) : m_database(database)
{
}

Expected<ImportSummary> TicketImporter::importFile(const QString &path, const Progress &progress) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<ImportSummary>::failure(Error::Kind::Storage,
                                                tr("%1: cannot read: %2").arg(path, file.errorString()));
    const QString sourceName = QFileInfo(path).fileName();

    // Account zones are looked up once per account, not once per row.
    const auto accounts = AccountStore(m_database).all();
    if (!accounts)
        return accounts.error();
    QHash<QString, std::shared_ptr<const ZoneRules>> zones;
    for (const Account &account : *accounts)
        zones.insert(account.name, ZoneRules::forZone(account.timeZoneId));
    TicketCsvReader reader(&file, sourceName,
                           [&zones](const QString &account) { return zones.value(account); });
    // The store refuses a ticket repeated within the file; the reader is
    // spared remembering every ticket it has read.
    reader.setDuplicateCheck(false);
    // An unknown product is refused at its line and column, as it is read.
    const auto storedProducts = ProductStore(m_database).all();
    if (!storedProducts)
        return storedProducts.error();
    QSet<QString> products;
    for (const Product &product : *storedProducts)
        products.insert(product.name);
    reader.setProductLookup([&products](const QString &name) { return products.contains(name); });
    if (Status header = reader.readHeader(); !header)
        return header.error();

    Input input;
    input.source = &reader;
    input.sourceName = sourceName;
    input.totalBytes = file.size();
    input.firstLineOf = [&file](const QString &account, const QString &id, int beforeLine) {
        return TicketCsvReader::firstLineOf(&file, account, id, beforeLine);
    };
    return importFrom(input, progress);
}

Expected<ImportSummary> TicketImporter::importFrom(const Input &input, const Progress &progress) const
{
    using Phase = ImportProgress::Phase;
    ImportSource &reader = *input.source;
    const QString &sourceName = input.sourceName;
    const qint64 total = input.totalBytes;

    const auto tell = [&progress](Phase phase, qint64 done, qint64 totalDone) {
        return !progress || progress(ImportProgress{phase, done, totalDone});
    };
    bool cancelled = false;
    const auto cancel = [&] {
        cancelled = true;
        return Error{Error::Kind::Cancelled, tr("%1: import cancelled; nothing was changed").arg(sourceName)};
    };
    if (!tell(Phase::Writing, 0, total))
        return cancel();

    // Rows go to the store as they are read, inside one transaction: the
    // file is never held in memory, and an error or a cancel rolls it all back.
    ReadAhead readAhead(reader);
    Batch batch;
    std::size_t nextInBatch = 0;
    int line = 0; // of the ticket last handed to the store
    qint64 rows = 0;
    std::optional<Error> repeatError;
    const auto repeated = [&](const Ticket &ticket) -> Status {
        // Rare, so the first line is found by reading the file again, once
        // the reading thread has let go of it.
        readAhead.stop();
        const int first = input.firstLineOf ? input.firstLineOf(ticket.account, ticket.id, line) : 0;
        repeatError = repeatFailure(sourceName, line, first, ticket.id, ticket.account);
        return *repeatError;
    };
    // On PostgreSQL the rows go through COPY when Qt's session can be
    // shared (see postgresHandleOf()), else one statement each.
    PGconn *const copyConnection = postgresHandleOf(m_database);
    const auto copyRows = [&]() -> Status {
        // Read inside the transaction: the rows may name accounts and
        // products that input.beforeRows has just added.
        QHash<QString, qint64> accountIds;
        QHash<QString, qint64> products;
        if (const Status named = readNames(m_database, accountIds, products); !named)
            return named;
        PgTicketCopy copy(m_database, copyConnection, accountIds, products);
        CopyOutcome outcome;
        const Status copied = copyTickets(
            copy, readAhead, reader, [&](qint64 bytesRead) { return tell(Phase::Writing, bytesRead, total); },
            [&] { return tell(Phase::Indexing, 0, 0); }, rows, outcome);
        cancelled = outcome.cancelled;
        if (outcome.repeat) {
            const PgTicketCopy::Repeat &repeat = *outcome.repeat;
            repeatError = repeatFailure(sourceName, repeat.line, repeat.firstLine, repeat.id, repeat.account);
        }
        return copied;
    };
    bool failedInside = false;
    const Status written = m_database.transaction(
        [&]() -> Status {
            failedInside = true;
            if (input.beforeRows) {
                if (const Status ready = input.beforeRows(); !ready)
                    return ready;
            }
            const Status stored = copyConnection
                                      ? copyRows()
                                      : TicketStore(m_database)
                                            .upsertStream(
                                                [&](Ticket &ticket) {
                                                    while (nextInBatch == batch.tickets.size()) {
                                                        if (batch.last) {
                                                            // The reader has let go of itself with its last
                                                            // batch.
                                                            if (reader.atError())
                                                                return false;
                                                            // The rows are in: what is left is the store's.
                                                            if (!tell(Phase::Indexing, 0, 0))
                                                                cancelled = true;
                                                            return false;
                                                        }
                                                        readAhead.giveBack(std::move(batch));
                                                        batch = readAhead.take();
                                                        nextInBatch = 0;
                                                    }
                                                    std::swap(ticket, batch.tickets[nextInBatch]);
                                                    line = batch.lines[nextInBatch];
                                                    ++nextInBatch;
                                                    if ((++rows % ProgressEvery) == 0 &&
                                                        !tell(Phase::Writing, batch.bytesRead, total)) {
                                                        cancelled = true;
                                                        return false;
                                                    }
                                                    return true;
                                                },
                                                total / BytesPerRowGuess, repeated);
            readAhead.stop();
            if (repeatError)
                return *repeatError;
            if (reader.atError())
                return Status::failure(Error::Kind::InvalidInput, reader.error());
            if (cancelled)
                return cancel();
            if (!stored)
                return stored.error().reworded(QStringLiteral("%1: %2").arg(sourceName, stored.message()));
            if (!tell(Phase::Committing, 0, 0))
                return cancel();
            failedInside = false;
            return success();
        },
        Database::ForeignKeys::CheckedByCaller);
    // A store that cannot start or save the transaction is named with the file.
    if (!written) {
        return failedInside
                   ? written.error()
                   : written.error().reworded(QStringLiteral("%1: %2").arg(sourceName, written.message()));
    }
    return ImportSummary{rows};
}
