#include "QuarterlyReview.h"

#include "Money.h"
#include "PlanAdvisor.h"

std::optional<qint64> PriorityAttainment::withinBasisPoints() const
{
    if (!guaranteed || tickets == 0)
        return std::nullopt;
    return divideRoundHalfUp(qint64(withinTarget) * 10000, tickets);
}

bool QuarterlyReview::planIncludesReview() const
{
    if (months.isEmpty() || months.constLast().segments.isEmpty())
        return false;
    return months.constLast().segments.constLast().terms.has(PlanFeature::QuarterlyStatusReview);
}

PriorityAttainment attainment(const QList<MonthlyStatement> &months, Priority priority)
{
    PriorityAttainment total;
    const std::size_t index = std::size_t(priorityIndex(priority));
    for (const MonthlyStatement &month : months) {
        for (const StatementSegment &segment : month.segments) {
            const StatementPriority &figures = segment.priorities[index];
            if (!figures.row.target.exists())
                continue;
            total.guaranteed = true;
            total.tickets += figures.row.tickets;
            total.withinTarget += figures.withinTarget;
            total.nearMisses += figures.nearMisses;
        }
    }
    return total;
}

QList<ReviewClosure> closuresBetween(const Calendar &calendar, QDate first, QDate last)
{
    QList<ReviewClosure> closures;
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        if (calendar.schedule[std::size_t(date.dayOfWeek() - 1)].isEmpty())
            continue;
        for (const HolidayRule &rule : calendar.holidays) {
            if (rule.closes(date)) {
                closures.append(ReviewClosure{date, rule.name});
                break;
            }
        }
    }
    return closures;
}

namespace {

// What the plan in force guarantees, as needs another plan must meet.
PlanNeeds currentNeeds(const PlanTerms &terms)
{
    PlanNeeds needs;
    for (int p = 0; p < PriorityCount; ++p) {
        if (terms.targets[std::size_t(p)].exists())
            needs.maxResponseMinutes[std::size_t(p)] = terms.targets[std::size_t(p)].minutes;
    }
    needs.needContinuousP1 = terms.targets[0].clock == TargetClock::Continuous;
    needs.requiredFeatureMask = terms.featureMask;
    return needs;
}

} // namespace

QList<ReviewPlanOption> planOptions(const PlanCatalog &catalog, const QList<MonthlyStatement> &months)
{
    QList<ReviewPlanOption> options;
    if (months.isEmpty())
        return options;
    const MonthlyStatement &lastMonth = months.constLast();
    const QDate end = lastMonth.month.lastDay();
    QString currentPlan;
    PlanNeeds needs;
    if (!lastMonth.segments.isEmpty()) {
        currentPlan = lastMonth.segments.constLast().credit.planId;
        needs = currentNeeds(lastMonth.segments.constLast().terms);
    }
    for (const PlanQuote &quote : quotePlans(catalog, end, lastMonth.spendCents, needs)) {
        const Plan *plan = catalog.find(quote.planId);
        ReviewPlanOption option;
        option.planId = quote.planId;
        option.nameEn = plan->nameEn;
        option.nameFr = plan->nameFr;
        option.targets = plan->termsOn(end).targets;
        option.current = quote.planId == currentPlan;
        option.meetsNeeds = !currentPlan.isEmpty() && quote.meetsNeeds;
        options.append(option);
    }
    // Each month at its own spend, on the terms of its first day.
    for (const MonthlyStatement &month : months) {
        const QList<PlanQuote> quotes = quotePlans(catalog, month.month.firstDay(), month.spendCents, needs);
        for (ReviewPlanOption &option : options) {
            for (const PlanQuote &quote : quotes) {
                if (quote.planId == option.planId)
                    option.quarterFeeCents += quote.monthlyFeeCents;
            }
        }
    }
    return options;
}

std::optional<qint64> changeBasisPoints(qint64 before, qint64 after)
{
    if (before == 0)
        return std::nullopt;
    const qint64 change = (after - before) * 10000;
    return change >= 0 ? divideRoundHalfUp(change, before) : -divideRoundHalfUp(-change, before);
}
