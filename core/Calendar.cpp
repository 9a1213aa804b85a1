#include "Calendar.h"

namespace {

// The date a fixed-day holiday is kept on when `observed` applies.
QDate observedDate(QDate actual)
{
    switch (actual.dayOfWeek()) {
    case Qt::Saturday: return actual.addDays(-1);
    case Qt::Sunday: return actual.addDays(1);
    default: return actual;
    }
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

} // namespace

bool HolidayRule::closes(QDate localDate) const
{
    if (!localDate.isValid())
        return false;
    if (kind == Kind::Date)
        return localDate == date;
    int year = 0;
    int dateMonth = 0;
    int dateDay = 0;
    localDate.getDate(&year, &dateMonth, &dateDay);
    switch (kind) {
    case Kind::Date: break;
    case Kind::FixedDay: {
        if (!observed)
            return dateMonth == month && dateDay == day;
        // The observed date is at most a day away from the real one, possibly
        // across a year end (New Year's Day 2022 is kept on 2021-12-31).
        const int weekdayOfDate = localDate.dayOfWeek();
        if (weekdayOfDate == Qt::Saturday || weekdayOfDate == Qt::Sunday)
            return false;
        if (dateMonth == month && dateDay == day)
            return true;
        const QDate neighbour = localDate.addDays(weekdayOfDate == Qt::Friday ? 1 : weekdayOfDate == Qt::Monday ? -1 : 0);
        return neighbour != localDate && neighbour.month() == month && neighbour.day() == day
               && observedDate(neighbour) == localDate;
    }
    case Kind::NthWeekday:
        return dateMonth == month && localDate.dayOfWeek() == weekday && (dateDay - 1) / 7 + 1 == nth;
    case Kind::LastWeekday:
        return dateMonth == month && localDate.dayOfWeek() == weekday && dateDay + 7 > localDate.daysInMonth();
    }
    return false;
}

bool Calendar::isHoliday(QDate localDate) const
{
    for (const HolidayRule &rule : holidays) {
        if (rule.closes(localDate))
            return true;
    }
    return false;
}

bool Calendar::hasHolidayBetween(QDate first, QDate last) const
{
    if (holidays.isEmpty() || last < first)
        return false;
    // A yearly rule closes dates in its own month, or a day beside it when observed.
    const QDate before = first.addDays(-1);
    const QDate after = last.addDays(1);
    const bool longSpan = first.daysTo(last) > 27;
    for (const HolidayRule &rule : holidays) {
        if (rule.kind == HolidayRule::Kind::Date) {
            if (rule.date >= first && rule.date <= last)
                return true;
            continue;
        }
        if (!longSpan && rule.month != before.month() && rule.month != after.month()
            && rule.month != first.month() && rule.month != last.month()) {
            continue;
        }
        for (QDate date = first; date <= last; date = date.addDays(1)) {
            if (rule.closes(date))
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
