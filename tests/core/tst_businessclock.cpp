#include "BusinessClock.h"
#include "HoursSpec.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;

qint64 utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
}

Calendar calendarOf(const QString &zone, const QString &hours, const QList<QDate> &closedDates = {})
{
    Calendar calendar;
    calendar.name = u"Test"_s;
    calendar.timeZoneId = zone;
    calendar.schedule = *parseHoursSpec(hours);
    for (const QDate &date : closedDates) {
        HolidayRule rule;
        rule.kind = HolidayRule::Kind::Date;
        rule.date = date;
        calendar.holidays.append(rule);
    }
    return calendar;
}

// Whether the calendar is open during the UTC minute starting at `minuteStart`, read from the
// definition with QTimeZone. Boundaries are whole local minutes and the zones used here have offsets
// in whole minutes, so a minute is open or closed throughout.
bool referenceOpen(const Calendar &calendar, const QTimeZone &zone, qint64 minuteStart)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(minuteStart, Qt::UTC);
    const QDateTime local = at.addSecs(zone.offsetFromUtc(at));
    const QDate date = local.date();
    const int minute = local.time().hour() * 60 + local.time().minute();
    if (!calendar.isHoliday(date)) {
        for (const DailyInterval &interval : calendar.schedule[date.dayOfWeek() - 1]) {
            const int end = interval.crossesMidnight() ? 1440 : interval.endMinute;
            if (minute >= interval.startMinute && minute < end)
                return true;
        }
    }
    const QDate before = date.addDays(-1);
    if (!calendar.isHoliday(before)) {
        for (const DailyInterval &interval : calendar.schedule[before.dayOfWeek() - 1]) {
            if (interval.crossesMidnight() && minute < interval.endMinute)
                return true;
        }
    }
    return false;
}

qint64 referenceOpenSeconds(const Calendar &calendar, qint64 from, qint64 to)
{
    const QTimeZone zone(calendar.timeZoneId.toUtf8());
    qint64 total = 0;
    for (qint64 minuteStart = from - ((from % 60) + 60) % 60; minuteStart < to; minuteStart += 60) {
        if (referenceOpen(calendar, zone, minuteStart))
            total += std::min(to, minuteStart + 60) - std::max(from, minuteStart);
    }
    return total;
}

QList<Calendar> invariantCalendars()
{
    return {
        Calendar::vendorDefault(),
        calendarOf(u"Europe/Paris"_s,
                   u"mon-fri 08:00-12:00, 13:00-18:00; sat 22:00-03:00; sun 00:00-06:00, 02:00-04:00"_s,
                   {QDate(2026, 3, 30), QDate(2026, 10, 24)}),
        calendarOf(u"Australia/Lord_Howe"_s, u"mon-sun 01:00-03:00, 20:00-01:30"_s),
        calendarOf(u"America/New_York"_s, u"mon-fri 00:00-24:00; sat 23:00-01:00"_s),
        calendarOf(u"Asia/Kathmandu"_s, u"sun-thu 09:45-17:15"_s),
    };
}

} // namespace

class TestBusinessClock : public QObject
{
    Q_OBJECT

private slots:
    void openSeconds_data();
    void openSeconds();
    void instantAfter_data();
    void instantAfter();
    void neverOpen();
    void isOpenAt();
    void oneYear();
    void matchesMinuteByMinuteReference();
    void additiveOverAdjacentSpans();
    void instantAfterInvertsOpenSeconds();
};

