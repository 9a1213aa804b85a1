#include "BusinessClock.h"

#include "Timestamp.h"

#include <algorithm>
#include <limits>

namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 SecondsPerWeek = 7 * SecondsPerDay;
constexpr qint64 JulianDayOfEpoch = 2440588;
// No offset reaches further than this from UTC.
constexpr qint64 MaxOffsetReach = 26 * 3600;
// A due date this far away means the calendar never opens again (every open
// weekday closed by holiday rules, say): stop looking.
constexpr qint64 SearchLimit = 400LL * 366 * SecondsPerDay;
// Days of open ranges kept: decades, a few hundred kilobytes.
constexpr qsizetype MaxCachedDays = 16384;

int durationMinutes(const DailyInterval &interval)
{
    return interval.crossesMidnight() ? interval.endMinute + 1440 - interval.startMinute
                                      : interval.endMinute - interval.startMinute;
}

// Open seconds of a week whose days all follow the schedule at one offset:
// the union of the intervals on a cyclic week, so Sunday's overnight interval
// counts on Monday morning and overlaps count once.
qint64 cyclicWeekOpenSeconds(const WeeklySchedule &schedule)
{
    constexpr int WeekMinutes = 7 * 1440;
    QList<std::pair<int, int>> ranges;
    for (int day = 0; day < 7; ++day) {
        for (const DailyInterval &interval : schedule[day]) {
            const int start = day * 1440 + interval.startMinute;
            const int end = start + durationMinutes(interval);
            ranges.append({start, std::min(end, WeekMinutes)});
            if (end > WeekMinutes)
                ranges.append({0, end - WeekMinutes});
        }
    }
    std::sort(ranges.begin(), ranges.end());
    qint64 minutes = 0;
    int coveredUntil = 0;
    for (const auto &[start, end] : ranges) {
        const int from = std::max(start, coveredUntil);
        if (end > from) {
            minutes += end - from;
            coveredUntil = end;
        }
    }
    return minutes * 60;
}

} // namespace

BusinessClock::BusinessClock(Calendar calendar)
    : m_calendar(std::move(calendar)), m_zone(ZoneRules::forZone(m_calendar.timeZoneId))
{
    if (!m_zone)
        m_zone = ZoneRules::forZone(QStringLiteral("UTC"));
    m_weekOpenSeconds = cyclicWeekOpenSeconds(m_calendar.schedule);
}

void BusinessClock::collectOpen(qint64 fromUtc, qint64 toUtc, Ranges &out) const
{
    out.clear();
    // Two days back catch an overnight interval reaching in, even across a
    // fall-back at midnight; a day forward catches local dates that an
    // instant before `to` shows when the clocks went back.
    const qint64 firstDay = m_zone->localDate(fromUtc).toJulianDay() - 2;
    const qint64 lastDay = m_zone->localDate(toUtc).toJulianDay() + 1;
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        for (const Range &range : openRangesOfDay(day)) {
            const qint64 start = std::max(range.start, fromUtc);
            const qint64 end = std::min(range.end, toUtc);
            if (end > start)
                out.append({start, end});
        }
    }
    // Days come in order, so their ranges nearly always do too.
    const auto earlier = [](const Range &a, const Range &b) { return a.start < b.start; };
    if (!std::is_sorted(out.begin(), out.end(), earlier))
        std::sort(out.begin(), out.end(), earlier);
    qsizetype merged = 0;
    for (const Range &range : out) {
        if (merged > 0 && range.start <= out[merged - 1].end)
            out[merged - 1].end = std::max(out[merged - 1].end, range.end);
        else
            out[merged++] = range;
    }
    out.resize(merged);
}

BusinessClock::CachedDay &BusinessClock::cachedDay(qint64 day) const
{
    // Nearly always: a day the table holds already.
    const qint64 offset = day - m_firstCachedDay;
    if (offset >= 0 && offset < m_days.size())
        return m_days.data()[offset];
    const qint64 first = std::min(m_firstCachedDay, day);
    const qint64 last = std::max(m_firstCachedDay + m_days.size(), day + 1);
    // Bounded: a far search for a due date must not keep every day it saw.
    if (m_days.isEmpty() || last - first > MaxCachedDays) {
        m_days.clear();
        m_firstCachedDay = day;
        m_days.resize(1);
    } else if (day < m_firstCachedDay) {
        m_days.insert(0, m_firstCachedDay - day, CachedDay());
        m_firstCachedDay = day;
    } else if (day >= m_firstCachedDay + m_days.size()) {
        m_days.resize(day + 1 - m_firstCachedDay);
    }
    return m_days[day - m_firstCachedDay];
}

const BusinessClock::DayRanges &BusinessClock::openRangesOfDay(qint64 day) const
{
    CachedDay &cached = cachedDay(day);
    if (cached.known)
        return cached.ranges;
    DayRanges &ranges = cached.ranges;
    cached.known = true;
    const QList<DailyInterval> &intervals = m_calendar.schedule[day % 7];
    if (!intervals.isEmpty() && !m_calendar.isHoliday(QDate::fromJulianDay(day))) {
        const qint64 dayStart = (day - JulianDayOfEpoch) * SecondsPerDay;
        for (const DailyInterval &interval : intervals) {
            const qint64 localStart = dayStart + interval.startMinute * 60;
            const qint64 localEnd = localStart + durationMinutes(interval) * 60;
            // The wall-clock range in UTC is, piece by piece of constant
            // offset, the shifted range cut to the piece.
            ZoneRules::Piece piece = m_zone->pieceAt(localStart - MaxOffsetReach);
            while (true) {
                const qint64 start = std::max(localStart - piece.offset, piece.startUtc);
                const qint64 end = std::min(localEnd - piece.offset, piece.endUtc);
                if (end > start)
                    ranges.append({start, end});
                if (piece.endUtc == std::numeric_limits<qint64>::max() ||
                    piece.endUtc > localEnd + MaxOffsetReach)
                    break;
                piece = m_zone->pieceAt(piece.endUtc);
            }
        }
    }
    return ranges;
}

