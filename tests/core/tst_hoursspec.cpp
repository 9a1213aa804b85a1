#include "HoursSpec.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

DailyInterval hours(int startHour, int startMinute, int endHour, int endMinute)
{
    return DailyInterval{startHour * 60 + startMinute, endHour * 60 + endMinute};
}

} // namespace

class TestHoursSpec : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void format_data();
    void format();
};

void TestHoursSpec::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<WeeklySchedule>("expected");
    const QList<DailyInterval> nineToFive{hours(9, 0, 17, 0)};

    WeeklySchedule weekdays;
    for (int day = 0; day < 5; ++day)
        weekdays[day] = nineToFive;
    QTest::newRow("weekdays") << u"mon-fri 09:00-17:00"_s << weekdays;

    WeeklySchedule withSaturday = weekdays;
    withSaturday[5] = {hours(10, 0, 14, 0)};
    QTest::newRow("two clauses") << u"mon-fri 09:00-17:00; sat 10:00-14:00"_s << withSaturday;
    QTest::newRow("spaces and case") << u"  Mon-FRI   09:00 - 17:00 ;sat 10:00-14:00;  "_s << withSaturday;

    WeeklySchedule wrapping;
    for (int day : {4, 5, 6, 0})
        wrapping[day] = nineToFive;
    QTest::newRow("a range wrapping the week") << u"fri-mon 09:00-17:00"_s << wrapping;

    WeeklySchedule split;
    split[2] = {hours(8, 0, 12, 0), hours(13, 0, 17, 30)};
    QTest::newRow("two intervals, sorted") << u"wed 13:00-17:30, 08:00-12:00"_s << split;

    WeeklySchedule merged;
    for (int day = 0; day < 5; ++day)
        merged[day] = nineToFive;
    merged[2] = {hours(7, 0, 8, 0), hours(9, 0, 17, 0)};
    QTest::newRow("the same day in two clauses") << u"mon-fri 09:00-17:00; wed 07:00-08:00"_s << merged;

    WeeklySchedule overnight;
    overnight[0] = {hours(22, 0, 2, 0)};
    overnight[6] = {hours(0, 0, 24, 0)};
    QTest::newRow("overnight and 24:00") << u"mon 22:00-02:00; sun 00:00-24:00"_s << overnight;

    WeeklySchedule single;
    single[6] = {hours(9, 30, 10, 0)};
    QTest::newRow("one-digit hour") << u"sun 9:30-10:00"_s << single;
    QTest::newRow("a single day range") << u"sun-sun 09:30-10:00"_s << single;

    QTest::newRow("empty") << QString() << WeeklySchedule{};
    QTest::newRow("only spaces") << u"   "_s << WeeklySchedule{};
}

void TestHoursSpec::parse()
{
    QFETCH(QString, text);
    QFETCH(WeeklySchedule, expected);
    const Expected<WeeklySchedule> parsed = parseHoursSpec(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    for (int day = 0; day < 7; ++day)
        QCOMPARE(parsed->at(day), expected[day]);
}

void TestHoursSpec::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown day") << u"mon-fri 09:00-17:00; sab 10:00-14:00"_s
                                 << u"in \"sab 10:00-14:00\": unknown day \"sab\""_s;
    QTest::newRow("unknown range end") << u"mon-fry 09:00-17:00"_s << u"unknown day \"fry\""_s;
    QTest::newRow("hours first")
        << u"09:00-17:00"_s << u"expected a day or a range of days (mon to sun) before \"09:00-17:00\""_s;
    QTest::newRow("no hours") << u"mon-fri"_s << u"in \"mon-fri\": expected hours"_s;
    QTest::newRow("hour 25") << u"mon 09:00-25:00"_s
                             << u"in \"mon 09:00-25:00\": hour 25 of \"25:00\" is out of range"_s;
    QTest::newRow("minute 60") << u"mon 12:60-13:00"_s << u"minute 60 of \"12:60\" is out of range"_s;
    QTest::newRow("24:30") << u"mon 09:00-24:30"_s << u"hour 24 of \"24:30\" is out of range"_s;
    QTest::newRow("24:00 as a start") << u"mon 24:00-02:00"_s << u"\"24:00\" can only end an interval"_s;
    QTest::newRow("start equals end")
        << u"mon 09:00-09:00"_s << u"\"09:00-09:00\" starts and ends at the same time"_s;
    QTest::newRow("not a time") << u"mon 9h-17h"_s << u"\"9h\" is not a time"_s;
    QTest::newRow("three-digit minutes") << u"mon 09:000-17:00"_s << u"\"09:000\" is not a time"_s;
    QTest::newRow("no dash") << u"mon 09:00"_s << u"\"09:00\" is not an interval"_s;
    QTest::newRow("two dashes") << u"mon 09:00-12:00-13:00"_s << u"is not an interval"_s;
    QTest::newRow("empty interval") << u"mon 09:00-12:00,,13:00-14:00"_s << u"missing between commas"_s;
}

void TestHoursSpec::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Expected<WeeklySchedule> parsed = parseHoursSpec(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.message().contains(message), qPrintable(parsed.message()));
}

void TestHoursSpec::format_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("vendor hours") << u"mon-fri 06:00-18:00"_s << u"mon-fri 06:00-18:00"_s;
    QTest::newRow("days written one by one")
        << u"mon 9:00-17:00; tue 09:00-17:00; wed 09:00-17:00"_s << u"mon-wed 09:00-17:00"_s;
    QTest::newRow("a wrapping range is split")
        << u"fri-mon 09:00-17:00"_s << u"mon 09:00-17:00; fri-sun 09:00-17:00"_s;
    QTest::newRow("a different day breaks a group")
        << u"mon-fri 09:00-17:00; wed 07:00-08:00"_s
        << u"mon-tue 09:00-17:00; wed 07:00-08:00, 09:00-17:00; thu-fri 09:00-17:00"_s;
    QTest::newRow("overnight and 24:00")
        << u"sat 00:00-24:00; mon 22:00-02:00"_s << u"mon 22:00-02:00; sat 00:00-24:00"_s;
    QTest::newRow("no hours") << u" "_s << QString();
}

void TestHoursSpec::format()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const Expected<WeeklySchedule> parsed = parseHoursSpec(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    QCOMPARE(formatHoursSpec(*parsed), canonical);
    const Expected<WeeklySchedule> again = parseHoursSpec(canonical);
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(*again, *parsed);
}

QTEST_GUILESS_MAIN(TestHoursSpec)
#include "tst_hoursspec.moc"