void TestBusinessClock::openSeconds_data()
{
    QTest::addColumn<Calendar>("calendar");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("expected");
    const Calendar vendor = Calendar::vendorDefault();
    // Los Angeles is on PDT (-07:00) from 2026-03-08 to 2026-11-01, else PST (-08:00):
    // 06:00-18:00 is 13:00Z-01:00Z in summer time, 14:00Z-02:00Z in winter.
    QTest::newRow("part of a weekday") << vendor << utc(2026, 3, 11, 12) << utc(2026, 3, 11, 20) << 7 * Hour;
    // From Tuesday 17:00 PDT: an hour on Tuesday, all of Wednesday, Thursday not open yet at 05:00.
    QTest::newRow("an evening, a weekday and a closed morning")
        << vendor << utc(2026, 3, 11) << utc(2026, 3, 12, 12) << 13 * Hour;
    QTest::newRow("empty span") << vendor << utc(2026, 3, 11, 15) << utc(2026, 3, 11, 15) << qint64(0);
    QTest::newRow("reversed span") << vendor << utc(2026, 3, 11, 20) << utc(2026, 3, 11, 12) << qint64(0);
    QTest::newRow("Friday 17:00 to Monday 07:00")
        << vendor << utc(2026, 3, 14) << utc(2026, 3, 16, 14) << 2 * Hour;
    QTest::newRow("a whole weekend") << vendor << utc(2026, 3, 14, 1) << utc(2026, 3, 16, 13) << qint64(0);
    QTest::newRow("Thanksgiving closed")
        << vendor << utc(2026, 11, 25, 8) << utc(2026, 11, 28, 8) << 24 * Hour;
    QTest::newRow("week of the observed July 4 (Friday July 3)")
        << vendor << utc(2026, 6, 29, 7) << utc(2026, 7, 6, 7) << 48 * Hour;
    QTest::newRow("New Year 2022 kept on Friday 2021-12-31")
        << vendor << utc(2021, 12, 27, 8) << utc(2022, 1, 3, 8) << 48 * Hour;

    const auto sunday = [](const QString &zone, const QString &hours) {
        return calendarOf(zone, u"sun "_s + hours);
    };
    // 00:00-06:00 on the night the clocks change: an hour less, an hour more (half an hour on Lord Howe).
    QTest::newRow("Paris spring forward")
        << sunday(u"Europe/Paris"_s, u"00:00-06:00"_s) << utc(2026, 3, 28) << utc(2026, 3, 30) << 5 * Hour;
    QTest::newRow("Paris fall back") << sunday(u"Europe/Paris"_s, u"00:00-06:00"_s) << utc(2026, 10, 24, 12)
                                     << utc(2026, 10, 25, 12) << 7 * Hour;
    QTest::newRow("New York spring forward")
        << sunday(u"America/New_York"_s, u"00:00-06:00"_s) << utc(2026, 3, 7) << utc(2026, 3, 9) << 5 * Hour;
    QTest::newRow("New York fall back") << sunday(u"America/New_York"_s, u"00:00-06:00"_s)
                                        << utc(2026, 10, 31) << utc(2026, 11, 2) << 7 * Hour;
    QTest::newRow("Lord Howe spring forward") << sunday(u"Australia/Lord_Howe"_s, u"00:00-06:00"_s)
                                              << utc(2026, 10, 3) << utc(2026, 10, 4) << 5 * Hour + 30 * 60;
    QTest::newRow("Lord Howe fall back") << sunday(u"Australia/Lord_Howe"_s, u"00:00-06:00"_s)
                                         << utc(2026, 4, 4) << utc(2026, 4, 5) << 6 * Hour + 30 * 60;
    QTest::newRow("Paris, daytime on the spring forward day")
        << sunday(u"Europe/Paris"_s, u"09:00-17:00"_s) << utc(2026, 3, 28) << utc(2026, 3, 30) << 8 * Hour;
    QTest::newRow("Paris, an interval inside the gap")
        << sunday(u"Europe/Paris"_s, u"02:15-02:45"_s) << utc(2026, 3, 28) << utc(2026, 3, 30) << qint64(0);
    QTest::newRow("Paris, an interval starting in the gap")
        << sunday(u"Europe/Paris"_s, u"02:30-04:00"_s) << utc(2026, 3, 28) << utc(2026, 3, 30) << Hour;
    QTest::newRow("Paris, the repeated hour counts twice")
        << sunday(u"Europe/Paris"_s, u"02:00-03:00"_s) << utc(2026, 10, 24) << utc(2026, 10, 26) << 2 * Hour;
    QTest::newRow("Paris, a quarter inside the repeated hour")
        << sunday(u"Europe/Paris"_s, u"02:30-02:45"_s) << utc(2026, 10, 24) << utc(2026, 10, 26) << Hour / 2;
    // 01:00-03:00 and 02:00-04:00 interleave in real time across the repeated hour:
    // together they are local 01:00-04:00, 23:00Z to 03:00Z, not 3 + 3 hours.
    QTest::newRow("Paris, overlapping intervals across the repeated hour")
        << sunday(u"Europe/Paris"_s, u"01:00-03:00, 02:00-04:00"_s) << utc(2026, 10, 24) << utc(2026, 10, 26)
        << 4 * Hour;

    const Calendar fridayNight = calendarOf(u"UTC"_s, u"fri 22:00-02:00"_s);
    QTest::newRow("overnight") << fridayNight << utc(2026, 3, 13) << utc(2026, 3, 15) << 4 * Hour;
    QTest::newRow("overnight, the morning part")
        << fridayNight << utc(2026, 3, 14, 1) << utc(2026, 3, 14, 12) << Hour;
    QTest::newRow("a holiday closes the overnight interval starting on it")
        << calendarOf(u"UTC"_s, u"fri 22:00-02:00"_s, {QDate(2026, 3, 13)}) << utc(2026, 3, 13)
        << utc(2026, 3, 15) << qint64(0);
    QTest::newRow("overnight into a holiday runs to its end")
        << calendarOf(u"UTC"_s, u"fri 22:00-02:00"_s, {QDate(2026, 3, 14)}) << utc(2026, 3, 13)
        << utc(2026, 3, 15) << 4 * Hour;
    QTest::newRow("24:00 then midnight") << calendarOf(u"UTC"_s, u"mon 20:00-24:00; tue 00:00-04:00"_s)
                                         << utc(2026, 3, 16) << utc(2026, 3, 18) << 8 * Hour;
    QTest::newRow("overnight merged with the next morning")
        << calendarOf(u"UTC"_s, u"mon 22:00-02:00; tue 00:00-08:00"_s) << utc(2026, 3, 16) << utc(2026, 3, 18)
        << 10 * Hour;
    QTest::newRow("overlapping intervals of a day") << calendarOf(u"UTC"_s, u"mon 09:00-17:00, 12:00-18:00"_s)
                                                    << utc(2026, 3, 16) << utc(2026, 3, 17) << 9 * Hour;
    QTest::newRow("Kolkata, +05:30") << calendarOf(u"Asia/Kolkata"_s, u"mon-fri 09:00-17:00"_s)
                                     << utc(2026, 3, 16) << utc(2026, 3, 16, 5) << Hour + 30 * 60;
    QTest::newRow("Kathmandu, +05:45") << calendarOf(u"Asia/Kathmandu"_s, u"mon-fri 09:00-17:00"_s)
                                       << utc(2026, 3, 16) << utc(2026, 3, 16, 5) << Hour + 45 * 60;
    QTest::newRow("an unknown zone reads as UTC") << calendarOf(u"Mars/Olympus_Mons"_s, u"mon 09:00-17:00"_s)
                                                  << utc(2026, 3, 16) << utc(2026, 3, 16, 12) << 3 * Hour;
    QTest::newRow("no hours") << calendarOf(u"UTC"_s, QString()) << utc(2026, 1, 1) << utc(2027, 1, 1)
                              << qint64(0);
    QTest::newRow("four weeks around all day") << calendarOf(u"UTC"_s, u"mon-sun 00:00-24:00"_s)
                                               << utc(2026, 3, 1, 7) << utc(2026, 3, 29, 7) << 28 * Day;
}

