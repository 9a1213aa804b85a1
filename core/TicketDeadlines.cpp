#include "TicketDeadlines.h"

#include "AccountStore.h"
#include "BusinessClock.h"
#include "CalendarStore.h"
#include "PlanSegments.h"
#include "PlanStore.h"
#include "ZoneRules.h"

#include <limits>

TicketDeadlines::TicketDeadlines(Database &database)
    : m_catalog(std::make_shared<const PlanCatalog>(PlanStore(database).catalog())),
      m_utc(ZoneRules::forZone(QStringLiteral("UTC")))
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
        facts.plans.push_back({QDate(), m_catalog->find(defaultPlanId())});
        for (const PlanChange &change : normalizedPlanHistory(histories.value(account.id)))
            facts.plans.push_back({change.effectiveDate, m_catalog->find(change.planId)});
        m_byName.insert(account.name, m_facts.size());
        m_byId.insert(account.id, m_facts.size());
        m_facts.append(facts);
    }
}

TicketDeadlines TicketDeadlines::withOwnClocks() const
{
    TicketDeadlines copy(*this);
    // Accounts that shared a clock share its copy.
    QHash<const BusinessClock *, std::shared_ptr<const BusinessClock>> copies;
    for (AccountFacts &facts : copy.m_facts) {
        if (!facts.clock)
            continue;
        auto &own = copies[facts.clock.get()];
        if (!own)
            own = std::make_shared<const BusinessClock>(*facts.clock);
        facts.clock = own;
    }
    return copy;
}

const Plan *TicketDeadlines::AccountFacts::planOn(QDate day) const
{
    // The last change on or before the day; a history has a few entries.
    for (auto change = plans.rbegin(); change != plans.rend(); ++change) {
        if (!change->from.isValid() || change->from <= day)
            return change->plan;
    }
    return nullptr;
}

const ZoneRules &TicketDeadlines::zoneOf(const QString &account) const
{
    const auto found = m_byName.constFind(account);
    return found != m_byName.constEnd() ? *m_facts[*found].zone : *m_utc;
}

TicketTiming TicketDeadlines::timingOf(const Ticket &ticket, qint64 nowUtc) const
{
    const auto found = m_byName.constFind(ticket.account);
    if (found == m_byName.constEnd())
        return {};
    return timingOf(m_facts[*found], ticket.priority, ticket.createdAt, ticket.firstResponseAt, nowUtc);
}

TicketTiming TicketDeadlines::timingOf(qint64 accountId, Priority priority, qint64 createdAt,
                                       std::optional<qint64> firstResponseAt, qint64 nowUtc) const
{
    const auto found = m_byId.constFind(accountId);
    if (found == m_byId.constEnd())
        return {};
    return timingOf(m_facts[*found], priority, createdAt, firstResponseAt, nowUtc);
}

TicketTiming TicketDeadlines::timingOf(const AccountFacts &facts, Priority priority, qint64 createdAt,
                                       std::optional<qint64> firstResponseAt, qint64 nowUtc) const
{
    TicketTiming timing;
    // The plan in force on the day the ticket was opened, in the account's zone.
    const QDate opened = facts.zone->localDate(createdAt);
    const Plan *plan = facts.planOn(opened);
    const ResponseTarget target = plan ? plan->termsOn(opened).target(priority) : ResponseTarget{};
    const bool business = target.clock == TargetClock::Business && facts.clock;
    auto measure = [&](qint64 from, qint64 to) {
        return business ? facts.clock->openSeconds(from, to) : to - from;
    };
    if (firstResponseAt)
        timing.responseSeconds = measure(createdAt, *firstResponseAt);
    if (!target.exists())
        return timing;
    const qint64 due = business ? facts.clock->instantAfterOpenSeconds(createdAt, target.seconds())
                                : createdAt + target.seconds();
    if (due == std::numeric_limits<qint64>::max())
        return timing; // a calendar that never opens: no deadline to show
    timing.dueAt = due;
    if (firstResponseAt) {
        timing.breached = *timing.responseSeconds > target.seconds();
    } else {
        timing.secondsLeft = nowUtc <= due ? measure(nowUtc, due) : -measure(due, nowUtc);
        timing.breached = nowUtc > due;
    }
    return timing;
}
