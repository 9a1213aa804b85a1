#include "DryRunCount.h"

#include "Database.h"
#include "KeyBatches.h"
#include "SmallPageCache.h"
#include "SqliteHandle.h"
#include "StoredTicketDigests.h"
#include "TextDigest.h"
#include "TicketStore.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <atomic>
#include <chrono>
#include <future>
#include <optional>
#include <vector>

namespace {

bool sameData(const Ticket &a, const Ticket &b)
{
    return a.subject == b.subject && a.priority == b.priority && a.product == b.product &&
           a.channel == b.channel && a.createdAt == b.createdAt && a.firstResponseAt == b.firstResponseAt &&
           a.resolvedAt == b.resolvedAt;
}

// Counts a batch of read tickets against the store in one statement (an
// account the store lacks, id 0, has none of them, so its tickets are new).
Status countBatchAgainstIndex(TicketKeyLookup &store, const std::vector<Ticket> &batch,
                              const std::vector<qint64> &accountIds, ImportDryRun &result)
{
    QList<TicketKey> keys;
    keys.reserve(qsizetype(batch.size()));
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (accountIds[i] != 0)
            keys.append(TicketKey{accountIds[i], batch[i].id});
    }
    const auto found = store.find(keys);
    if (!found)
        return found.error();
    QHash<std::pair<QString, QString>, const Ticket *> stored;
    for (const Ticket &ticket : *found)
        stored.insert({ticket.account, ticket.id}, &ticket);
    for (const Ticket &ticket : batch) {
        const Ticket *before = stored.value({ticket.account, ticket.id});
        if (!before)
            ++result.newTickets;
        else if (sameData(*before, ticket))
            ++result.unchanged;
        else
            ++result.updated;
    }
    return success();
}

// The store's tickets, about: the highest row id, read at the end of the
// primary key (rows deleted make it more, which only favours the index).
Expected<qint64> storeTicketsAbout(Database &database)
{
    QSqlQuery query(database.connection());
    if (const Status run = database.read(query, QStringLiteral("SELECT max(id) FROM tickets")); !run)
        return run.error();
    const qint64 highest = query.next() ? query.value(0).toLongLong() : 0;
    if (const Status ended = database.rowsEnded(query); !ended)
        return ended.error();
    return highest;
}

constexpr std::size_t Batch = 500;
// Keys handed to the counting thread at once: each hand-off may wake it,
// a system call, so a few hundred a run rather than thousands.
constexpr std::size_t HandedOn = 8192;

Status cancelled()
{
    return Status::failure(Error::Kind::Cancelled, HelpdeskImport::tr("dry run cancelled"));
}

void noteRead(const Ticket &ticket, ImportDryRun &result)
{
    ++result.tickets;
    if (result.firstTickets.size() < ImportDryRun::FirstShown)
        result.firstTickets.append(ticket);
}

Status countAgainstIndex(Database &database, ImportSource &tickets, const DryRunCount::IdsOfTicket &idsOf,
                         const std::function<bool()> &goOn, ImportDryRun &result)
{
    TicketKeyLookup index(database);
    std::vector<Ticket> batch;
    std::vector<qint64> accountIds;
    batch.reserve(Batch);
    accountIds.reserve(Batch);
    const auto flush = [&]() -> Status {
        if (const Status counted = countBatchAgainstIndex(index, batch, accountIds, result); !counted)
            return counted;
        batch.clear();
        accountIds.clear();
        return goOn() ? success() : cancelled();
    };
    while (auto ticket = tickets.next()) {
        noteRead(*ticket, result);
        accountIds.push_back(idsOf(*ticket).account);
        batch.push_back(std::move(*ticket));
        if (batch.size() == Batch) {
            if (const Status counted = flush(); !counted)
                return counted;
        }
    }
    if (tickets.atError())
        return Status::failure(Error::Kind::InvalidInput, tickets.error());
    return flush();
}

struct MatchCounts
{
    qint64 newTickets = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
};

void countMatch(const StoredTicketDigests &stored, const ReadKey &key, MatchCounts &counts)
{
    switch (stored.match(key.key, key.digest)) {
    case StoredTicketDigests::Match::Absent: ++counts.newTickets; break;
    case StoredTicketDigests::Match::Same: ++counts.unchanged; break;
    case StoredTicketDigests::Match::Different: ++counts.updated; break;
    }
}

