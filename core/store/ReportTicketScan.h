#pragma once

// The report's tickets through SQLite's own interface: a plain scan of the
// table, as SQLite would read it for itself, where the portable read walks
// the (account_id, created_at) index and looks up every row apart. The rows
// come in the table's order, not by account: what the report computes of an
// account's tickets does not depend on their order. Internal to core.

#include "Expected.h"
#include "ReportTypes.h"

#include <functional>
#include <optional>

class Database;

namespace ReportTicketScan {

// The tickets created in [fromUtc, toUtc), of one account or of all of them,
// each with its account's id. Nothing read, and nullopt, when the store is
// not SQLite through the library this program links or the statement cannot
// be prepared: the caller then reads through Qt. A row that cannot be read
// is the store's error, as on every path.
std::optional<Status> forEach(Database &database, std::optional<qint64> onlyAccount, qint64 fromUtc,
                              qint64 toUtc, const std::function<void(qint64, const ReportTicket &)> &sink);

} // namespace ReportTicketScan
