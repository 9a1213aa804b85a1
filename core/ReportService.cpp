#include "ReportService.h"

#include "AccountStore.h"
#include "BusinessClock.h"
#include "CalendarStore.h"
#include "Database.h"
#include "PlanStore.h"
#include "SpendStore.h"
#include "SqlDialect.h"
#include "TicketStore.h"
#include "ZoneRules.h"
#include "ZonedAccountClock.h"

#include <QHash>
#include <QSqlQuery>
#include <memory>
#include <optional>

namespace {

// The scan reads each page of the tickets once, in order: a page cache the
// size of the connection's (64 MiB for imports) would only grow the memory
// of a report with the store. A small one keeps it flat; the connection's
// own is put back afterwards.
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
    using Result = Expected<ReportResult>;
    AccountStore accounts(m_database);
    CalendarStore calendars(m_database);
    PlanStore plans(m_database);
    SpendStore spend(m_database);
    TicketStore tickets(m_database);

    QList<Account> selected;
    if (request.accountName.isEmpty()) {
        selected = accounts.all();
    } else {
        const auto account = accounts.findByName(request.accountName);
        if (!account)
            return Result::failure(account.error());
        selected << *account;
    }

    // One business clock per calendar, shared by the accounts that use it:
    // its zone tables and week tables are built once.
    QHash<QString, std::shared_ptr<const BusinessClock>> clocksByCalendar;
    for (const Calendar &calendar : calendars.all())
        clocksByCalendar.insert(calendar.name, std::make_shared<const BusinessClock>(calendar));
    const QString defaultCalendar = Calendar::vendorDefaultName();

    const PlanCatalog catalog = plans.catalog();
    const auto histories = accounts.allPlanHistories();
    ReportBuilder builder(catalog, request.months, request.asOfUtc);
    for (const Account &account : selected) {
        const auto zone = ZoneRules::forZone(account.timeZoneId);
        if (!zone) {
            return Result::failure(QStringLiteral("account '%1' has an unknown time zone '%2'")
                                       .arg(account.name, account.timeZoneId));
        }
        const QString calendarName = account.calendarName.isEmpty() ? defaultCalendar : account.calendarName;
        auto business = clocksByCalendar.value(calendarName);
        if (!business)
            return Result::failure(
                QStringLiteral("account '%1' uses an unknown calendar '%2'").arg(account.name, calendarName));
        const ZonedAccountClock clock(zone, business);

        AccountReportInput input;
        input.accountName = account.name;
        input.clock = &clock;
        input.history = histories.value(account.id);
        input.spend = spend.forAccount(account.id);
        builder.beginAccount(input);
        // The account's months as UTC bounds: its tickets are read once,
        // in creation order, through the (account_id, created_at) index.
        const qint64 from = zone->startOfLocalDay(request.months.first.firstDay());
        const qint64 to = zone->startOfLocalDay(request.months.last.lastDay().addDays(1));
        tickets.forEachReportTicket({account.id}, from, to, [&builder](qint64, const ReportTicket &ticket) {
            builder.addTicket(ticket);
        });
        builder.endAccount();
    }
    return ReportResult{builder.reportRows(), builder.creditRows()};
}

ReportService::ReportService(Database &database) : m_database(database)
{
}