// A batch at a time, each key's slot asked for a few keys ahead: the
// table is larger than the processor's caches, and the lookups then wait
// for memory together rather than one after the other.
void countMatches(const StoredTicketDigests &stored, const std::vector<ReadKey> &keys, MatchCounts &counts)
{
    constexpr std::size_t Ahead = 8;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i + Ahead < keys.size())
            stored.prefetch(keys[i + Ahead].key);
        countMatch(stored, keys[i], counts);
    }
}

// What the counting thread read and counted: its part of the export, the
// keys handed to it.
struct CountedOrFailed
{
    std::optional<QSqlError> error;
    MatchCounts counts;
    qint64 partTickets = 0;
    qint64 partNewOfMissingAccounts = 0;
    QList<Ticket> partFirstTickets;
};

ReadKey readKey(const Ticket &ticket, const TicketNameIds &ids)
{
    return {StoredTicketDigests::keyOf(ids.account, TextDigest::of(ticket.id)),
            StoredTicketDigests::digest(ticket, ids.product)};
}

// What both threads share: the store's digests, read by the counting
// thread; the keys handed to it.
struct Counting
{
    StoredTicketDigests stored;
    KeyBatches batches;
    std::atomic_bool stop{false};
    // Set once `stored` is read and the counting thread reads a part of the
    // export: each thread then counts its own keys.
    std::atomic_bool eachCountsItsOwn{false};
};

// Reads a part of the export and counts its tickets, a few dozen keys at a
// time (their slots asked for ahead), until its end or `stop`.
void readPart(const DryRunCount::Part &part, Counting &counting, CountedOrFailed &done)
{
    constexpr std::size_t Keys = 64;
    std::vector<ReadKey> keys;
    keys.reserve(Keys);
    std::size_t sinceAsked = 0;
    while (auto ticket = part.tickets->next()) {
        ++done.partTickets;
        if (done.partFirstTickets.size() < ImportDryRun::FirstShown)
            done.partFirstTickets.append(*ticket);
        const TicketNameIds ids = part.idsOf(*ticket);
        if (ids.account != 0)
            keys.push_back(readKey(*ticket, ids));
        else
            ++done.partNewOfMissingAccounts;
        if (keys.size() == Keys) {
            countMatches(counting.stored, keys, done.counts);
            keys.clear();
        }
        if (++sinceAsked == Batch) {
            sinceAsked = 0;
            if (counting.stop.load(std::memory_order_relaxed))
                return;
        }
    }
    countMatches(counting.stored, keys, done.counts);
}

// Reads the store's digests, then the part of the export `splitOff` gives
// (if any), then counts the batches handed to it until the queue is closed
// (or `stop` is set): on a thread of its own, so that the lookups' waits
// for memory, and a part of the reading, fall on the core that would
// otherwise idle.
CountedOrFailed scanThenCount(sqlite3 *handle, qint64 storeTickets, Counting &counting,
                              const DryRunCount::SplitOff &splitOff)
{
    CountedOrFailed done;
    if ((done.error = counting.stored.readSqlite(handle, counting.stop, storeTickets)))
        return done;
    if (splitOff && !counting.stop.load(std::memory_order_relaxed)) {
        if (const auto part = splitOff()) {
            counting.eachCountsItsOwn.store(true, std::memory_order_release);
            readPart(*part, counting, done);
        }
    }
    std::vector<ReadKey> batch;
    while (!counting.stop.load(std::memory_order_relaxed) && counting.batches.pop(batch))
        countMatches(counting.stored, batch, done.counts);
    return done;
}

void addCounts(const MatchCounts &counts, ImportDryRun &result)
{
    result.newTickets += counts.newTickets;
    result.updated += counts.updated;
    result.unchanged += counts.unchanged;
}

// The counting thread's part after this one's: its tickets come later in
// the file.
void addPart(const CountedOrFailed &done, ImportDryRun &result)
{
    addCounts(done.counts, result);
    result.tickets += done.partTickets;
    result.newTickets += done.partNewOfMissingAccounts;
    for (const Ticket &ticket : done.partFirstTickets) {
        if (result.firstTickets.size() < ImportDryRun::FirstShown)
            result.firstTickets.append(ticket);
    }
}

