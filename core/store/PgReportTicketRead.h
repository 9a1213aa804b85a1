#pragma once

// The report's tickets from PostgreSQL through libpq's COPY … TO STDOUT, in
// the order the server finds them: the rows come as plain text lines, so
// the client decodes five integers a row where Qt's driver builds a result
// and a QVariant per value, and the server scans without sorting. What the
// report computes of an account's tickets does not depend on their order.
// Internal to core.

#include "Expected.h"
#include "ReportTicketScan.h"

#include <functional>
#include <optional>
#include <vector>

class Database;

namespace PgReportTicketRead {

// The tickets created in [fromUtc, toUtc), of one account or of all of them,
// a few thousand at a time, as ReportTicketScan::forEachBatch gives them.
// Nothing read, and nullopt, when the store is not PostgreSQL through the
// libpq this program links (postgresHandleOf()): the caller then reads
// through Qt. A failure at any row, the server's or a line that is not a
// ticket's, fails the whole read: the caller computes nothing from it.
std::optional<Status> forEachBatch(Database &database, std::optional<qint64> onlyAccount, qint64 fromUtc,
                                   qint64 toUtc,
                                   const std::function<void(std::vector<ReportTicketScan::Row> &)> &sink);

} // namespace PgReportTicketRead
