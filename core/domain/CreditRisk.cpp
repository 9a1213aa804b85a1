#include "CreditRisk.h"

#include "Money.h"
#include "ReportBuilder.h"

#include <algorithm>
#include <limits>

QString riskStateCode(RiskState state)
{
    switch (state) {
    case RiskState::Safe: return QStringLiteral("safe");
    case RiskState::AtRisk: return QStringLiteral("at_risk");
    case RiskState::Broken: return QStringLiteral("broken");
    }
    Q_UNREACHABLE();
}

const char *riskStateLabel(RiskState state)
{
    switch (state) {
    case RiskState::Safe: return QT_TRANSLATE_NOOP("RiskState", "Safe");
    case RiskState::AtRisk: return QT_TRANSLATE_NOOP("RiskState", "At risk");
    case RiskState::Broken: return QT_TRANSLATE_NOOP("RiskState", "Broken");
    }
    Q_UNREACHABLE();
}

bool breaksSooner(const AccountRisk &a, const AccountRisk &b)
{
    const bool aBroken = a.state == RiskState::Broken;
    const bool bBroken = b.state == RiskState::Broken;
    if (aBroken != bBroken)
        return aBroken;
    if (aBroken && a.creditOwedCents != b.creditOwedCents)
        return a.creditOwedCents > b.creditOwedCents;
    constexpr qint64 never = std::numeric_limits<qint64>::max();
    const qint64 aBreaks = a.breaksAt.value_or(never);
    const qint64 bBreaks = b.breaksAt.value_or(never);
    if (aBreaks != bBreaks)
        return aBreaks < bBreaks;
    return a.account < b.account;
}

namespace {

qint64 measured(const AccountClock &clock, const ResponseTarget &target, qint64 from, qint64 to)
{
    // As the report measures (ReportBuilder::addTicket): a response before
    // the creation counts as immediate.
    to = qMax(to, from);
    return target.clock == TargetClock::Business ? clock.businessSeconds(from, to) : to - from;
}

PriorityBudget budgetOf(const MonthLedger &ledger, const MonthLedger::Segment &segment, Priority priority,
                        qint64 asOf, qint64 horizon)
{
    const MonthLedger::Counter &counter = segment.counters[priorityIndex(priority)];
    const AccountClock &clock = *ledger.clock;
    PriorityBudget budget;
    budget.priority = priority;
    budget.target = segment.terms.target(priority);
    budget.answered = counter.answered;
    budget.usedSeconds = counter.answeredSeconds;
    budget.tickets = counter.answered;
    for (const MonthLedger::Pending &ticket : counter.pending) {
        if (ticket.createdAt > asOf)
            continue;
        ++budget.tickets;
        if (ticket.firstResponseAt && *ticket.firstResponseAt <= asOf) {
            ++budget.answered;
            budget.usedSeconds += measured(clock, budget.target, ticket.createdAt, *ticket.firstResponseAt);
        } else {
            budget.usedSeconds += measured(clock, budget.target, ticket.createdAt, asOf);
            budget.openTicketRowIds.append(ticket.rowId);
        }
    }
    budget.headroomSeconds = budget.target.seconds() * budget.tickets - budget.usedSeconds;

    if (budget.headroomSeconds < 0) {
        budget.state = RiskState::Broken;
        // New tickets land in this segment only while it runs.
        const qint64 quarter = budget.target.seconds() / 4 / 60 * 60;
        const qint64 saved = budget.target.seconds() - quarter;
        if (segment.days.end >= clock.localDate(asOf) && saved > 0) {
            const qint64 tickets = (-budget.headroomSeconds + saved - 1) / saved;
            budget.recovery =
                RiskRecovery{int(qMin<qint64>(tickets, std::numeric_limits<int>::max())), quarter};
        }
        return budget;
    }
    if (budget.openTicketRowIds.isEmpty())
        return budget;
    // The open tickets accrue together, second for second on the same clock:
    // the average passes the target once each has accrued a share of the
    // headroom and one second more.
    const qint64 seconds = budget.headroomSeconds / budget.openTicketRowIds.size() + 1;
    const qint64 at = budget.target.clock == TargetClock::Business
                          ? clock.instantAfterBusinessSeconds(asOf, seconds)
                          : asOf + seconds;
    budget.secondsToBreak = seconds;
    if (at != std::numeric_limits<qint64>::max())
        budget.breaksAt = at;
    budget.state = budget.breaksAt && seconds <= horizon ? RiskState::AtRisk : RiskState::Safe;
    return budget;
}

} // namespace

