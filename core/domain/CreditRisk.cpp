#include "CreditRisk.h"

#include "Money.h"
#include "ReportBuilder.h"

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

CreditRiskBuilder::CreditRiskBuilder(const PlanCatalog &catalog, qint64 asOfUtc, qint64 horizonSeconds)
    : m_catalog(catalog), m_asOf(asOfUtc), m_horizon(horizonSeconds)
{
}

void CreditRiskBuilder::beginAccount(const AccountReportInput &account)
{
    Q_ASSERT(account.clock);
    m_account = account.accountName;
    m_clock = account.clock;
    m_month = YearMonth::of(m_clock->localDate(m_asOf));
    m_spendCents = account.spend.value(m_month.index(), 0);
    m_segments.clear();
    for (const PlanSegment &days : planSegments(account.history, m_month))
        m_segments.append(Segment{days, guaranteeTerms(m_catalog, days.planId, days.start), {}});
}

void CreditRiskBuilder::addTicket(const ReportTicket &ticket)
{
    if (!m_clock || !ticket.eligible || ticket.createdAt > m_asOf)
        return;
    const QDate date = m_clock->localDate(ticket.createdAt);
    if (YearMonth::of(date) != m_month)
        return;
    for (Segment &segment : m_segments) {
        if (date > segment.days.end)
            continue;
        const ResponseTarget &target = segment.terms.target(ticket.priority);
        if (!target.exists())
            return;
        // Measured as the report measures it (ReportBuilder::addTicket).
        const bool answered = ticket.firstResponseAt && *ticket.firstResponseAt <= m_asOf;
        const qint64 end = qMax(answered ? *ticket.firstResponseAt : m_asOf, ticket.createdAt);
        const qint64 seconds = target.clock == TargetClock::Business
                                   ? m_clock->businessSeconds(ticket.createdAt, end)
                                   : end - ticket.createdAt;
        Counter &counter = segment.counters[priorityIndex(ticket.priority)];
        ++counter.tickets;
        counter.usedSeconds += seconds;
        if (answered)
            ++counter.answered;
        else
            counter.open.append(ticket.rowId);
        return;
    }
}

PriorityBudget CreditRiskBuilder::budgetOf(const Segment &segment, Priority priority) const
{
    const Counter &counter = segment.counters[priorityIndex(priority)];
    PriorityBudget budget;
    budget.priority = priority;
    budget.target = segment.terms.target(priority);
    budget.tickets = counter.tickets;
    budget.answered = counter.answered;
    budget.usedSeconds = counter.usedSeconds;
    budget.openTicketRowIds = counter.open;
    budget.headroomSeconds = budget.target.seconds() * counter.tickets - counter.usedSeconds;

    if (budget.headroomSeconds < 0) {
        budget.state = RiskState::Broken;
        // New tickets land in this segment only while it runs.
        const qint64 quarter = budget.target.seconds() / 4 / 60 * 60;
        const qint64 saved = budget.target.seconds() - quarter;
        if (segment.days.end >= m_clock->localDate(m_asOf) && saved > 0) {
            const qint64 tickets = (-budget.headroomSeconds + saved - 1) / saved;
            budget.recovery =
                RiskRecovery{int(qMin<qint64>(tickets, std::numeric_limits<int>::max())), quarter};
        }
        return budget;
    }
    if (counter.open.isEmpty())
        return budget;
    // The open tickets accrue together, second for second on the same clock:
    // the average passes the target once each has accrued a share of the
    // headroom and one second more.
    const qint64 seconds = budget.headroomSeconds / counter.open.size() + 1;
    const qint64 at = budget.target.clock == TargetClock::Business
                          ? m_clock->instantAfterBusinessSeconds(m_asOf, seconds)
                          : m_asOf + seconds;
    budget.secondsToBreak = seconds;
    if (at != std::numeric_limits<qint64>::max())
        budget.breaksAt = at;
    budget.state = budget.breaksAt && seconds <= m_horizon ? RiskState::AtRisk : RiskState::Safe;
    return budget;
}

AccountRisk CreditRiskBuilder::endAccount()
{
    AccountRisk risk;
    risk.account = m_account;
    risk.month = m_month;
    for (const Segment &segment : std::as_const(m_segments)) {
        SegmentBudget out;
        out.planId = segment.days.planId;
        out.start = segment.days.start;
        out.end = segment.days.end;
        out.feeCents =
            proratedFee(planFee(segment.terms, m_spendCents), segment.days.activeDays(), m_month.dayCount());
        for (Priority priority : AllPriorities) {
            if (!segment.terms.target(priority).exists())
                continue;
            PriorityBudget budget = budgetOf(segment, priority);
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
    m_segments.clear();
    m_clock = nullptr;
    return risk;
}
