#include "ReportBuilder.h"

#include "Claims.h"
#include "Money.h"

#include <QtGlobal>
#include <algorithm>

QString reportStatusCode(ReportStatus status)
{
    switch (status) {
    case ReportStatus::NoTarget: return QStringLiteral("no_target");
    case ReportStatus::NoTickets: return QStringLiteral("no_tickets");
    case ReportStatus::Met: return QStringLiteral("met");
    case ReportStatus::Missed: return QStringLiteral("missed");
    }
    Q_UNREACHABLE();
}

const char *reportStatusLabel(ReportStatus status)
{
    switch (status) {
    case ReportStatus::NoTarget: return QT_TRANSLATE_NOOP("ReportStatus", "No target");
    case ReportStatus::NoTickets: return QT_TRANSLATE_NOOP("ReportStatus", "No tickets");
    case ReportStatus::Met: return QT_TRANSLATE_NOOP("ReportStatus", "Met");
    case ReportStatus::Missed: return QT_TRANSLATE_NOOP("ReportStatus", "Missed");
    }
    Q_UNREACHABLE();
}

int responseHistogramBucket(qint64 responseSeconds)
{
    int bucket = 0;
    while (bucket < int(ResponseHistogramBoundsMinutes.size()) &&
           responseSeconds > qint64(ResponseHistogramBoundsMinutes[bucket]) * 60)
        ++bucket;
    return bucket;
}

const PlanTerms &guaranteeTerms(const PlanCatalog &catalog, const QString &planId, QDate date)
{
    // For a plan missing from the catalog when developer is missing too.
    static const PlanTerms freeTerms;
    const Plan *plan = catalog.find(planId);
    if (!plan)
        plan = catalog.find(defaultPlanId());
    if (!plan || plan->terms.isEmpty())
        return freeTerms;
    return plan->termsOn(date);
}

qint64 measuredResponseSeconds(const AccountClock &clock, TargetClock targetClock, qint64 createdAt,
                               std::optional<qint64> firstResponseAt, qint64 asOfUtc)
{
    const bool answered = firstResponseAt && *firstResponseAt <= asOfUtc;
    // A response recorded before the creation is invalid input; it is
    // measured as an immediate one rather than a negative time.
    const qint64 end = qMax(answered ? *firstResponseAt : asOfUtc, createdAt);
    return targetClock == TargetClock::Business ? clock.businessSeconds(createdAt, end) : end - createdAt;
}

ReportBuilder::ReportBuilder(const PlanCatalog &catalog, MonthRange months, qint64 asOfUtc)
    : m_catalog(catalog), m_months(months), m_asOf(asOfUtc)
{
    m_monthStarts.reserve(std::size_t(m_months.count()) + 1);
    for (YearMonth month = m_months.first; month <= m_months.last; month = month.next())
        m_monthStarts.push_back(month.firstDay().toJulianDay());
    m_monthStarts.push_back(m_months.last.next().firstDay().toJulianDay());
}

void ReportBuilder::beginAccount(const AccountReportInput &account)
{
    if (m_open)
        endAccount();
    m_open = true;
    m_account = account.accountName;
    m_clock = account.clock;
    m_spend = account.spend;
    Q_ASSERT(m_clock);

    m_current.clear();
    m_current.reserve(m_months.count());
    for (YearMonth month = m_months.first; month <= m_months.last; month = month.next()) {
        Month slot{month, {}};
        for (const PlanSegment &days : planSegments(account.history, month))
            slot.segments.append(Segment{days, guaranteeTerms(m_catalog, days.planId, days.start), {}});
        m_current.append(slot);
    }
}

