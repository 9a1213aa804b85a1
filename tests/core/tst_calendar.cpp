#include "Calendar.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

HolidayRule rule(HolidayRule::Kind kind, int month, int weekday, int nth)
{
    HolidayRule result;
    result.kind = kind;
    result.month = month;
    result.weekday = weekday;
    result.nth = nth;
    return result;
}

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void vendorDefault();
    void vendorHolidays_data();
    void vendorHolidays();
    void rules_data();
    void rules();
    void holidayBetween_data();
    void holidayBetween();
};

void TestCalendar::vendorDefault()
{
    const Calendar calendar = Calendar::vendorDefault();
    QCOMPARE(calendar.name, u"Vendor support hours"_s);
    QCOMPARE(Calendar::vendorDefaultName(), u"Vendor support hours"_s);
    QCOMPARE(calendar.timeZoneId, u"America/Los_Angeles"_s);
    const QList<DailyInterval> sixToSix{DailyInterval{360, 1080}};
    for (int day = 0; day < 5; ++day)
        QCOMPARE(calendar.schedule[day], sixToSix);
    QVERIFY(calendar.schedule[5].isEmpty());
    QVERIFY(calendar.schedule[6].isEmpty());
    QCOMPARE(calendar.holidays.size(), 6);
}

void TestCalendar::vendorHolidays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("expected");
    // 2026: Jan 1 Thursday; Jul 4 Saturday -> Friday Jul 3; Dec 25 Friday; May 31 is a Sunday
    // so Memorial Day is May 25; Sep 1 Tuesday -> Labor Day Sep 7; Nov 1 Sunday -> Thanksgiving Nov 26.
    QTest::newRow("2026") << 2026
                          << QList<QDate>{QDate(2026, 1, 1), QDate(2026, 5, 25),  QDate(2026, 7, 3),
                                          QDate(2026, 9, 7), QDate(2026, 11, 26), QDate(2026, 12, 25)};
    // 2027: Jan 1 Friday; May 31 Monday; Jul 4 Sunday -> Monday Jul 5; Sep 1 Wednesday -> Sep 6;
    // Nov 1 Monday -> Nov 25; Dec 25 Saturday -> Friday Dec 24; Jan 1 2028 Saturday -> Friday Dec 31.
    QTest::newRow("2027") << 2027
                          << QList<QDate>{QDate(2027, 1, 1),  QDate(2027, 5, 31),  QDate(2027, 7, 5),
                                          QDate(2027, 9, 6),  QDate(2027, 11, 25), QDate(2027, 12, 24),
                                          QDate(2027, 12, 31)};
    // 2021: Jan 1 Friday; May 31 Monday; Jul 4 Sunday -> Jul 5; Sep 6; Nov 25; Dec 25 Saturday -> Dec 24;
    // Jan 1 2022 Saturday -> Friday Dec 31 2021.
    QTest::newRow("2021") << 2021
                          << QList<QDate>{QDate(2021, 1, 1),  QDate(2021, 5, 31),  QDate(2021, 7, 5),
                                          QDate(2021, 9, 6),  QDate(2021, 11, 25), QDate(2021, 12, 24),
                                          QDate(2021, 12, 31)};
    // 2022: New Year's Day was kept in 2021; Dec 25 Sunday -> Monday Dec 26.
    QTest::newRow("2022") << 2022
                          << QList<QDate>{QDate(2022, 5, 30), QDate(2022, 7, 4), QDate(2022, 9, 5),
                                          QDate(2022, 11, 24), QDate(2022, 12, 26)};
}

void TestCalendar::vendorHolidays()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, expected);
    const Calendar calendar = Calendar::vendorDefault();
    QList<QDate> found;
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
        if (calendar.isHoliday(date))
            found.append(date);
    }
    QCOMPARE(found, expected);
}