AccountRisk assessRisk(const MonthLedger &ledger, qint64 asOfUtc, qint64 horizonSeconds)
{
    AccountRisk risk;
    risk.account = ledger.account;
    risk.zone = ledger.zone;
    risk.month = ledger.month;
    for (const MonthLedger::Segment &segment : ledger.segments) {
        SegmentBudget out;
        out.planId = segment.days.planId;
        out.start = segment.days.start;
        out.end = segment.days.end;
        out.feeCents = segment.feeCents;
        for (Priority priority : AllPriorities) {
            if (!segment.terms.target(priority).exists())
                continue;
            PriorityBudget budget = budgetOf(ledger, segment, priority, asOfUtc, horizonSeconds);
            out.state = qMax(out.state, budget.state);
            if (budget.breaksAt && (!risk.breaksAt || *budget.breaksAt < *risk.breaksAt))
                risk.breaksAt = budget.breaksAt;
            out.priorities.append(std::move(budget));
        }
        risk.state = qMax(risk.state, out.state);
        if (out.state != RiskState::Safe)
            risk.creditAtStakeCents += out.feeCents;
        if (out.state == RiskState::Broken)
            risk.creditOwedCents += out.feeCents;
        risk.segments.append(std::move(out));
    }
    return risk;
}

CreditRiskBuilder::CreditRiskBuilder(const PlanCatalog &catalog, qint64 asOfUtc)
    : m_catalog(catalog), m_asOf(asOfUtc)
{
}

void CreditRiskBuilder::beginAccount(const AccountReportInput &input,
                                     std::shared_ptr<const AccountClock> clock,
                                     std::shared_ptr<const ZoneRules> zone)
{
    Q_ASSERT(clock);
    m_ledger = MonthLedger{};
    m_ledger.account = input.accountName;
    m_ledger.clock = std::move(clock);
    m_ledger.zone = std::move(zone);
    m_ledger.readAt = m_asOf;
    m_ledger.month = YearMonth::of(m_ledger.clock->localDate(m_asOf));
    const qint64 spend = input.spend.value(m_ledger.month.index(), 0);
    for (const PlanSegment &days : planSegments(input.history, m_ledger.month)) {
        MonthLedger::Segment segment;
        segment.days = days;
        segment.terms = guaranteeTerms(m_catalog, days.planId, days.start);
        segment.feeCents =
            proratedFee(planFee(segment.terms, spend), days.activeDays(), m_ledger.month.dayCount());
        m_ledger.segments.append(segment);
    }
}

void CreditRiskBuilder::addTicket(const ReportTicket &ticket)
{
    if (!m_ledger.clock || !ticket.eligible || ticket.createdAt > m_asOf)
        return;
    const QDate date = m_ledger.clock->localDate(ticket.createdAt);
    if (YearMonth::of(date) != m_ledger.month)
        return;
    for (MonthLedger::Segment &segment : m_ledger.segments) {
        if (date > segment.days.end)
            continue;
        const ResponseTarget &target = segment.terms.target(ticket.priority);
        if (!target.exists())
            return;
        MonthLedger::Counter &counter = segment.counters[priorityIndex(ticket.priority)];
        if (ticket.firstResponseAt && *ticket.firstResponseAt <= m_asOf) {
            ++counter.answered;
            counter.answeredSeconds +=
                measured(*m_ledger.clock, target, ticket.createdAt, *ticket.firstResponseAt);
        } else {
            counter.pending.append({ticket.rowId, ticket.createdAt, ticket.firstResponseAt});
        }
        return;
    }
}

MonthLedger CreditRiskBuilder::endAccount()
{
    for (MonthLedger::Segment &segment : m_ledger.segments) {
        for (MonthLedger::Counter &counter : segment.counters) {
            std::stable_sort(counter.pending.begin(), counter.pending.end(),
                             [](const MonthLedger::Pending &a, const MonthLedger::Pending &b) {
                                 return a.createdAt < b.createdAt;
                             });
        }
    }
    MonthLedger done = std::move(m_ledger);
    m_ledger = MonthLedger{};
    return done;
}
