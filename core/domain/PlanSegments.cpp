#include "PlanSegments.h"

#include <algorithm>

QList<PlanChange> normalizedPlanHistory(const QList<PlanChange> &history)
{
    QList<PlanChange> sorted;
    sorted.reserve(history.size());
    for (const PlanChange &change : history) {
        if (change.effectiveDate.isValid())
            sorted.append(change);
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const PlanChange &a, const PlanChange &b) {
        return a.effectiveDate < b.effectiveDate;
    });
    QList<PlanChange> unique;
    unique.reserve(sorted.size());
    for (const PlanChange &change : sorted) {
        if (!unique.isEmpty() && unique.last().effectiveDate == change.effectiveDate)
            unique.last() = change;
        else
            unique.append(change);
    }
    return unique;
}

namespace {

QString planOnSorted(const QList<PlanChange> &sorted, QDate date)
{
    QString plan = defaultPlanId();
    for (const PlanChange &change : sorted) {
        if (change.effectiveDate > date)
            break;
        plan = change.planId;
    }
    return plan;
}

} // namespace

QString defaultPlanId()
{
    return QStringLiteral("developer");
}

QList<PlanSegment> planSegments(const QList<PlanChange> &history, YearMonth month)
{
    const QList<PlanChange> sorted = normalizedPlanHistory(history);
    const QDate first = month.firstDay();
    const QDate last = month.lastDay();

    QList<PlanSegment> segments{{planOnSorted(sorted, first), first, last}};
    for (const PlanChange &change : sorted) {
        if (change.effectiveDate <= first || change.effectiveDate > last)
            continue;
        if (change.planId == segments.last().planId)
            continue;
        segments.last().end = change.effectiveDate.addDays(-1);
        segments.append({change.planId, change.effectiveDate, last});
    }
    return segments;
}

QString planOn(const QList<PlanChange> &history, QDate date)
{
    return planOnSorted(normalizedPlanHistory(history), date);
}
