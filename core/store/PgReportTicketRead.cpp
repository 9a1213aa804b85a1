#include "PgReportTicketRead.h"

#include "PgCopyOut.h"

namespace PgReportTicketRead {

std::optional<Status> forEachBatch(Database &database, std::optional<qint64> onlyAccount, qint64 fromUtc,
                                   qint64 toUtc,
                                   const std::function<void(std::vector<ReportTicketScan::Row> &)> &sink)
{
    // The bounds are numbers written here, nothing a user typed. No order:
    // the server scans without sorting.
    QByteArray select = "SELECT account_id, created_at, first_response_at, priority, product_id "
                        "FROM tickets WHERE created_at >= " +
                        QByteArray::number(fromUtc) + " AND created_at < " + QByteArray::number(toUtc);
    if (onlyAccount)
        select += " AND account_id = " + QByteArray::number(*onlyAccount);

    constexpr std::size_t BatchSize = 2048;
    std::vector<ReportTicketScan::Row> batch;
    batch.reserve(BatchSize);
    auto read = forEachCopyRow(database, select, [&](CopyLine &line) {
        const auto account = line.nextNumber();
        const auto created = line.nextNumber();
        const auto answered = line.nextNumber();
        const auto priority = line.nextNumber();
        const auto product = line.nextNumber();
        if (!line.wholeAndValid() || !account || !created || !priority || !product || *priority < 0 ||
            *priority > 2)
            return false;
        ReportTicketScan::Row &row = batch.emplace_back();
        row.accountId = *account;
        row.createdAt = *created;
        row.answered = answered.has_value();
        row.firstResponseAt = answered.value_or(0);
        row.priority = static_cast<Priority>(*priority);
        row.productId = *product;
        if (batch.size() == BatchSize) {
            sink(batch);
            batch.clear();
            if (batch.capacity() < BatchSize)
                batch.reserve(BatchSize);
        }
        return true;
    });
    // Rows of a failed read are never counted: the caller drops the pass.
    if (read && read->ok() && !batch.empty())
        sink(batch);
    return read;
}

} // namespace PgReportTicketRead