void TestBusinessClock::openSeconds()
{
    QFETCH(Calendar, calendar);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, expected);
    const BusinessClock clock(calendar);
    QCOMPARE(clock.openSeconds(from, to), expected);
}

void TestBusinessClock::instantAfter_data()
{
    QTest::addColumn<Calendar>("calendar");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("expected");
    const Calendar vendor = Calendar::vendorDefault();
    QTest::newRow("within the day") << vendor << utc(2026, 3, 11, 13) << 2 * Hour << utc(2026, 3, 11, 15);
    QTest::newRow("nothing to wait") << vendor << utc(2026, 3, 14, 12) << qint64(0) << utc(2026, 3, 14, 12);
    QTest::newRow("due at closing, not the next opening")
        << vendor << utc(2026, 3, 11, 13) << 12 * Hour << utc(2026, 3, 12, 1);
    QTest::newRow("one second after a closed weekend")
        << vendor << utc(2026, 3, 14, 12) << qint64(1) << utc(2026, 3, 16, 13) + 1;
    QTest::newRow("over a weekend") << vendor << utc(2026, 3, 14) << 3 * Hour << utc(2026, 3, 16, 15);
    // Friday 17:00 PST, then Monday 06:00 PDT after the clocks went forward on Sunday.
    QTest::newRow("over a weekend and the spring forward")
        << vendor << utc(2026, 3, 7, 1) << 3 * Hour << utc(2026, 3, 9, 15);
    QTest::newRow("over a weekend and the fall back")
        << vendor << utc(2026, 10, 31) << 3 * Hour << utc(2026, 11, 2, 16);
    QTest::newRow("over Thanksgiving") << vendor << utc(2026, 11, 26, 1) << 3 * Hour << utc(2026, 11, 27, 16);
    // Five full weeks of 60 hours from Monday 2026-01-05 06:00 PST: due Friday 2026-02-06 18:00 PST.
    QTest::newRow("five weeks") << vendor << utc(2026, 1, 5, 14) << 300 * Hour << utc(2026, 2, 7, 2);
    QTest::newRow("Paris, through the short night") << calendarOf(u"Europe/Paris"_s, u"sun 00:00-06:00"_s)
                                                    << utc(2026, 3, 28) << 5 * Hour << utc(2026, 3, 29, 4);
    QTest::newRow("Paris, through the long night") << calendarOf(u"Europe/Paris"_s, u"sun 00:00-06:00"_s)
                                                   << utc(2026, 10, 24) << 7 * Hour << utc(2026, 10, 25, 5);
}

void TestBusinessClock::instantAfter()
{
    QFETCH(Calendar, calendar);
    QFETCH(qint64, from);
    QFETCH(qint64, amount);
    QFETCH(qint64, expected);
    const BusinessClock clock(calendar);
    QCOMPARE(clock.instantAfterOpenSeconds(from, amount), expected);
    QCOMPARE(clock.openSeconds(from, expected), amount);
}

