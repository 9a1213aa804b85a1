#pragma once

#include "Account.h"
#include "YearMonth.h"

#include <QDate>
#include <QList>
#include <QString>

// A run of consecutive days of one month on one plan.
struct PlanSegment
{
    QString planId;
    QDate start;
    QDate end; // inclusive

    int activeDays() const { return int(start.daysTo(end)) + 1; }
    friend bool operator==(const PlanSegment &a, const PlanSegment &b)
    {
        return a.planId == b.planId && a.start == b.start && a.end == b.end;
    }
};

// The plan an account is on before the first entry of its history.
QString defaultPlanId();

// The segments covering every day of the month, in order. A change to the plan
// already in force does not split a segment. The history may be unsorted; of
// two entries for the same date the later one in the list wins.
QList<PlanSegment> planSegments(const QList<PlanChange> &history, YearMonth month);
// Sorted by date, one entry per date (the last one given for it), entries
// without a valid date dropped: what planOn() and planSegments() read.
QList<PlanChange> normalizedPlanHistory(const QList<PlanChange> &history);
// The plan in force on a local date.
QString planOn(const QList<PlanChange> &history, QDate date);