void TestCalendar::rules_data()
{
    QTest::addColumn<HolidayRule>("holiday");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("closes");

    HolidayRule single;
    single.kind = HolidayRule::Kind::Date;
    single.date = QDate(2026, 8, 14);
    QTest::newRow("single date") << single << QDate(2026, 8, 14) << true;
    QTest::newRow("single date, next year") << single << QDate(2027, 8, 14) << false;

    HolidayRule fixed;
    fixed.kind = HolidayRule::Kind::FixedDay;
    fixed.month = 7;
    fixed.day = 4;
    QTest::newRow("fixed, not observed, on a Saturday") << fixed << QDate(2026, 7, 4) << true;
    QTest::newRow("fixed, not observed, Friday before") << fixed << QDate(2026, 7, 3) << false;
    HolidayRule observed = fixed;
    observed.observed = true;
    QTest::newRow("observed: Saturday itself stays open") << observed << QDate(2026, 7, 4) << false;
    QTest::newRow("observed: the Friday before") << observed << QDate(2026, 7, 3) << true;
    QTest::newRow("observed: Sunday itself stays open") << observed << QDate(2027, 7, 4) << false;
    QTest::newRow("observed: the Monday after") << observed << QDate(2027, 7, 5) << true;
    QTest::newRow("observed: not the Monday after a Saturday") << observed << QDate(2026, 7, 6) << false;
    QTest::newRow("observed: a weekday is kept") << observed << QDate(2028, 7, 4) << true;
    QTest::newRow("observed: no neighbour on a weekday") << observed << QDate(2028, 7, 3) << false;

    HolidayRule leapDay;
    leapDay.kind = HolidayRule::Kind::FixedDay;
    leapDay.month = 2;
    leapDay.day = 29;
    leapDay.observed = true;
    QTest::newRow("Feb 29 in a leap year") << leapDay << QDate(2028, 2, 29) << true;
    QTest::newRow("no Feb 29 in 2026") << leapDay << QDate(2026, 2, 27) << false;
    QTest::newRow("no Feb 29 in 2026, March 2") << leapDay << QDate(2026, 3, 2) << false;

    const HolidayRule fifthThursday = rule(HolidayRule::Kind::NthWeekday, 10, Qt::Thursday, 5);
    // October 2026 starts on a Thursday: its 5th Thursday is the 29th.
    QTest::newRow("5th Thursday of October 2026") << fifthThursday << QDate(2026, 10, 29) << true;
    QTest::newRow("4th Thursday is not the 5th") << fifthThursday << QDate(2026, 10, 22) << false;
    // October 2027 starts on a Friday: Thursdays 7, 14, 21, 28, no 5th.
    QTest::newRow("no 5th Thursday in October 2027") << fifthThursday << QDate(2027, 10, 28) << false;
    const HolidayRule secondMonday = rule(HolidayRule::Kind::NthWeekday, 10, Qt::Monday, 2);
    QTest::newRow("2nd Monday of October 2026") << secondMonday << QDate(2026, 10, 12) << true;
    QTest::newRow("1st Monday of October 2026") << secondMonday << QDate(2026, 10, 5) << false;
    QTest::newRow("2nd Monday, other month") << secondMonday << QDate(2026, 11, 9) << false;

    const HolidayRule lastFriday = rule(HolidayRule::Kind::LastWeekday, 2, Qt::Friday, 0);
    QTest::newRow("last Friday of February 2026") << lastFriday << QDate(2026, 2, 27) << true;
    QTest::newRow("last Friday but one") << lastFriday << QDate(2026, 2, 20) << false;
    // February 2028 has 29 days and ends on a Tuesday: its last Friday is the 25th.
    QTest::newRow("last Friday of February 2028") << lastFriday << QDate(2028, 2, 25) << true;
    QTest::newRow("invalid date") << lastFriday << QDate() << false;
}

void TestCalendar::rules()
{
    QFETCH(HolidayRule, holiday);
    QFETCH(QDate, date);
    QFETCH(bool, closes);
    QCOMPARE(holiday.closes(date), closes);
    Calendar calendar;
    calendar.holidays = {holiday};
    QCOMPARE(calendar.isHoliday(date), closes);
    QCOMPARE(calendar.hasHolidayBetween(date, date), closes);
}

void TestCalendar::holidayBetween_data()
{
    QTest::addColumn<Calendar>("calendar");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<bool>("expected");
    const Calendar vendor = Calendar::vendorDefault();
    QTest::newRow("week of Thanksgiving 2026")
        << vendor << QDate(2026, 11, 22) << QDate(2026, 11, 29) << true;
    QTest::newRow("the week after") << vendor << QDate(2026, 11, 29) << QDate(2026, 12, 6) << false;
    QTest::newRow("New Year 2022 kept in 2021")
        << vendor << QDate(2021, 12, 26) << QDate(2021, 12, 31) << true;
    QTest::newRow("first week of 2022") << vendor << QDate(2022, 1, 1) << QDate(2022, 1, 8) << false;
    QTest::newRow("a whole summer") << vendor << QDate(2026, 6, 1) << QDate(2026, 8, 31) << true;
    QTest::newRow("across months without a holiday")
        << vendor << QDate(2026, 3, 28) << QDate(2026, 4, 20) << false;
    QTest::newRow("empty range") << vendor << QDate(2026, 12, 25) << QDate(2026, 12, 24) << false;

    Calendar lastFriday;
    lastFriday.holidays = {rule(HolidayRule::Kind::LastWeekday, 2, Qt::Friday, 0)};
    QTest::newRow("February without its last Friday")
        << lastFriday << QDate(2026, 2, 1) << QDate(2026, 2, 26) << false;
    QTest::newRow("all of February") << lastFriday << QDate(2026, 1, 31) << QDate(2026, 3, 1) << true;
    // 2027-01-31 is a Sunday, kept on Monday 1 February.
    Calendar endOfJanuary;
    HolidayRule fixed;
    fixed.kind = HolidayRule::Kind::FixedDay;
    fixed.month = 1;
    fixed.day = 31;
    fixed.observed = true;
    endOfJanuary.holidays = {fixed};
    QTest::newRow("kept in the next month")
        << endOfJanuary << QDate(2027, 2, 1) << QDate(2027, 2, 20) << true;
    QTest::newRow("not kept on the day itself")
        << endOfJanuary << QDate(2027, 1, 25) << QDate(2027, 1, 31) << false;
}

void TestCalendar::holidayBetween()
{
    QFETCH(Calendar, calendar);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(bool, expected);
    QCOMPARE(calendar.hasHolidayBetween(first, last), expected);
    bool anyDay = false;
    for (QDate date = first; date <= last; date = date.addDays(1))
        anyDay = anyDay || calendar.isHoliday(date);
    QCOMPARE(anyDay, expected);
}

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
