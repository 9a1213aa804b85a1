#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <array>

// One open interval of a weekday, in minutes of local wall-clock time.
// end == 1440 is "24:00"; end < start crosses midnight and belongs to the day
// it starts on. start == end is invalid.
struct DailyInterval
{
    int startMinute = 0;
    int endMinute = 0;

    bool crossesMidnight() const { return endMinute < startMinute; }
    friend bool operator==(const DailyInterval &a, const DailyInterval &b)
    {
        return a.startMinute == b.startMinute && a.endMinute == b.endMinute;
    }
};

// Index 0 is Monday, 6 is Sunday (QDate::dayOfWeek() - 1).
using WeeklySchedule = std::array<QList<DailyInterval>, 7>;

// A holiday closes every interval that starts on its local date.
struct HolidayRule
{
    enum class Kind : quint8 {
        Date,        // one date: `date`
        FixedDay,    // every year on month/day, optionally observed on a weekday
        NthWeekday,  // the nth (1..5) `weekday` (1 = Monday) of `month`
        LastWeekday, // the last `weekday` of `month`
    };
    Kind kind = Kind::Date;
    QDate date;
    int month = 0;
    int day = 0;
    int weekday = 0;
    int nth = 0;
    // FixedDay only: on a Saturday the holiday is the Friday before, on a
    // Sunday the Monday after (the date itself is then not closed).
    bool observed = false;
    QString name;

    // Whether this rule closes a local date (an observed New Year's Day
    // closes 31 December of the year before).
    bool closes(QDate localDate) const;
};

class Calendar
{
public:
    QString name;
    QString timeZoneId;
    WeeklySchedule schedule;
    QList<HolidayRule> holidays;

    bool isHoliday(QDate localDate) const;
    // Whether any date of [first, last] is a holiday; cheap for a week, as
    // rules outside the months spanned are skipped without a date test.
    bool hasHolidayBetween(QDate first, QDate last) const;

    // The vendor's published hours: Monday to Friday 06:00-18:00 in
    // America/Los_Angeles, closed on six US holidays with observed dates.
    static Calendar vendorDefault();
    static QString vendorDefaultName(); // "Vendor support hours"
};
