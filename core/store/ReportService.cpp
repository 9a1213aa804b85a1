#include "ReportService.h"

#include "BusinessClock.h"
#include "Database.h"
#include "FactsLoader.h"
#include "SmallPageCache.h"
#include "SpendStore.h"
#include "SqlDialect.h"
#include "TicketStore.h"
#include "ZoneRules.h"
#include "ZonedAccountClock.h"

#include <memory>
#include <optional>

Expected<ReportResult> ReportService::compute(const ReportRequest &request) const
{
    const SmallPageCache cache(m_database.connection());
    const auto facts = FactsLoader::load(m_database, request.accountName);
    if (!facts)
        return facts.error();
    const auto spend = SpendStore(m_database).all();
    if (!spend)
        return spend.error();
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
