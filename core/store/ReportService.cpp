#include "ReportService.h"

#include "BusinessClock.h"
#include "Database.h"
#include "FactsLoader.h"
#include "SpendStore.h"
#include "SqlDialect.h"
#include "TicketStore.h"
#include "ZoneRules.h"
#include "ZonedAccountClock.h"

#include <QSqlQuery>
#include <memory>
#include <optional>

namespace {

// The scan reads each page of the tickets once, in order: a page cache the
// size of the connection's (64 MiB for imports) would only grow the memory
// of a report with the store. A small one keeps it flat; the connection's
// own is put back afterwards. A setting that cannot be changed costs memory,
// never a number: its failure is not an error of the report.
class SmallPageCache
{
public:
    explicit SmallPageCache(const QSqlDatabase &connection) : m_connection(connection)
    {
        // PostgreSQL's cache is the server's, shared by every connection.
        if (SqlDialect::of(m_connection).isPostgreSql())
            return;
        QSqlQuery query(m_connection);
        if (query.exec(QStringLiteral("PRAGMA cache_size")) && query.next()) {
            m_previous = query.value(0).toLongLong();
            query.exec(QStringLiteral("PRAGMA cache_size = -8192"));
        }
    }
    ~SmallPageCache()
    {
        if (m_previous)
            QSqlQuery(m_connection).exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
    }
    SmallPageCache(const SmallPageCache &) = delete;
    SmallPageCache &operator=(const SmallPageCache &) = delete;

private:
    QSqlDatabase m_connection;
    std::optional<qint64> m_previous;
};

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
