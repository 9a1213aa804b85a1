#include "AccountStore.h"
#include "Calendar.h"
#include "CalendarStore.h"
#include "Database.h"
#include "StoreFixture.h"

#include <QTest>

namespace {

QString describe(const HolidayRule &rule)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
        .arg(int(rule.kind))
        .arg(rule.date.toString(Qt::ISODate))
        .arg(rule.month)
        .arg(rule.day)
        .arg(rule.weekday)
        .arg(rule.nth)
        .arg(rule.observed)
        .arg(rule.name);
}

QStringList describe(const QList<HolidayRule> &rules)
{
    QStringList lines;
    for (const HolidayRule &rule : rules)
        lines << describe(rule);
    return lines;
}

void compareCalendars(const Calendar &actual, const Calendar &expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.timeZoneId, expected.timeZoneId);
    for (std::size_t day = 0; day < 7; ++day)
        QCOMPARE(actual.schedule[day], expected.schedule[day]);
    QCOMPARE(describe(actual.holidays), describe(expected.holidays));
}

HolidayRule dateRule(QDate date, const QString &name)
{
    HolidayRule rule;
    rule.kind = HolidayRule::Kind::Date;
    rule.date = date;
    rule.name = name;
    return rule;
}

HolidayRule rule(HolidayRule::Kind kind, int month, int day, int weekday, int nth, bool observed)
{
    HolidayRule r;
    r.kind = kind;
    r.month = month;
    r.day = day;
    r.weekday = weekday;
    r.nth = nth;
    r.observed = observed;
    return r;
}

// Every shape of hours and every kind of holiday.
Calendar nightShift()
{
    Calendar calendar;
    calendar.name = QStringLiteral("Night shift");
    calendar.timeZoneId = QStringLiteral("Europe/Paris");
    calendar.schedule[0] = {{0, 480}, {1320, 1440}}; // 00:00-08:00, 22:00-24:00
    calendar.schedule[4] = {{1260, 360}};            // Friday 21:00 to Saturday 06:00
    calendar.schedule[6] = {{600, 840}};
    calendar.holidays = {dateRule(QDate(2026, 5, 8), QStringLiteral("Victory in Europe Day")),
                         rule(HolidayRule::Kind::FixedDay, 7, 14, 0, 0, false),
                         rule(HolidayRule::Kind::FixedDay, 12, 25, 0, 0, true),
                         rule(HolidayRule::Kind::NthWeekday, 11, 0, 4, 4, false),
                         rule(HolidayRule::Kind::LastWeekday, 5, 0, 1, 0, false)};
    return calendar;
}

} // namespace

class TestCalendarStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    }
    void cleanup() { m_fixture.reset(); }

    void keepsTheVendorCalendar()
    {
        const auto stored = CalendarStore(m_fixture->database()).findByName(Calendar::vendorDefaultName());
        QVERIFY2(stored.ok(), qPrintable(stored.message()));
        compareCalendars(*stored, Calendar::vendorDefault());
        // Monday to Friday 06:00-18:00, closed at the weekend.
        QCOMPARE(stored->schedule[0], (QList<DailyInterval>{{360, 1080}}));
        QCOMPARE(stored->schedule[4], (QList<DailyInterval>{{360, 1080}}));
        QVERIFY(stored->schedule[5].isEmpty());
        QVERIFY(stored->schedule[6].isEmpty());
    }

    void roundTripsEveryShape()
    {
        CalendarStore store(m_fixture->database());
        const auto id = store.add(nightShift());
        QVERIFY2(id.ok(), qPrintable(id.message()));
        QCOMPARE(*store.idOf(QStringLiteral("Night shift")), *id);
        compareCalendars(*store.findByName(QStringLiteral("Night shift")), nightShift());
        const QList<Calendar> all = store.all().value();
        QCOMPARE(all.size(), 2);
        compareCalendars(all[0], nightShift()); // "Night shift" < "Vendor support hours"
        QCOMPARE(all[1].name, Calendar::vendorDefaultName());
    }

    void refusesBadCalendars_data()
    {
        QTest::addColumn<Calendar>("calendar");
        QTest::addColumn<QString>("message");
        Calendar calendar = nightShift();
        calendar.name = QStringLiteral("Vendor support hours");
        QTest::newRow("name taken") << calendar
                                    << QStringLiteral(
                                           "a calendar named 'Vendor support hours' already exists");
        calendar = nightShift();
        calendar.name = QStringLiteral(" ");
        QTest::newRow("no name") << calendar << QStringLiteral("a calendar needs a name");
        calendar = nightShift();
        calendar.timeZoneId = QStringLiteral("Atlantis/Capital");
        QTest::newRow("unknown zone")
            << calendar << QStringLiteral("calendar 'Night shift': unknown time zone 'Atlantis/Capital'");
        calendar = nightShift();
        calendar.schedule[1] = {{600, 600}};
        QTest::newRow("empty interval")
            << calendar
            << QStringLiteral("calendar 'Night shift': Tuesday hours 10:00-10:00 are not a valid interval");
        calendar.schedule[1] = {{600, 1441}};
        QTest::newRow("past 24:00")
            << calendar
            << QStringLiteral("calendar 'Night shift': Tuesday hours 10:00-24:01 are not a valid interval");
        calendar.schedule[1] = {{1440, 60}};
        QTest::newRow("starts at 24:00")
            << calendar
            << QStringLiteral("calendar 'Night shift': Tuesday hours 24:00-01:00 are not a valid interval");
        calendar = nightShift();
        calendar.holidays = {rule(HolidayRule::Kind::FixedDay, 2, 30, 0, 0, false)};
        QTest::newRow("30 February")
            << calendar
            << QStringLiteral("calendar 'Night shift': a holiday: day 30 does not exist in month 2");
        calendar.holidays = {rule(HolidayRule::Kind::NthWeekday, 13, 0, 1, 1, false)};
        QTest::newRow("month 13") << calendar
                                  << QStringLiteral(
                                         "calendar 'Night shift': a holiday: month 13 does not exist");
        calendar.holidays = {rule(HolidayRule::Kind::NthWeekday, 1, 0, 1, 6, false)};
        QTest::newRow("sixth Monday")
            << calendar << QStringLiteral("calendar 'Night shift': a holiday: week 6 is not between 1 and 5");
        calendar.holidays = {rule(HolidayRule::Kind::LastWeekday, 1, 0, 0, 0, false)};
        QTest::newRow("weekday 0")
            << calendar
            << QStringLiteral(
                   "calendar 'Night shift': a holiday: weekday 0 is not between 1 (Monday) and 7 (Sunday)");
        calendar.holidays = {dateRule(QDate(), QStringLiteral("Someday"))};
        QTest::newRow("no date") << calendar
                                 << QStringLiteral(
                                        "calendar 'Night shift': holiday 'Someday' has no valid date");
    }

    void refusesBadCalendars()
    {
        QFETCH(Calendar, calendar);
        QFETCH(QString, message);
        CalendarStore store(m_fixture->database());
        const auto added = store.add(calendar);
        QVERIFY(!added.ok());
        QCOMPARE(added.message(), message);
        QCOMPARE(store.all().value().size(), 1);
    }

    void updatesAndRenames()
    {
        CalendarStore store(m_fixture->database());
        QVERIFY(store.add(nightShift()).ok());
        Account account;
        account.name = QStringLiteral("Acme");
        account.calendarName = QStringLiteral("Night shift");
        const qint64 accountId = *AccountStore(m_fixture->database()).add(account);

        Calendar changed = nightShift();
        changed.name = QStringLiteral("Late shift");
        changed.timeZoneId = QStringLiteral("Asia/Tokyo");
        changed.schedule[0] = {{1080, 1380}};
        changed.holidays = {dateRule(QDate(2026, 1, 2), QStringLiteral("Bridge day"))};
        QVERIFY(store.update(QStringLiteral("Night shift"), changed).ok());
        QVERIFY(!store.findByName(QStringLiteral("Night shift")).ok());
        compareCalendars(*store.findByName(QStringLiteral("Late shift")), changed);
        // The account follows its calendar through the rename.
        QCOMPARE(AccountStore(m_fixture->database()).findById(accountId)->calendarName,
                 QStringLiteral("Late shift"));

        changed.name = Calendar::vendorDefaultName();
        const Status clash = store.update(QStringLiteral("Late shift"), changed);
        QVERIFY(!clash.ok());
        QCOMPARE(clash.message(), QStringLiteral("a calendar named 'Vendor support hours' already exists"));
        QVERIFY(!store.update(QStringLiteral("Nowhere"), nightShift()).ok());
    }

    void removesOnlyUnusedCalendars()
    {
        CalendarStore store(m_fixture->database());
        QVERIFY(store.add(nightShift()).ok());
        Account account;
        account.name = QStringLiteral("Acme");
        account.calendarName = QStringLiteral("Night shift");
        const qint64 accountId = *AccountStore(m_fixture->database()).add(account);

        const Status used = store.remove(QStringLiteral("Night shift"));
        QVERIFY(!used.ok());
        QCOMPARE(used.message(),
                 QStringLiteral(
                     "calendar 'Night shift' is used by 1 account(s): give them another calendar first"));
        const Status isDefault = store.remove(Calendar::vendorDefaultName());
        QVERIFY(!isDefault.ok());
        QCOMPARE(
            isDefault.message(),
            QStringLiteral("calendar 'Vendor support hours' is the default calendar and cannot be removed"));

        QVERIFY(AccountStore(m_fixture->database()).remove(accountId).ok());
        QVERIFY(store.remove(QStringLiteral("Night shift")).ok());
        QCOMPARE(store.all().value().size(), 1);
        QCOMPARE(store.remove(QStringLiteral("Night shift")).message(),
                 QStringLiteral("no calendar named 'Night shift'"));
    }

    void defaultCalendarCanChange()
    {
        CalendarStore store(m_fixture->database());
        const qint64 night = *store.add(nightShift());
        QVERIFY(store.setDefault(QStringLiteral("Night shift")).ok());
        QCOMPARE(*store.defaultCalendarId(), night);
        Account account;
        account.name = QStringLiteral("Acme");
        QVERIFY(AccountStore(m_fixture->database()).add(account).ok());
        QCOMPARE(AccountStore(m_fixture->database()).findByName(QStringLiteral("Acme"))->calendarName,
                 QStringLiteral("Night shift"));
        QVERIFY(!store.setDefault(QStringLiteral("Nowhere")).ok());
    }

    void addsAndRemovesHolidays()
    {
        CalendarStore store(m_fixture->database());
        QVERIFY(store.add(nightShift()).ok());
        const HolidayRule ascension = dateRule(QDate(2026, 5, 14), QStringLiteral("Ascension"));
        const auto id = store.addHoliday(QStringLiteral("Night shift"), ascension);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        Calendar expected = nightShift();
        expected.holidays.append(ascension);
        compareCalendars(*store.findByName(QStringLiteral("Night shift")), expected);

        // Found by kind and dates, whatever its name.
        QVERIFY(store
                    .removeHoliday(QStringLiteral("Night shift"),
                                   rule(HolidayRule::Kind::NthWeekday, 11, 0, 4, 4, false))
                    .ok());
        expected.holidays.removeAt(3);
        compareCalendars(*store.findByName(QStringLiteral("Night shift")), expected);

        const Status missing = store.removeHoliday(QStringLiteral("Night shift"),
                                                   rule(HolidayRule::Kind::FixedDay, 7, 14, 0, 0, true));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.message(), QStringLiteral("calendar 'Night shift' has no such holiday"));
        QCOMPARE(store.addHoliday(QStringLiteral("Nowhere"), ascension).message(),
                 QStringLiteral("no calendar named 'Nowhere'"));
        QVERIFY(!store
                     .addHoliday(QStringLiteral("Night shift"),
                                 rule(HolidayRule::Kind::FixedDay, 4, 31, 0, 0, false))
                     .ok());
    }

private:
    std::unique_ptr<StoreFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestCalendarStore)
#include "tst_calendarstore.moc"
