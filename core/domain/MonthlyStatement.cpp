#include "MonthlyStatement.h"

#include "Money.h"
#include "PlanSegments.h"
#include "ReportBuilder.h"

#include <QStringList>
#include <algorithm>
#include <vector>

namespace {

constexpr qsizetype LongestShown = 5;

// The mean of the middle one or two of sorted values, half-up to the second.
qint64 median(const std::vector<qint64> &sorted)
{
    const std::size_t middle = sorted.size() / 2;
    if (sorted.size() % 2 == 1)
        return sorted[middle];
    return divideRoundHalfUp(sorted[middle - 1] + sorted[middle], 2);
}

// Nearest rank: the smallest value with at least 90 % of the values at or
// below it.
qint64 percentile90(const std::vector<qint64> &sorted)
{
    const std::size_t rank = (sorted.size() * 9 + 9) / 10; // ⌈0.9 n⌉
    return sorted[rank - 1];
}

bool longerFirst(const StatementTicket &a, const StatementTicket &b)
{
    // Equal times: the earlier ticket first, so that the list is reproducible.
    return a.responseSeconds != b.responseSeconds ? a.responseSeconds > b.responseSeconds
           : a.createdAt != b.createdAt           ? a.createdAt < b.createdAt
                                                  : a.id < b.id;
}

// Keeps `listed` among the five longest of a list sorted longest first.
void keepLongest(QList<StatementTicket> &list, const StatementTicket &listed)
{
    if (list.size() < LongestShown || longerFirst(listed, list.constLast())) {
        list.insert(std::upper_bound(list.begin(), list.end(), listed, longerFirst), listed);
        if (list.size() > LongestShown)
            list.removeLast();
    }
}

} // namespace

qint64 MonthlyStatement::feeCents() const
{
    qint64 total = 0;
    for (const StatementSegment &segment : segments)
        total += segment.credit.feeCents;
    return total;
}

qint64 MonthlyStatement::creditCents() const
{
    qint64 total = 0;
    for (const StatementSegment &segment : segments)
        total += segment.credit.creditCents;
    return total;
}

int MonthlyStatement::ticketCount() const
{
    int total = 0;
    for (const int tickets : ticketsByChannel)
        total += tickets;
    return total;
}

std::optional<qint64> MonthlyStatement::targetSecondsOn(QDate day, int priority) const
{
    for (const StatementSegment &segment : segments) {
        if (day >= segment.credit.segmentStart && day <= segment.credit.segmentEnd) {
            const ResponseTarget &target = segment.terms.targets[std::size_t(priority)];
            return target.exists() ? std::optional<qint64>(target.seconds()) : std::nullopt;
        }
    }
    return std::nullopt;
}

bool MonthlyStatement::provisional() const
{
    return std::any_of(segments.cbegin(), segments.cend(),
                       [](const StatementSegment &segment) { return segment.credit.provisional; });
}

struct StatementBuilder::Impl
{
    struct Times
    {
        std::vector<qint64> seconds;
        QList<StatementTicket> longest; // kept sorted, at most LongestShown
        int withinTarget = 0;
        int nearMisses = 0;
        QList<StatementTicket> closest; // kept sorted, at most LongestShown
    };
    struct DayTotals
    {
        std::array<qint64, PriorityCount> seconds{};
        std::array<int, PriorityCount> tickets{};
    };

    Impl(const PlanCatalog &catalog, const Account &account, const AccountClock &accountClock,
         const QList<PlanChange> &history, qint64 spendCents, YearMonth month, qint64 asOfUtc)
        : clock(accountClock), report(catalog, {month, month}, asOfUtc)
    {
        statement.account = account;
        statement.month = month;
        statement.asOfUtc = asOfUtc;
        statement.spendCents = spendCents;
        statement.claimDeadline = claimDeadline(month);
        for (const PlanSegment &segmentDays : planSegments(history, month)) {
            StatementSegment segment;
            segment.terms = guaranteeTerms(catalog, segmentDays.planId, segmentDays.start);
            const Plan *plan = catalog.find(segmentDays.planId);
            segment.planNameEn = plan ? plan->nameEn : segmentDays.planId;
            segment.planNameFr = plan ? plan->nameFr : segmentDays.planId;
            statement.segments.append(segment);
            segmentEnds.append(segmentDays.end);
            segmentPlans.append(segmentDays.planId);
        }
        times.resize(std::size_t(statement.segments.size()) * PriorityCount);
        days.resize(std::size_t(month.dayCount()));

        AccountReportInput input;
        input.accountName = account.name;
        input.clock = &accountClock;
        input.history = history;
        input.spend.insert(month.index(), spendCents);
        report.beginAccount(input);
    }

    const AccountClock &clock;
    ReportBuilder report;
    MonthlyStatement statement;
    QList<QDate> segmentEnds;
    QStringList segmentPlans;
    std::vector<Times> times; // segment × priority
    std::vector<DayTotals> days;
    std::array<int, AllProductCategories.size()> excluded{};
};

StatementBuilder::StatementBuilder(const PlanCatalog &catalog, const Account &account,
                                   const AccountClock &clock, const QList<PlanChange> &history,
                                   qint64 spendCents, YearMonth month, qint64 asOfUtc)
    : m_impl(std::make_unique<Impl>(catalog, account, clock, history, spendCents, month, asOfUtc))
{
}

