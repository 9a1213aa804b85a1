#include "ZonedAccountClock.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qint64 utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

class TestZonedAccountClock : public QObject
{
    Q_OBJECT

private slots:
    void datesInTheAccountZone_data();
    void datesInTheAccountZone();
    void businessTimeOnTheCalendarZone();
};

void TestZonedAccountClock::datesInTheAccountZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("instant");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("startOfDay");
    // Tokyo is +09:00 all year: 16:00Z on the 13th is already the 14th.
    QTest::newRow("Tokyo") << u"Asia/Tokyo"_s << utc(2026, 3, 13, 16) << QDate(2026, 3, 14)
                           << utc(2026, 3, 13, 15);
    QTest::newRow("UTC") << u"UTC"_s << utc(2026, 3, 13, 16) << QDate(2026, 3, 13) << utc(2026, 3, 13);
    // The last minute of October in New York (EDT) is already November in UTC.
    QTest::newRow("New York month end")
        << u"America/New_York"_s << utc(2026, 11, 1, 3, 59) << QDate(2026, 10, 31) << utc(2026, 10, 31, 4);
}

void TestZonedAccountClock::datesInTheAccountZone()
{
    QFETCH(QString, zone);
    QFETCH(qint64, instant);
    QFETCH(QDate, date);
    QFETCH(qint64, startOfDay);
    const ZonedAccountClock clock(ZoneRules::forZone(zone),
                                  std::make_shared<const BusinessClock>(Calendar::vendorDefault()));
    QCOMPARE(clock.localDate(instant), date);
    QCOMPARE(clock.startOfLocalDay(date), startOfDay);
}

void TestZonedAccountClock::businessTimeOnTheCalendarZone()
{
    // An account in Tokyo on the vendor's Los Angeles hours: Friday 2026-03-13 08:00 PDT (15:00Z)
    // to Saturday 08:00 PDT holds Friday 08:00-18:00, ten hours, whatever Tokyo's dates say.
    const ZonedAccountClock clock(ZoneRules::forZone(u"Asia/Tokyo"_s),
                                  std::make_shared<const BusinessClock>(Calendar::vendorDefault()));
    QCOMPARE(clock.businessSeconds(utc(2026, 3, 13, 15), utc(2026, 3, 14, 15)), qint64(10 * 3600));
    QCOMPARE(clock.businessSeconds(utc(2026, 3, 14, 15), utc(2026, 3, 13, 15)), qint64(0));
    const AccountClock &abstractClock = clock;
    QCOMPARE(abstractClock.localDate(utc(2026, 3, 13, 15)), QDate(2026, 3, 14));
}

QTEST_GUILESS_MAIN(TestZonedAccountClock)
#include "tst_zonedaccountclock.moc"
