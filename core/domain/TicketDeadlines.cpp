#include "TicketDeadlines.h"

#include "BusinessClock.h"
#include "PlanSegments.h"
#include "ZoneRules.h"

#include <limits>

TicketDeadlines::TicketDeadlines(const AccountsFacts &facts)
    : m_catalog(facts.catalog), m_utc(ZoneRules::forZone(QStringLiteral("UTC")))
{
    for (const AccountFacts &account : facts.accounts) {
        AccountTerms terms;
        terms.zone = account.zone;
        terms.clock = account.clock;
        terms.plans.push_back({QDate(), m_catalog->find(defaultPlanId())});
        for (const PlanChange &change : normalizedPlanHistory(account.planHistory))
            terms.plans.push_back({change.effectiveDate, m_catalog->find(change.planId)});
        m_byName.insert(account.account.name, m_terms.size());
        m_byId.insert(account.account.id, m_terms.size());
        m_terms.append(terms);
    }
}

TicketDeadlines TicketDeadlines::withOwnClocks() const
{
    TicketDeadlines copy(*this);
    // Accounts that shared a clock share its copy.
    QHash<const BusinessClock *, std::shared_ptr<const BusinessClock>> copies;
    for (AccountTerms &terms : copy.m_terms) {
        auto &own = copies[terms.clock.get()];
        if (!own)
            own = std::make_shared<const BusinessClock>(*terms.clock);
        terms.clock = own;
    }
    return copy;
}

const Plan *TicketDeadlines::AccountTerms::planOn(QDate day) const
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
    return found != m_byName.constEnd() ? *m_terms[*found].zone : *m_utc;
}

QString TicketDeadlines::calendarNameOf(const QString &account) const
{
    const auto found = m_byName.constFind(account);
    return found != m_byName.constEnd() ? m_terms[*found].clock->calendar().name : QString();
}

TicketTiming TicketDeadlines::timingOf(const Ticket &ticket, qint64 nowUtc) const
{
    const auto found = m_byName.constFind(ticket.account);
    if (found == m_byName.constEnd())
        return {};
    return timingOf(m_terms[*found], ticket.priority, ticket.createdAt, ticket.firstResponseAt, nowUtc);
}

TicketTiming TicketDeadlines::timingOf(qint64 accountId, Priority priority, qint64 createdAt,
                                       std::optional<qint64> firstResponseAt, qint64 nowUtc) const
{
    const auto found = m_byId.constFind(accountId);
    if (found == m_byId.constEnd())
        return {};
    return timingOf(m_terms[*found], priority, createdAt, firstResponseAt, nowUtc);
}

TicketTiming TicketDeadlines::timingOf(const AccountTerms &terms, Priority priority, qint64 createdAt,
                                       std::optional<qint64> firstResponseAt, qint64 nowUtc) const
{
    TicketTiming timing;
    // The plan in force on the day the ticket was opened, in the account's zone.
    const QDate opened = terms.zone->localDate(createdAt);
    const Plan *plan = terms.planOn(opened);
    const ResponseTarget target = plan ? plan->termsOn(opened).target(priority) : ResponseTarget{};
    const bool business = target.clock == TargetClock::Business;
    timing.clock = target.clock;
    auto measure = [&](qint64 from, qint64 to) {
        return business ? terms.clock->openSeconds(from, to) : to - from;
    };
    if (firstResponseAt)
        timing.responseSeconds = measure(createdAt, *firstResponseAt);
    if (!target.exists())
        return timing;
    const qint64 due = business ? terms.clock->instantAfterOpenSeconds(createdAt, target.seconds())
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
