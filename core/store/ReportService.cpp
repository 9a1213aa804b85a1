#include "ReportService.h"

#include "AccountsReportPass.h"
#include "BusinessClock.h"
#include "Database.h"
#include "FactsLoader.h"
#include "PgReportTicketRead.h"
#include "ReportTicketScan.h"
#include "SmallPageCache.h"
#include "SpendStore.h"
#include "SqlDialect.h"
#include "SqliteHandle.h"
#include "TicketStore.h"
#include "ZoneRules.h"
#include "ZonedAccountClock.h"

#include <algorithm>
#include <limits>
#include <memory>
#include <optional>
#include <utility>

namespace {

// The report from one scan of the store's tickets in the order the engine
// finds them, every account counted at once; nullopt when the store cannot
// be read so (neither SQLite nor PostgreSQL through the library this program
// links): nothing was computed then.
std::optional<Expected<ReportResult>> computeFromOneScan(Database &database, const AccountsFacts &facts,
                                                         const QHash<qint64, QHash<int, qint64>> &spend,
                                                         const ReportRequest &request)
{
    if (facts.accounts.isEmpty())
        return std::nullopt;
    const bool onSqlite = sqliteHandleOf(database.connection()) != nullptr;
    // Whether PostgreSQL's session may be read through libpq is known when
    // the read starts: it asks the server, which costs a round trip.
    if (!onSqlite && database.engine() != StoreEngine::PostgreSql)
        return std::nullopt;
    const auto eligibleByProduct = ReportTicketScan::eligibilityByProduct(database);
    if (!eligibleByProduct)
        return Expected<ReportResult>(eligibleByProduct.error());
    AccountsReportPass pass(*facts.catalog, request, facts.accounts, spend, *eligibleByProduct);
    const std::optional<qint64> onlyAccount =
        facts.accounts.size() == 1 ? std::optional<qint64>(facts.accounts.first().account.id) : std::nullopt;
    const auto add = [&pass](std::vector<ReportTicketScan::Row> &rows) { pass.add(rows); };
    const std::optional<Status> read =
        onSqlite ? ReportTicketScan::forEachBatch(database, onlyAccount, pass.fromUtc(), pass.toUtc(), add)
                 : PgReportTicketRead::forEachBatch(database, onlyAccount, pass.fromUtc(), pass.toUtc(), add);
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
    // The accounts' months as UTC bounds; the builder leaves out a ticket
    // outside its account's months, so one statement may read the widest
    // bounds for every account.
    const auto boundsOf = [&request](const AccountFacts &account) {
        return std::pair{account.zone->startOfLocalDay(request.months.first.firstDay()),
                         account.zone->startOfLocalDay(request.months.last.lastDay().addDays(1))};
    };
    qsizetype next = 0; // the next account of facts->accounts to begin
    std::unique_ptr<ZonedAccountClock> clock;
    const auto beginNext = [&] {
        const AccountFacts &account = facts->accounts[next++];
        clock = std::make_unique<ZonedAccountClock>(account.zone, account.clock);
        AccountReportInput input;
        input.accountName = account.account.name;
        input.clock = clock.get();
        input.history = account.planHistory;
        input.spend = spend->value(account.account.id);
        builder.beginAccount(input);
    };
    // The tickets come account by account in the accounts' order (by name):
    // the accounts before a ticket's own, ticketless, are ended on the way.
    const auto addTicket = [&](qint64 accountId, const ReportTicket &ticket) {
        while (next == 0 || facts->accounts[next - 1].account.id != accountId) {
            if (next == facts->accounts.size())
                return;
            if (next > 0)
                builder.endAccount();
            beginNext();
        }
        builder.addTicket(ticket);
    };
    // A ticket that cannot be read fails the whole report: nothing is
    // computed from the part that could.
    Status read = success();
    if (facts->accounts.size() > 1 && m_database.dialect().isPostgreSql()) {
        // One statement for every account: on a server, a statement an
        // account would cost a round trip each.
        qint64 from = std::numeric_limits<qint64>::max(), to = std::numeric_limits<qint64>::min();
        for (const AccountFacts &account : facts->accounts) {
            const auto bounds = boundsOf(account);
            from = std::min(from, bounds.first);
            to = std::max(to, bounds.second);
        }
        read = tickets.forEachReportTicketByAccountName(from, to, addTicket);
    } else {
        // SQLite reads each account's months through the (account_id,
        // created_at) index, with no round trip to pay.
        for (const AccountFacts &account : facts->accounts) {
            const auto [from, to] = boundsOf(account);
            read = tickets.forEachReportTicket({account.account.id}, from, to, addTicket);
            if (!read)
                break;
        }
    }
    if (!read)
        return read.error();
    while (next < facts->accounts.size()) {
        if (next > 0)
            builder.endAccount();
        beginNext();
    }
    if (next > 0)
        builder.endAccount();
    return ReportResult{builder.reportRows(), builder.creditRows()};
}

ReportService::ReportService(Database &database) : m_database(database)
{
}