void ReportBuilder::addTicket(const ReportTicket &ticket)
{
    if (!m_open || !m_clock || !ticket.eligible || ticket.createdAt > m_asOf)
        return;
    const QDate date = m_clock->localDate(ticket.createdAt);
    // The month by the day numbers of the months' first days: a year and a
    // month out of a date cost more than the rest of a ticket's counting.
    const qint64 day = date.toJulianDay();
    if (day < m_monthStarts.front() || day >= m_monthStarts.back())
        return;
    const qsizetype slot =
        std::upper_bound(m_monthStarts.begin(), m_monthStarts.end(), day) - m_monthStarts.begin() - 1;
    if (slot >= m_current.size())
        return;

    Month &month = m_current[slot];
    Segment *segment = nullptr;
    for (Segment &candidate : month.segments) {
        if (date <= candidate.days.end) {
            segment = &candidate;
            break;
        }
    }
    if (!segment)
        return;

    const ResponseTarget &target = segment->terms.target(ticket.priority);
    const bool answered = ticket.firstResponseAt && *ticket.firstResponseAt <= m_asOf;
    const qint64 seconds =
        measuredResponseSeconds(*m_clock, target.clock, ticket.createdAt, ticket.firstResponseAt, m_asOf);

    Counter &counter = segment->counters[priorityIndex(ticket.priority)];
    ++counter.tickets;
    if (answered)
        ++counter.answered;
    if (target.exists() && seconds <= target.seconds())
        ++counter.withinTarget;
    counter.totalSeconds += seconds;
    ++counter.histogram[responseHistogramBucket(seconds)];
}

void ReportBuilder::endAccount()
{
    if (!m_open)
        return;
    for (const Month &month : std::as_const(m_current))
        emitRows(month);
    m_current.clear();
    m_open = false;
    m_clock = nullptr;
}

void ReportBuilder::emitRows(const Month &month)
{
    const qint64 spend = m_spend.value(month.month.index(), 0);
    for (const Segment &segment : month.segments) {
        CreditRow credit;
        credit.account = m_account;
        credit.month = month.month;
        credit.planId = segment.days.planId;
        credit.segmentStart = segment.days.start;
        credit.segmentEnd = segment.days.end;
        credit.activeDays = segment.days.activeDays();
        credit.spendCents = spend;
        credit.feeCents =
            proratedFee(planFee(segment.terms, spend), credit.activeDays, month.month.dayCount());
        credit.claimDeadline = claimDeadline(month.month);

        for (Priority priority : AllPriorities) {
            const Counter &counter = segment.counters[priorityIndex(priority)];
            ReportRow row;
            row.account = m_account;
            row.month = month.month;
            row.planId = segment.days.planId;
            row.segmentStart = segment.days.start;
            row.segmentEnd = segment.days.end;
            row.priority = priority;
            row.target = segment.terms.target(priority);
            row.clock = row.target.clock;
            row.tickets = counter.tickets;
            row.answered = counter.answered;
            row.totalResponseSeconds = counter.totalSeconds;
            row.responseHistogram = counter.histogram;
            row.provisional = counter.answered < counter.tickets;
            if (counter.tickets > 0)
                row.averageCentiMinutes =
                    divideRoundHalfUp(counter.totalSeconds * 100, qint64(counter.tickets) * 60);
            if (!row.target.exists()) {
                row.status = ReportStatus::NoTarget;
            } else if (counter.tickets == 0) {
                row.status = ReportStatus::NoTickets;
            } else {
                row.withinTargetBasisPoints =
                    divideRoundHalfUp(qint64(counter.withinTarget) * 10000, counter.tickets);
                // The exact mean against the target, not the rounded average.
                row.status = counter.totalSeconds <= row.target.seconds() * counter.tickets
                                 ? ReportStatus::Met
                                 : ReportStatus::Missed;
            }
            if (row.status == ReportStatus::Missed)
                credit.missedPriorities.append(priority);
            credit.provisional = credit.provisional || row.provisional;
            m_reportRows.append(row);
        }
        credit.creditCents = credit.missedPriorities.isEmpty() ? 0 : credit.feeCents;
        m_creditRows.append(credit);
    }
}