StatementBuilder::~StatementBuilder() = default;

void StatementBuilder::keepEvidence()
{
    m_keepEvidence = true;
    m_impl->statement.evidenceKept = true;
}

void StatementBuilder::addTicket(const StatementTicketInput &ticket)
{
    Impl &d = *m_impl;
    const bool eligible = countsTowardGuarantees(ticket.category);
    d.report.addTicket(
        ReportTicket{ticket.createdAt, ticket.firstResponseAt, ticket.priority, eligible, ticket.rowId});
    if (ticket.createdAt > d.statement.asOfUtc)
        return;
    const QDate date = d.clock.localDate(ticket.createdAt);
    if (YearMonth::of(date) != d.statement.month)
        return;
    ++d.statement.ticketsByProduct[ticket.product];
    ++d.statement.ticketsByChannel[std::size_t(ticket.channel)];
    ++d.statement.ticketsByPriority[std::size_t(priorityIndex(ticket.priority))];
    if (m_keepEvidence)
        d.statement.evidence.append(StatementEvidence{ticket.id,
                                                      ticket.subject,
                                                      ticket.priority,
                                                      ticket.product,
                                                      ticket.category,
                                                      ticket.channel,
                                                      ticket.createdAt,
                                                      ticket.firstResponseAt,
                                                      false,
                                                      {},
                                                      {},
                                                      0});
    if (!eligible) {
        ++d.excluded[std::size_t(ticket.category)];
        return;
    }
    const auto segment =
        std::find_if(d.segmentEnds.cbegin(), d.segmentEnds.cend(), [date](QDate end) { return date <= end; });
    if (segment == d.segmentEnds.cend())
        return;
    const qsizetype index = segment - d.segmentEnds.cbegin();
    const ResponseTarget &target = d.statement.segments[index].terms.target(ticket.priority);
    const qint64 seconds = measuredResponseSeconds(d.clock, target.clock, ticket.createdAt,
                                                   ticket.firstResponseAt, d.statement.asOfUtc);
    if (m_keepEvidence) {
        StatementEvidence &evidence = d.statement.evidence.last();
        evidence.counted = true;
        evidence.planId = d.segmentPlans[index];
        evidence.target = target;
        evidence.responseSeconds = seconds;
    }

    const int priority = priorityIndex(ticket.priority);
    Impl::Times &times = d.times[std::size_t(index) * PriorityCount + std::size_t(priority)];
    times.seconds.push_back(seconds);
    const bool answered = ticket.firstResponseAt && *ticket.firstResponseAt <= d.statement.asOfUtc;
    StatementTicket listed{ticket.id, ticket.subject, ticket.createdAt,
                           answered ? ticket.firstResponseAt : std::nullopt, seconds};
    keepLongest(times.longest, listed);
    // The report's definition: an unanswered ticket within the target so far
    // counts as within.
    if (target.exists() && seconds <= target.seconds()) {
        ++times.withinTarget;
        if (answered && seconds * 5 > target.seconds() * 4) {
            ++times.nearMisses;
            keepLongest(times.closest, listed);
        }
    }
    Impl::DayTotals &day = d.days[std::size_t(date.day() - 1)];
    day.seconds[std::size_t(priority)] += seconds;
    ++day.tickets[std::size_t(priority)];
}

MonthlyStatement StatementBuilder::finish(const QList<StatementClaim> &claims)
{
    Impl &d = *m_impl;
    d.report.endAccount();
    MonthlyStatement statement = std::move(d.statement);
    statement.claims = claims;
    const QList<ReportRow> &rows = d.report.reportRows();
    const QList<CreditRow> &credits = d.report.creditRows();
    // The builder gives each segment its credit row and its three rows, in
    // the segments' order.
    Q_ASSERT(credits.size() == statement.segments.size() && rows.size() == credits.size() * PriorityCount);
    for (qsizetype s = 0; s < statement.segments.size(); ++s) {
        StatementSegment &segment = statement.segments[s];
        segment.credit = credits[s];
        for (int p = 0; p < PriorityCount; ++p) {
            StatementPriority &priority = segment.priorities[std::size_t(p)];
            priority.row = rows[s * PriorityCount + p];
            Impl::Times &times = d.times[std::size_t(s) * PriorityCount + std::size_t(p)];
            if (!times.seconds.empty()) {
                std::sort(times.seconds.begin(), times.seconds.end());
                priority.medianSeconds = median(times.seconds);
                priority.percentile90Seconds = percentile90(times.seconds);
            }
            priority.longest = std::move(times.longest);
            priority.withinTarget = times.withinTarget;
            priority.nearMisses = times.nearMisses;
            priority.closest = std::move(times.closest);
        }
    }
    for (ProductCategory category : AllProductCategories) {
        if (const int count = d.excluded[std::size_t(category)]; count > 0)
            statement.exclusions.append(StatementExclusion{category, count});
    }
    for (std::size_t day = 0; day < d.days.size(); ++day) {
        StatementDay point{statement.month.firstDay().addDays(qint64(day)), {}};
        for (std::size_t p = 0; p < std::size_t(PriorityCount); ++p) {
            if (d.days[day].tickets[p] > 0)
                point.averageSeconds[p] = divideRoundHalfUp(d.days[day].seconds[p], d.days[day].tickets[p]);
        }
        statement.days.append(point);
    }
    return statement;
}