// On SQLite through the library this program links, the digests are read
// and the keys counted on a thread of their own while this one reads the
// export (the scan takes less time than the reading; once it ends, that
// thread also reads the rest of the export when `splitOff` gives it);
// otherwise the digests are read first, through Qt, and counted here.
Status countAgainstDigests(Database &database, qint64 storeTickets, ImportSource &tickets,
                           const DryRunCount::IdsOfTicket &idsOf, const std::function<bool()> &goOn,
                           const DryRunCount::SplitOff &splitOff, ImportDryRun &result)
{
    // The digests read each page of the store once.
    const SmallPageCache cache(database.connection());
    sqlite3 *handle = sqliteHandleOf(database.connection());
    Counting counting;
    if (!handle) {
        auto read = StoredTicketDigests::read(database);
        if (!read)
            return read.error();
        counting.stored = std::move(*read);
    }
    std::future<CountedOrFailed> counted;
    if (handle) {
        counted = std::async(std::launch::async, [handle, storeTickets, &counting, &splitOff] {
            return scanThenCount(handle, storeTickets, counting, splitOff);
        });
    }
    const auto joined = qScopeGuard([&] {
        if (counted.valid()) {
            counting.stop = true;
            counting.batches.close();
            counted.wait();
        }
    });
    MatchCounts countedHere;
    std::vector<ReadKey> keys;
    keys.reserve(HandedOn + Batch);
    // Counts the keys here when the digests are this thread's or the other
    // thread reads a part too; otherwise hands them on when enough, or the
    // `last`. A scan that ended early failed.
    const auto settle = [&](bool last) -> Status {
        if (!counted.valid() || counting.eachCountsItsOwn.load(std::memory_order_acquire)) {
            countMatches(counting.stored, keys, countedHere);
            keys.clear();
            return success();
        }
        // The scan's thread ends early only when a row could not be read.
        if (counted.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
            const CountedOrFailed done = counted.get();
            return database.readFailure(done.error.value_or(QSqlError()));
        }
        if (keys.size() >= HandedOn || last) {
            counting.batches.push(std::move(keys));
            keys = {};
            keys.reserve(HandedOn + Batch);
        }
        return success();
    };
    std::size_t sinceAsked = 0;
    while (auto ticket = tickets.next()) {
        noteRead(*ticket, result);
        const TicketNameIds ids = idsOf(*ticket);
        if (ids.account != 0)
            keys.push_back(readKey(*ticket, ids));
        else
            ++result.newTickets; // of an account the store lacks
        if (++sinceAsked == Batch) {
            sinceAsked = 0;
            if (const Status settled = settle(false); !settled)
                return settled;
            if (!goOn())
                return cancelled();
        }
    }
    if (tickets.atError())
        return Status::failure(Error::Kind::InvalidInput, tickets.error());
    if (const Status settled = settle(true); !settled)
        return settled;
    if (counted.valid()) {
        counting.batches.close();
        // The batches still waiting are counted by both threads once the
        // digests are read.
        if (counting.eachCountsItsOwn.load(std::memory_order_acquire)) {
            std::vector<ReadKey> batch;
            while (counting.batches.tryPop(batch))
                countMatches(counting.stored, batch, countedHere);
        }
        const CountedOrFailed done = counted.get();
        if (done.error)
            return database.readFailure(*done.error);
        addPart(done, result);
    }
    addCounts(countedHere, result);
    return goOn() ? success() : cancelled();
}

} // namespace

namespace DryRunCount {

bool readsWholeStore(qint64 storeTickets, qint64 exportBytes)
{
    return storeTickets <= exportBytes / 8;
}

Status countTickets(Database &database, ImportSource &tickets, const IdsOfTicket &idsOf, qint64 exportBytes,
                    const std::function<bool()> &goOn, ImportDryRun &result, const SplitOff &splitOff)
{
    const auto storeTickets = storeTicketsAbout(database);
    if (!storeTickets)
        return storeTickets.error();
    if (readsWholeStore(*storeTickets, exportBytes))
        return countAgainstDigests(database, *storeTickets, tickets, idsOf, goOn, splitOff, result);
    return countAgainstIndex(database, tickets, idsOf, goOn, result);
}

} // namespace DryRunCount
