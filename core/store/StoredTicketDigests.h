#pragma once

// Every stored ticket as two 64-bit digests, of its key (account, ticket id)
// and of its data, read in one pass over the table: a dry run of an export
// about as large as the store then asks memory about each of its tickets,
// where a lookup in the store's index costs several microseconds a ticket
// and a plain scan a fraction of one. 32 bytes a ticket, in one table whose
// lookup touches one slot or a few neighbours. Internal to core.
//
// Digests, not the keys and data themselves: what this table says is a
// forecast, right but for a chance of 2^-64 per pair of tickets compared
// (under 10^-7 for a million tickets against a million); the import itself
// finds each ticket by its key in the store's index.

#include "Expected.h"
#include "HugePageAllocator.h"
#include "Ticket.h"

#include <QSqlError>
#include <atomic>
#include <optional>
#include <vector>

class Database;
struct sqlite3;

class StoredTicketDigests
{
public:
    enum class Match : quint8 { Absent, Same, Different };

    // Every ticket of the store. Through SQLite's own interface when the
    // store is SQLite behind the library this program links, otherwise
    // through Qt; both give the same digests.
    static Expected<StoredTicketDigests> read(Database &database);
    // SQLite's path alone, into this empty object, on a handle nothing else
    // uses meanwhile: for a thread of its own; its table made at once for
    // `expectedTickets` (more still fit). Stops early, complete or not,
    // once `stop` is set. SQLite's error when a row cannot be read.
    std::optional<QSqlError> readSqlite(sqlite3 *handle, const std::atomic_bool &stop,
                                        qsizetype expectedTickets = 0);

    // Whether the store holds the ticket of that key (keyOf()), and with the
    // same data (digest()). Data that differ in one field other than the
    // subject always give different digests (a channel within 16 bits): each
    // step of the digest is a bijection of its state and of its value.
    Match match(quint64 key, quint64 dataDigest) const;

    // Asks the processor for the slot of `key` ahead of match().
    void prefetch(quint64 key) const;

    qsizetype size() const { return m_count; }

    // Of a ticket's account and id (its TextDigest).
    static quint64 keyOf(qint64 accountId, quint64 ticketIdDigest);
    // The digest of a ticket's data as stored: its subject (its TextDigest), its product by id, priority and
    // channel by their stored numbers.
    static quint64 digest(quint64 subjectDigest, int priority, qint64 productId, int channel,
                          qint64 createdAt, std::optional<qint64> firstResponseAt,
                          std::optional<qint64> resolvedAt);
    // The same of a ticket read, its product's id given.
    static quint64 digest(const Ticket &ticket, qint64 productId);

private:
    struct Slot
    {
        quint64 key = 0; // 0: empty (a key digest of 0 is stored as 1)
        quint64 digest = 0;
    };

    // Room for that many tickets, the table at most half full.
    void reserve(qsizetype tickets);
    void insert(const Slot &ticket);
    void insertAll(const Slot *tickets, std::size_t count);

    // Open addressing, linear probing; a power of two at least twice the
    // tickets (none: empty). In huge pages where the system allows: each
    // lookup lands at random in tens of megabytes, and with pages of 4 KiB
    // nearly every one would also miss the processor's page table cache.
    std::vector<Slot, HugePageAllocator<Slot>> m_table;
    qsizetype m_count = 0;
};
