#pragma once

// The report's tickets through SQLite's own interface: a plain scan of the
// table, as SQLite would read it for itself, where the portable read walks
// the (account_id, created_at) index and looks up every row apart. The rows
// come in the table's order, not by account: what the report computes of an
// account's tickets does not depend on their order. Internal to core.

#include "Expected.h"
#include "Priority.h"

#include <QHash>
#include <functional>
#include <optional>
#include <vector>

class Database;

namespace ReportTicketScan {

// A ticket's columns as stored: the reading thread decodes them and nothing
// more, the rest of the work is left to whoever counts.
struct Row
{
    qint64 accountId = 0;
    qint64 productId = 0;
    qint64 createdAt = 0;
    qint64 firstResponseAt = 0; // when answered
    bool answered = false;
    Priority priority = Priority::P3;
};

// Whether each product's tickets count toward guarantees, by product id.
Expected<QHash<qint64, bool>> eligibilityByProduct(Database &database);

// The tickets created in [fromUtc, toUtc), of one account or of all of them,
// a few thousand at a time; `sink` may take the rows out of the vector.
// Nothing read, and nullopt, when the store is not SQLite through the
// library this program links or the statement cannot be prepared: the
// caller then reads through Qt. A row that cannot be read is the store's
// error, as on every path.
std::optional<Status> forEachBatch(Database &database, std::optional<qint64> onlyAccount, qint64 fromUtc,
                                   qint64 toUtc, const std::function<void(std::vector<Row> &)> &sink);

} // namespace ReportTicketScan
