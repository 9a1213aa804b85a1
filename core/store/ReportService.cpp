#include "ReportService.h"

#include "AccountsReportPass.h"
#include "BusinessClock.h"
#include "Database.h"
#include "FactsLoader.h"
#include "ReportTicketScan.h"
#include "SmallPageCache.h"
#include "SpendStore.h"
#include "SqlDialect.h"
#include "SqliteHandle.h"
#include "TicketStore.h"
#include "ZoneRules.h"
#include "ZonedAccountClock.h"

#include <memory>
#include <optional>

namespace {

// The report from one scan of the store's tickets in the table's order,
// every account counted at once; nullopt when the store cannot be read so
// (not SQLite through this program's library): nothing was computed then.
std::optional<Expected<ReportResult>> computeFromOneScan(Database &database, const AccountsFacts &facts,
                                                         const QHash<qint64, QHash<int, qint64>> &spend,
                                                         const ReportRequest &request)
{
    if (facts.accounts.isEmpty() || !sqliteHandleOf(database.connection()))
        return std::nullopt;
    const auto eligibleByProduct = ReportTicketScan::eligibilityByProduct(database);
    if (!eligibleByProduct)
        return Expected<ReportResult>(eligibleByProduct.error());
    AccountsReportPass pass(*facts.catalog, request, facts.accounts, spend, *eligibleByProduct);
    const std::optional<qint64> onlyAccount =
        facts.accounts.size() == 1 ? std::optional<qint64>(facts.accounts.first().account.id) : std::nullopt;
    const std::optional<Status> read =
        ReportTicketScan::forEachBatch(database, onlyAccount, pass.fromUtc(), pass.toUtc(),
                                       [&pass](std::vector<ReportTicketScan::Row> &rows) { pass.add(rows); });
    if (!read)
        return std::nullopt;
    // A ticket that cannot be read fails the whole report.
    if (!*read)
        return Expected<ReportResult>(read->error());
    return Expected<ReportResult>(pass.finish());
}

} // namespace

Expected<ReportResult> ReportService::compute(const ReportRequest &request) const
{
    const SmallPageCache cache(m_database.connection());
    const auto facts = FactsLoader::load(m_database, request.accountName);
    if (!facts)
        return facts.error();
    const auto spend = SpendStore(m_database).all();
    if (!spend)
        return spend.error();
    if (auto computed = computeFromOneScan(m_database, *facts, *spend, request))
        return std::move(*computed);

    // The portable read: one account after another through the index.
    TicketStore tickets(m_database);

    ReportBuilder builder(*facts->catalog, request.months, request.asOfUtc);
    for (const AccountFacts &account : facts->accounts) {
        const ZonedAccountClock clock(account.zone, account.clock);
        AccountReportInput input;
        input.accountName = account.account.name;
        input.clock = &clock;
        input.history = account.planHistory;
        input.spend = spend->value(account.account.id);
        builder.beginAccount(input);
        // The account's months as UTC bounds: its tickets are read once,
        // in creation order, through the (account_id, created_at) index.
        const qint64 from = account.zone->startOfLocalDay(request.months.first.firstDay());
        const qint64 to = account.zone->startOfLocalDay(request.months.last.lastDay().addDays(1));
        // A ticket that cannot be read fails the whole report: nothing is
        // computed from the part that could.
        const Status read = tickets.forEachReportTicket(
            {account.account.id}, from, to,
            [&builder](qint64, const ReportTicket &ticket) { builder.addTicket(ticket); });
        if (!read)
            return read.error();
        builder.endAccount();
    }
    return ReportResult{builder.reportRows(), builder.creditRows()};
}

ReportService::ReportService(Database &database) : m_database(database)
{
}
