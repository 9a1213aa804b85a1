#pragma once

// How an import's dry run counts the tickets it reads as new, updated or
// unchanged against the store. Internal to core.

#include "Expected.h"
#include "HelpdeskImport.h"
#include "ImportSource.h"
#include "MappedTickets.h"

#include <functional>
#include <optional>

class Database;

namespace DryRunCount {

// Whether reading every stored ticket's digest first costs less than
// looking each read ticket up in the store's index: a scanned row costs
// about a seventeenth of a looked-up one (0.4 against 7 µs on SQLite), and
// an export's row takes about 140 bytes, so the scan pays while the store
// has fewer tickets than an eighth of the export's bytes.
bool readsWholeStore(qint64 storeTickets, qint64 exportBytes);

// The store's ids of the ticket `tickets` returned last (account 0: one the
// import would add, so the ticket is new).
using IdsOfTicket = std::function<TicketNameIds(const Ticket &)>;

// The export's tickets from a point on, read apart from those before it.
struct Part
{
    ImportSource *tickets = nullptr;
    IdsOfTicket idsOf;
};
// Cuts the export being read, when it can be: `tickets` then ends where
// the part given starts. Called at most once, from another thread while
// `tickets` is read; the part is read on that thread.
using SplitOff = std::function<std::optional<Part>()>;

// Reads `tickets` to the end into `result` (tickets, new, updated,
// unchanged, the first ones shown), and the part `splitOff` gives, if any,
// after them. `goOn` is asked every few hundred tickets; false cancels.
// Whether the two parts were read as one reading would have is the
// caller's to check.
Status countTickets(Database &database, ImportSource &tickets, const IdsOfTicket &idsOf, qint64 exportBytes,
                    const std::function<bool()> &goOn, ImportDryRun &result, const SplitOff &splitOff = {});

} // namespace DryRunCount
