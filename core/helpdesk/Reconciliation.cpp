#include "Reconciliation.h"

#include "BusinessClock.h"
#include "PlanSegments.h"
#include "ReportBuilder.h"
#include "ZoneRules.h"

#include <cstdlib>
#include <numeric>

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;

} // namespace

QString toolFigureCode(ToolFigure::Kind kind)
{
    switch (kind) {
    case ToolFigure::Kind::BusinessSeconds: return QStringLiteral("business_seconds");
    case ToolFigure::Kind::WithinTarget: return QStringLiteral("within_target");
    case ToolFigure::Kind::RemainingSeconds: break;
    }
    return QStringLiteral("remaining_seconds");
}

QString differenceBucketCode(DifferenceBucket bucket)
{
    switch (bucket) {
    case DifferenceBucket::MinusDayOrMore: return QStringLiteral("minus_day_or_more");
    case DifferenceBucket::MinusHourToDay: return QStringLiteral("minus_hour_to_day");
    case DifferenceBucket::MinusToleranceToHour: return QStringLiteral("minus_tolerance_to_hour");
    case DifferenceBucket::WithinTolerance: return QStringLiteral("within_tolerance");
    case DifferenceBucket::ToleranceToHour: return QStringLiteral("tolerance_to_hour");
    case DifferenceBucket::HourToDay: return QStringLiteral("hour_to_day");
    case DifferenceBucket::DayOrMore: break;
    }
    return QStringLiteral("day_or_more");
}

DifferenceBucket differenceBucketOf(qint64 differenceSeconds, qint64 toleranceSeconds)
{
    // The tolerance comes first: one of an hour or more swallows the buckets
    // next to it rather than making a match look like a mismatch.
    if (std::llabs(differenceSeconds) <= toleranceSeconds)
        return DifferenceBucket::WithinTolerance;
    if (differenceSeconds <= -Day)
        return DifferenceBucket::MinusDayOrMore;
    if (differenceSeconds <= -Hour)
        return DifferenceBucket::MinusHourToDay;
    if (differenceSeconds < 0)
        return DifferenceBucket::MinusToleranceToHour;
    if (differenceSeconds >= Day)
        return DifferenceBucket::DayOrMore;
    if (differenceSeconds >= Hour)
        return DifferenceBucket::HourToDay;
    return DifferenceBucket::ToleranceToHour;
}

QString notComparedReasonCode(NotComparedReason reason)
{
    switch (reason) {
    case NotComparedReason::NoFigure: return QStringLiteral("no_figure");
    case NotComparedReason::NoFirstResponse: return QStringLiteral("no_first_response");
    case NotComparedReason::ResponseBeforeCreation: return QStringLiteral("response_before_creation");
    case NotComparedReason::NoTarget: return QStringLiteral("no_target");
    case NotComparedReason::NoCalendar: break;
    }
    return QStringLiteral("no_calendar");
}

qint64 ReconciliationSummary::notComparable() const
{
    return std::accumulate(notCompared.cbegin(), notCompared.cend(), qint64(0));
}

Reconciler::Reconciler(std::shared_ptr<const PlanCatalog> catalog) : m_catalog(std::move(catalog))
{
}

void Reconciler::add(const ForeignTicket &foreign, const AccountFacts &facts)
{
    const Ticket &ticket = foreign.ticket;
    if (!foreign.figure)
        return notCompared(NotComparedReason::NoFigure);
    if (!ticket.firstResponseAt)
        return notCompared(NotComparedReason::NoFirstResponse);
    if (*ticket.firstResponseAt < ticket.createdAt)
        return notCompared(NotComparedReason::ResponseBeforeCreation);
    if (!facts.clock)
        return notCompared(NotComparedReason::NoCalendar);

    const ToolFigure &figure = *foreign.figure;
    const qint64 from = ticket.createdAt;
    const qint64 to = *ticket.firstResponseAt;
    const qint64 business = facts.clock->openSeconds(from, to);

    ReconciledMismatch row;
    row.ticketId = ticket.id;
    row.account = facts.account.name.isEmpty() ? ticket.account : facts.account.name;
    row.line = foreign.line;
    row.createdAt = from;
    row.firstResponseAt = to;
    row.figure = figure;
    CauseQuestion question;
    question.clock = facts.clock.get();
    question.accountZone = facts.zone.get();
    question.fromUtc = from;
    question.toUtc = to;
    question.toleranceSeconds = m_tolerance;

    if (figure.kind == ToolFigure::Kind::BusinessSeconds) {
        // A tool's "within business hours" is business time whatever our
        // plan's clock: the calendars are what is compared.
        const qint64 theirs = figure.value;
        const qint64 difference = business - theirs;
        row.oursSeconds = business;
        row.differenceSeconds = difference;
        ++m_summary.histogram[int(differenceBucketOf(difference, m_tolerance))];
        if (!m_summary.largest || std::llabs(difference) > std::llabs(m_summary.largest->seconds))
            m_summary.largest = LargestDifference{row.ticketId, row.account, difference};
        const qint64 tolerance = m_tolerance;
        question.fits = [theirs, tolerance](qint64 seconds) {
            return std::llabs(seconds - theirs) <= tolerance;
        };
        question.theirSeconds = theirs;
        const bool matches = std::llabs(difference) <= m_tolerance;
        return record(std::move(row), question, matches);
    }

    // The plan in force on the ticket's local creation date (SPEC §5), as
    // the report finds it.
    const ZoneRules &zone = facts.zone ? *facts.zone : facts.clock->zone();
    const QDate opened = zone.localDate(from);
    const ResponseTarget target =
        m_catalog
            ? guaranteeTerms(*m_catalog, planOn(facts.planHistory, opened), opened).target(ticket.priority)
            : ResponseTarget{};
    if (!target.exists())
        return notCompared(NotComparedReason::NoTarget);
    const qint64 targetSeconds = target.seconds();
    row.oursClock = target.clock;
    row.oursSeconds = target.clock == TargetClock::Business ? business : to - from;
    row.targetSeconds = targetSeconds;
    const bool theirBreach =
        figure.kind == ToolFigure::Kind::WithinTarget ? figure.value == 0 : figure.value < 0;
    const bool ourBreach = row.oursSeconds > targetSeconds;
    question.fits = [targetSeconds, theirBreach](qint64 seconds) {
        return (seconds > targetSeconds) == theirBreach;
    };
    // Calendar variants change business time only: a 24/7 target has no
    // calendar to blame.
    if (target.clock != TargetClock::Business)
        question.clock = nullptr;
    record(std::move(row), question, ourBreach == theirBreach);
}

void Reconciler::record(ReconciledMismatch mismatch, const CauseQuestion &question, bool matches)
{
    ++m_summary.compared;
    if (matches) {
        ++m_summary.matching;
        return;
    }
    ++m_summary.mismatched;
    // Worked out for every mismatch, kept or not, so the counts of causes
    // describe the whole file.
    mismatch.cause = likelyCause(question);
    ++m_summary.causes[int(mismatch.cause.cause)];
    if (m_mismatches.size() < m_maxKept)
        m_mismatches.append(std::move(mismatch));
    else
        ++m_notKept;
}