qint64 BusinessClock::openSecondsByDay(qint64 fromUtc, qint64 toUtc) const
{
    if (toUtc <= fromUtc)
        return 0;
    // The days of collectOpen(), summed as they come: nearly always their
    // ranges are in order and apart, and then their sum is the open time.
    const qint64 firstDay = m_zone->localDate(fromUtc).toJulianDay() - 2;
    const qint64 lastDay = m_zone->localDate(toUtc).toJulianDay() + 1;
    qint64 sum = 0;
    qint64 coveredUntil = std::numeric_limits<qint64>::min();
    bool apart = true;
    for (qint64 day = firstDay; apart && day <= lastDay; ++day) {
        for (const Range &range : openRangesOfDay(day)) {
            const qint64 start = std::max(range.start, fromUtc);
            const qint64 end = std::min(range.end, toUtc);
            if (end <= start)
                continue;
            if (start < coveredUntil) {
                apart = false;
                break;
            }
            sum += end - start;
            coveredUntil = end;
        }
    }
    if (apart)
        return sum;
    // Overlapping or out of order: their union.
    Ranges ranges;
    collectOpen(fromUtc, toUtc, ranges);
    qint64 total = 0;
    for (const Range &range : ranges)
        total += range.end - range.start;
    return total;
}

std::optional<qint64> BusinessClock::plainWeekStart(QDate monday) const
{
    CachedDay &cached = cachedDay(monday.toJulianDay());
    if (!cached.weekKnown) {
        cached.weekStart = plainWeekStartUncached(monday);
        cached.weekKnown = true;
    }
    return cached.weekStart;
}

std::optional<qint64> BusinessClock::plainWeekStartUncached(QDate monday) const
{
    const qint64 localStart = localSecondsOf(monday, 0);
    const ZoneRules::Piece piece = m_zone->pieceAt(localStart - m_zone->offsetAt(localStart));
    const qint64 start = localStart - piece.offset;
    if (start < piece.startUtc || piece.endUtc - start < SecondsPerWeek)
        return std::nullopt;
    if (m_calendar.hasHolidayBetween(monday.addDays(-1), monday.addDays(6)))
        return std::nullopt;
    return start;
}

qint64 BusinessClock::openSeconds(qint64 fromUtc, qint64 toUtc) const
{
    if (toUtc <= fromUtc || m_weekOpenSeconds == 0)
        return 0;
    qint64 total = 0;
    qint64 cursor = fromUtc;
    const QDate firstDate = m_zone->localDate(fromUtc);
    const QDate lastDate = m_zone->localDate(toUtc);
    for (QDate monday = firstDate.addDays(8 - firstDate.dayOfWeek()); monday.daysTo(lastDate) >= 7;
         monday = monday.addDays(7)) {
        const std::optional<qint64> weekStart = plainWeekStart(monday);
        if (!weekStart || *weekStart < cursor || *weekStart + SecondsPerWeek > toUtc)
            continue;
        total += openSecondsByDay(cursor, *weekStart) + m_weekOpenSeconds;
        cursor = *weekStart + SecondsPerWeek;
    }
    return total + openSecondsByDay(cursor, toUtc);
}

qint64 BusinessClock::instantAfterOpenSeconds(qint64 fromUtc, qint64 amount) const
{
    if (amount <= 0)
        return fromUtc;
    if (m_weekOpenSeconds == 0)
        return std::numeric_limits<qint64>::max();
    qint64 remaining = amount;
    qint64 cursor = fromUtc;
    Ranges ranges;
    while (cursor - fromUtc < SearchLimit) {
        const QDate today = m_zone->localDate(cursor);
        if (today.dayOfWeek() == Qt::Monday && plainWeekStart(today) == std::optional<qint64>(cursor)) {
            if (m_weekOpenSeconds < remaining) {
                remaining -= m_weekOpenSeconds;
                cursor += SecondsPerWeek;
                continue;
            }
        }
        // A local day at a time: most targets fall due within a day or two,
        // and a Monday start is met again, where a plain week can begin.
        qint64 chunkEnd = m_zone->startOfLocalDay(today.addDays(1));
        if (chunkEnd <= cursor)
            chunkEnd = m_zone->startOfLocalDay(today.addDays(2));
        collectOpen(cursor, chunkEnd, ranges);
        for (const Range &range : ranges) {
            if (remaining <= range.end - range.start)
                return range.start + remaining;
            remaining -= range.end - range.start;
        }
        cursor = chunkEnd;
    }
    return std::numeric_limits<qint64>::max();
}

bool BusinessClock::isOpenAt(qint64 utcSeconds) const
{
    return openSeconds(utcSeconds, utcSeconds + 1) == 1;
}
