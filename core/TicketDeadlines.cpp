#include "TicketDeadlines.h"

#include "AccountStore.h"
#include "BusinessClock.h"
#include "CalendarStore.h"
#include "PlanSegments.h"
#include "PlanStore.h"
#include "ZoneRules.h"

#include <limits>

TicketDeadlines::TicketDeadlines(Database &database)
    : m_catalog(PlanStore(database).catalog()), m_utc(ZoneRules::forZone(QStringLiteral("UTC")))
{
    // One business clock per calendar, shared by the accounts that use it.
    QHash<QString, std::shared_ptr<const BusinessClock>> clocks;
    for (const Calendar &calendar : CalendarStore(database).all())
        clocks.insert(calendar.name, std::make_shared<const BusinessClock>(calendar));
    const AccountStore accounts(database);
    const auto histories = accounts.allPlanHistories();
    for (const Account &account : accounts.all()) {
        AccountFacts facts;
        facts.zone = ZoneRules::forZone(account.timeZoneId);
        if (!facts.zone)
            facts.zone = m_utc;
        const QString calendarName =
            account.calendarName.isEmpty() ? Calendar::vendorDefaultName() : account.calendarName;
        facts.clock = clocks.value(calendarName);
        facts.history = histories.value(account.id);
        m_accounts.insert(account.name, facts);
    }
}

const ZoneRules &TicketDeadlines::zoneOf(const QString &account) const
{
    const auto facts = m_accounts.constFind(account);
    return facts != m_accounts.constEnd() ? *facts->zone : *m_utc;
}

TicketTiming TicketDeadlines::timingOf(const Ticket &ticket, qint64 nowUtc) const
{
    TicketTiming timing;
    const auto found = m_accounts.constFind(ticket.account);
    if (found == m_accounts.constEnd())
        return timing;
    const AccountFacts &facts = *found;
    // The plan in force on the day the ticket was opened, in the account's zone.
    const QDate opened = facts.zone->localDate(ticket.createdAt);
    const Plan *plan = m_catalog.find(planOn(facts.history, opened));
    const ResponseTarget target = plan ? plan->termsOn(opened).target(ticket.priority) : ResponseTarget{};
    const bool business = target.clock == TargetClock::Business && facts.clock;
    auto measure = [&](qint64 from, qint64 to) {
        return business ? facts.clock->openSeconds(from, to) : to - from;
    };
    if (ticket.firstResponseAt)
        timing.responseSeconds = measure(ticket.createdAt, *ticket.firstResponseAt);
    if (!target.exists())
        return timing;
    const qint64 due = business ? facts.clock->instantAfterOpenSeconds(ticket.createdAt, target.seconds())
                                : ticket.createdAt + target.seconds();
    if (due == std::numeric_limits<qint64>::max())
        return timing; // a calendar that never opens: no deadline to show
    timing.dueAt = due;
    if (ticket.firstResponseAt) {
        timing.breached = *timing.responseSeconds > target.seconds();
    } else {
        timing.secondsLeft = nowUtc <= due ? measure(nowUtc, due) : -measure(due, nowUtc);
        timing.breached = nowUtc > due;
    }
    return timing;
}
