#include "DryRunCount.h"

#include "Database.h"
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
// account the store lacks has none of them, so its tickets are new).
Status countBatchAgainstIndex(TicketKeyLookup &store, const std::vector<Ticket> &batch,
                              const QHash<QString, qint64> &accountIds, ImportDryRun &result)
{
    QList<TicketKey> keys;
    keys.reserve(qsizetype(batch.size()));
    for (const Ticket &ticket : batch) {
        if (const qint64 accountId = accountIds.value(ticket.account))
            keys.append(TicketKey{accountId, ticket.id});
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

Status countAgainstIndex(Database &database, ImportSource &tickets, const QHash<QString, qint64> &accountIds,
                         const std::function<bool()> &goOn, ImportDryRun &result)
{
    TicketKeyLookup index(database);
    std::vector<Ticket> batch;
    batch.reserve(Batch);
    const auto flush = [&]() -> Status {
        if (const Status counted = countBatchAgainstIndex(index, batch, accountIds, result); !counted)
            return counted;
        batch.clear();
        return goOn() ? success() : cancelled();
    };
    while (auto ticket = tickets.next()) {
        noteRead(*ticket, result);
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

// A read ticket as the digests compare it.
struct ReadKey
{
    quint64 key = 0;
    quint64 digest = 0;
};

void countMatch(const StoredTicketDigests &stored, const ReadKey &key, ImportDryRun &result)
{
    switch (stored.match(key.key, key.digest)) {
    case StoredTicketDigests::Match::Absent: ++result.newTickets; break;
    case StoredTicketDigests::Match::Same: ++result.unchanged; break;
    case StoredTicketDigests::Match::Different: ++result.updated; break;
    }
}

// A batch at a time, each key's slot asked for a few keys ahead: the
// table is larger than the processor's caches, and the lookups then wait
// for memory together rather than one after the other.
void countMatches(const StoredTicketDigests &stored, const std::vector<ReadKey> &keys, ImportDryRun &result)
{
    constexpr std::size_t Ahead = 8;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i + Ahead < keys.size())
            stored.prefetch(keys[i + Ahead].key);
        countMatch(stored, keys[i], result);
    }
}

// On SQLite through the library this program links, the digests are read
// on a thread of their own while this one reads the export (the two take
// about as long); the tickets read meanwhile wait as keys and digests.
Status countAgainstDigests(Database &database, ImportSource &tickets,
                           const QHash<QString, qint64> &accountIds, const QHash<QString, qint64> &productIds,
                           const std::function<bool()> &goOn, ImportDryRun &result)
{
    StoredTicketDigests stored;
    std::atomic_bool stop{false};
    std::future<std::optional<QSqlError>> reading;
    if (sqlite3 *handle = sqliteHandleOf(database.connection())) {
        reading = std::async(std::launch::async,
                             [&stored, handle, &stop] { return stored.readSqlite(handle, stop); });
    } else {
        auto read = StoredTicketDigests::read(database);
        if (!read)
            return read.error();
        stored = std::move(*read);
    }
    const auto joined = qScopeGuard([&] {
        stop = true;
        if (reading.valid())
            reading.wait();
    });
    // The keys read since the last count: a batch, or all of them while
    // the digests are being read.
    std::vector<ReadKey> keys;
    keys.reserve(Batch);
    // Counts the keys once the digests are read (at once when `wait`).
    const auto settle = [&](bool wait) -> Status {
        if (reading.valid()) {
            if (!wait && reading.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
                return success();
            if (const auto error = reading.get())
                return database.readFailure(*error);
        }
        countMatches(stored, keys, result);
        keys.clear();
        return success();
    };
    std::size_t sinceAsked = 0;
    while (auto ticket = tickets.next()) {
        noteRead(*ticket, result);
        if (const qint64 accountId = accountIds.value(ticket->account)) {
            keys.push_back({StoredTicketDigests::keyOf(accountId, TextDigest::of(ticket->id)),
                            StoredTicketDigests::digest(*ticket, productIds.value(ticket->product))});
        } else {
            ++result.newTickets; // of an account the store lacks
        }
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
    return goOn() ? success() : cancelled();
}

} // namespace

namespace DryRunCount {

bool readsWholeStore(qint64 storeTickets, qint64 exportBytes)
{
    return storeTickets <= exportBytes / 8;
}

Status countTickets(Database &database, ImportSource &tickets, const QHash<QString, qint64> &accountIds,
                    const QHash<QString, qint64> &productIds, qint64 exportBytes,
                    const std::function<bool()> &goOn, ImportDryRun &result)
{
    const auto storeTickets = storeTicketsAbout(database);
    if (!storeTickets)
        return storeTickets.error();
    if (readsWholeStore(*storeTickets, exportBytes))
        return countAgainstDigests(database, tickets, accountIds, productIds, goOn, result);
    return countAgainstIndex(database, tickets, accountIds, goOn, result);
}

} // namespace DryRunCount