void TestBusinessClock::neverOpen()
{
    const BusinessClock clock(calendarOf(u"UTC"_s, QString()));
    QCOMPARE(clock.instantAfterOpenSeconds(utc(2026, 1, 1), 1), std::numeric_limits<qint64>::max());
    QCOMPARE(clock.instantAfterOpenSeconds(utc(2026, 1, 1), 0), utc(2026, 1, 1));
}

void TestBusinessClock::isOpenAt()
{
    const BusinessClock clock(Calendar::vendorDefault());
    QVERIFY(!clock.isOpenAt(utc(2026, 3, 11, 12, 59) + 59));
    QVERIFY(clock.isOpenAt(utc(2026, 3, 11, 13)));
    QVERIFY(clock.isOpenAt(utc(2026, 3, 12, 0, 59) + 59));
    QVERIFY(!clock.isOpenAt(utc(2026, 3, 12, 1)));
    QVERIFY(!clock.isOpenAt(utc(2026, 11, 26, 18))); // Thanksgiving
}

void TestBusinessClock::oneYear()
{
    // 2026 starts on a Thursday: 261 weekdays, six of them holidays, 12 hours each.
    const BusinessClock clock(Calendar::vendorDefault());
    const qint64 from = clock.zone().startOfLocalDay(QDate(2026, 1, 1));
    const qint64 to = clock.zone().startOfLocalDay(QDate(2027, 1, 1));
    QCOMPARE(clock.openSeconds(from, to), 255 * 12 * Hour);
}

void TestBusinessClock::matchesMinuteByMinuteReference()
{
    // Short spans around each zone's clock changes and the vendor's holidays.
    const QList<qint64> anchors{utc(2026, 3, 7),   utc(2026, 3, 27), utc(2026, 10, 23),
                                utc(2026, 10, 30), utc(2026, 4, 3),  utc(2026, 10, 2),
                                utc(2026, 11, 24), utc(2026, 7, 1),  utc(2021, 12, 29)};
    QRandomGenerator random(20260308);
    for (const Calendar &calendar : invariantCalendars()) {
        const BusinessClock clock(calendar);
        for (int i = 0; i < 40; ++i) {
            const qint64 from = anchors[random.bounded(int(anchors.size()))] + random.bounded(4 * 86400);
            const qint64 to = from + random.bounded(3 * 86400);
            QCOMPARE(clock.openSeconds(from, to), referenceOpenSeconds(calendar, from, to));
        }
    }
}

void TestBusinessClock::additiveOverAdjacentSpans()
{
    QRandomGenerator random(42);
    const qint64 base = utc(2025, 6, 1);
    for (const Calendar &calendar : invariantCalendars()) {
        const BusinessClock clock(calendar);
        const BusinessClock closed(calendarOf(calendar.timeZoneId, QString()));
        for (int i = 0; i < 60; ++i) {
            const qint64 a = base + qint64(random.bounded(600 * 86400));
            const qint64 b = a + qint64(random.bounded(200 * 86400));
            const qint64 c = b + qint64(random.bounded(200 * 86400));
            const qint64 whole = clock.openSeconds(a, c);
            QCOMPARE(whole, clock.openSeconds(a, b) + clock.openSeconds(b, c));
            QVERIFY(whole >= 0 && whole <= c - a);
            QCOMPARE(closed.openSeconds(a, c), qint64(0));
            // Chunks under a week never take the whole-week shortcut: the long span must agree.
            qint64 byChunks = 0;
            for (qint64 start = a; start < c; start += 3 * 86400 + 7)
                byChunks += clock.openSeconds(start, std::min(c, start + 3 * 86400 + 7));
            QCOMPARE(whole, byChunks);
        }
    }
}

void TestBusinessClock::instantAfterInvertsOpenSeconds()
{
    QRandomGenerator random(7);
    const qint64 base = utc(2026, 1, 1);
    for (const Calendar &calendar : invariantCalendars()) {
        const BusinessClock clock(calendar);
        for (int i = 0; i < 80; ++i) {
            const qint64 from = base + random.bounded(365 * 86400);
            const qint64 amount = random.bounded(i % 4 == 0 ? 2000 * 3600 : 30 * 3600);
            const qint64 due = clock.instantAfterOpenSeconds(from, amount);
            QVERIFY(due >= from);
            QCOMPARE(clock.openSeconds(from, due), amount);
            // The earliest such instant: the second before it is still owed.
            if (amount > 0)
                QCOMPARE(clock.openSeconds(from, due - 1), amount - 1);
        }
    }
}

QTEST_GUILESS_MAIN(TestBusinessClock)
#include "tst_businessclock.moc"
