#include "Calendar.h"

namespace {

// A date's fields straight from its Julian day: QDate's own conversion goes
// through QCalendar and is the main cost of business time over long spans.
struct Civil
{
    int year = 0;
    int month = 0;
    int day = 0;
    int weekday = 0; // 1 = Monday
};

Civil civilOf(qint64 julianDay)
{
    // H. Hinnant's civil_from_days, shifted from 1970-01-01 to the Julian day;
    // in 32 bits, enough for years -5,000,000 to 5,000,000 and much faster to divide.
    const int z = int(julianDay - 2440588 + 719468);
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int dayOfEra = z - era * 146097;
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int monthIndex = (5 * dayOfYear + 2) / 153;
    Civil civil;
    civil.day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    civil.month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    civil.year = yearOfEra + era * 400 + (civil.month <= 2 ? 1 : 0);
    civil.weekday = int(((julianDay % 7) + 7) % 7) + 1;
    return civil;
}

int daysInMonth(int year, int month)
{
    static constexpr int Days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : Days[month - 1];
}

HolidayRule fixedDay(int month, int day, const QString &name)
{
    HolidayRule rule;
    rule.kind = HolidayRule::Kind::FixedDay;
    rule.month = month;
    rule.day = day;
    rule.observed = true;
    rule.name = name;
    return rule;
}

HolidayRule weekdayRule(HolidayRule::Kind kind, int month, int weekday, int nth, const QString &name)
{
    HolidayRule rule;
    rule.kind = kind;
    rule.month = month;
    rule.weekday = weekday;
    rule.nth = nth;
    rule.name = name;
    return rule;
}

// A rule against a date already split into fields, so a calendar splits it once for all its rules.
bool ruleCloses(const HolidayRule &rule, qint64 julianDay, const Civil &civil)
{
    using Kind = HolidayRule::Kind;
    switch (rule.kind) {
    case Kind::Date: return rule.date.toJulianDay() == julianDay;
    case Kind::FixedDay: {
        if (civil.month == rule.month && civil.day == rule.day)
            return !rule.observed || civil.weekday <= Qt::Friday;
        // Kept on a Friday for a Saturday, on a Monday for a Sunday, possibly
        // across a year end (New Year's Day 2022 is kept on 2021-12-31).
        if (!rule.observed || (civil.weekday != Qt::Friday && civil.weekday != Qt::Monday))
            return false;
        const Civil actual = civilOf(julianDay + (civil.weekday == Qt::Friday ? 1 : -1));
        return actual.month == rule.month && actual.day == rule.day;
    }
    case Kind::NthWeekday:
        return civil.month == rule.month && civil.weekday == rule.weekday &&
               (civil.day - 1) / 7 + 1 == rule.nth;
    case Kind::LastWeekday:
        return civil.month == rule.month && civil.weekday == rule.weekday &&
               civil.day + 7 > daysInMonth(civil.year, civil.month);
    }
    return false;
}

} // namespace

bool HolidayRule::closes(QDate localDate) const
{
    if (!localDate.isValid())
        return false;
    return ruleCloses(*this, localDate.toJulianDay(), civilOf(localDate.toJulianDay()));
}

bool Calendar::isHoliday(QDate localDate) const
{
    if (holidays.isEmpty() || !localDate.isValid())
        return false;
    const qint64 julianDay = localDate.toJulianDay();
    const Civil civil = civilOf(julianDay);
    for (const HolidayRule &rule : holidays) {
        if (ruleCloses(rule, julianDay, civil))
            return true;
    }
    return false;
}

bool Calendar::hasHolidayBetween(QDate first, QDate last) const
{
    if (holidays.isEmpty() || !first.isValid() || !last.isValid() || last < first)
        return false;
    // A yearly rule closes dates in its own month, or a day beside it when observed.
    const int monthBefore = civilOf(first.toJulianDay() - 1).month;
    const int monthAfter = civilOf(last.toJulianDay() + 1).month;
    const bool longSpan = first.daysTo(last) > 25;
    for (const HolidayRule &rule : holidays) {
        if (rule.kind == HolidayRule::Kind::Date) {
            if (rule.date >= first && rule.date <= last)
                return true;
            continue;
        }
        // Up to 26 days, the span and the days beside it touch no month but these two.
        if (!longSpan && rule.month != monthBefore && rule.month != monthAfter)
            continue;
        for (qint64 day = first.toJulianDay(); day <= last.toJulianDay(); ++day) {
            if (ruleCloses(rule, day, civilOf(day)))
                return true;
        }
    }
    return false;
}

QString Calendar::vendorDefaultName()
{
    return QStringLiteral("Vendor support hours");
}

Calendar Calendar::vendorDefault()
{
    Calendar calendar;
    calendar.name = vendorDefaultName();
    calendar.timeZoneId = QStringLiteral("America/Los_Angeles");
    for (int day = 0; day < 5; ++day)
        calendar.schedule[day] = {DailyInterval{6 * 60, 18 * 60}};
    calendar.holidays = {
        fixedDay(1, 1, QStringLiteral("New Year's Day")),
        weekdayRule(HolidayRule::Kind::LastWeekday, 5, Qt::Monday, 0, QStringLiteral("Memorial Day")),
        fixedDay(7, 4, QStringLiteral("Independence Day")),
        weekdayRule(HolidayRule::Kind::NthWeekday, 9, Qt::Monday, 1, QStringLiteral("Labor Day")),
        weekdayRule(HolidayRule::Kind::NthWeekday, 11, Qt::Thursday, 4, QStringLiteral("Thanksgiving")),
        fixedDay(12, 25, QStringLiteral("Christmas Day")),
    };
    return calendar;
}
