#pragma once

#include "Calendar.h"
#include "ZoneRules.h"

#include <QList>
#include <QVarLengthArray>
#include <memory>
#include <optional>

// Business time on a calendar (SPEC §3): the open time is the set of instants
// whose local date and time, in the calendar's zone, fall inside an interval
// of a day that is not a holiday. Cost grows with the days spanned, and whole
// weeks with one UTC offset and no holiday cost a constant.
class BusinessClock
{
public:
    // An unknown zone id falls back to UTC (callers validate zones first).
    explicit BusinessClock(Calendar calendar);

    const Calendar &calendar() const { return m_calendar; }
    const ZoneRules &zone() const { return *m_zone; }

    // The open part of [from, to), in real seconds; 0 when to <= from.
    qint64 openSeconds(qint64 fromUtc, qint64 toUtc) const;
    // The earliest instant t >= from with openSeconds(from, t) == amount
    // (amount >= 0): when a business-hours target falls due. The highest
    // qint64 when the calendar is never open.
    qint64 instantAfterOpenSeconds(qint64 fromUtc, qint64 amount) const;
    bool isOpenAt(qint64 utcSeconds) const;

private:
    struct Range
    {
        qint64 start = 0;
        qint64 end = 0;
    };
    using Ranges = QVarLengthArray<Range, 32>;
    using DayRanges = QVarLengthArray<Range, 4>;

    // The open time within [from, to) as sorted disjoint ranges, day by day.
    void collectOpen(qint64 fromUtc, qint64 toUtc, Ranges &out) const;
    // The open UTC ranges of one local day (a Julian day number), unsorted,
    // computed once: a report asks for the same days thousands of times.
    const DayRanges &openRangesOfDay(qint64 day) const;
    qint64 openSecondsByDay(qint64 fromUtc, qint64 toUtc) const;
    // The UTC start of the local week beginning on `monday` when that week
    // holds one offset throughout and neither it nor the Sunday before has a
    // holiday (its open time is then m_weekOpenSeconds).
    std::optional<qint64> plainWeekStart(QDate monday) const;
    std::optional<qint64> plainWeekStartUncached(QDate monday) const;

    Calendar m_calendar;
    std::shared_ptr<const ZoneRules> m_zone;
    qint64 m_weekOpenSeconds = 0;
    struct CachedDay
    {
        bool known = false;
        DayRanges ranges;
        // Of a Monday: plainWeekStart(), which reads the holiday rules.
        bool weekKnown = false;
        std::optional<qint64> weekStart;
    };
    // The day's entry, the table grown (or restarted) to hold it.
    CachedDay &cachedDay(qint64 day) const;
    // Days from m_firstCachedDay on, in a flat table: a lookup is an index.
    // Not shared between threads: a clock is used by one thread at a time.
    mutable qint64 m_firstCachedDay = 0;
    mutable QList<CachedDay> m_days;
};
