#include "Timestamp.h"
#include "ZoneRules.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qint64 utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

class TestTimestamp : public QObject
{
    Q_OBJECT

private slots:
    void localSeconds_data();
    void localSeconds();
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void roundTrip_data();
    void roundTrip();
    void resolveInZone_data();
    void resolveInZone();
    void parseDate_data();
    void parseDate();
};

void TestTimestamp::localSeconds_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("secondOfDay");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("epoch") << QDate(1970, 1, 1) << 0 << qint64(0);
    QTest::newRow("last second before the epoch") << QDate(1969, 12, 31) << 86399 << qint64(-1);
    QTest::newRow("2026-03-08 10:00") << QDate(2026, 3, 8) << 36000 << utc(2026, 3, 8, 10);
    QTest::newRow("leap day 2024") << QDate(2024, 2, 29) << 0 << utc(2024, 2, 29);
    QTest::newRow("year 2100") << QDate(2100, 3, 1) << 60 << utc(2100, 3, 1, 0, 1);
}

void TestTimestamp::localSeconds()
{
    QFETCH(QDate, date);
    QFETCH(int, secondOfDay);
    QFETCH(qint64, expected);
    QCOMPARE(localSecondsOf(date, secondOfDay), expected);
    QCOMPARE(dateOfLocalSeconds(expected), date);
}

void TestTimestamp::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hasOffset");
    QTest::addColumn<qint64>("seconds"); // UTC with an offset, else the wall time

    const qint64 tenUtc = utc(2026, 3, 8, 10);
    QTest::newRow("Z with seconds") << u"2026-03-08T10:00:00Z"_s << true << tenUtc;
    QTest::newRow("Z without seconds") << u"2026-03-08T10:00Z"_s << true << tenUtc;
    QTest::newRow("space and lower-case z") << u"2026-03-08 10:00:00z"_s << true << tenUtc;
    QTest::newRow("lower-case t") << u"2026-03-08t10:00Z"_s << true << tenUtc;
    QTest::newRow("+05:30") << u"2026-03-08T15:30:00+05:30"_s << true << tenUtc;
    QTest::newRow("+0545") << u"2026-03-08T15:45+0545"_s << true << tenUtc;
    QTest::newRow("-03") << u"2026-03-08T07:00:00-03"_s << true << tenUtc;
    QTest::newRow("+00:00") << u"2026-03-08T10:00:00+00:00"_s << true << tenUtc;
    QTest::newRow("-00:30 crosses into the next day")
        << u"2026-03-07T23:45:00-00:30"_s << true << utc(2026, 3, 8, 0, 15);
    QTest::newRow("offset crosses back a year")
        << u"2026-01-01T00:30:00+01:00"_s << true << utc(2025, 12, 31, 23, 30);
    QTest::newRow("fraction truncated") << u"2026-03-08T10:00:00.999Z"_s << true << tenUtc;
    QTest::newRow("fraction with comma")
        << u"2026-03-08T10:00:59,5+00:00"_s << true << utc(2026, 3, 8, 10, 0, 59);
    QTest::newRow("long fraction") << u"2026-03-08T10:00:00.123456789Z"_s << true << tenUtc;
    QTest::newRow("local with seconds") << u"2026-03-08T10:00:00"_s << false << tenUtc;
    QTest::newRow("local without seconds, space") << u"2026-03-08 10:00"_s << false << tenUtc;
    QTest::newRow("leap day") << u"2024-02-29T23:59:59Z"_s << true << utc(2024, 2, 29, 23, 59, 59);
    QTest::newRow("before the epoch") << u"1969-12-31T23:59:59Z"_s << true << qint64(-1);
}

void TestTimestamp::parseValid()
{
    QFETCH(QString, text);
    QFETCH(bool, hasOffset);
    QFETCH(qint64, seconds);
    const Expected<ParsedTimestamp> parsed = parseIsoTimestamp(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    QCOMPARE(parsed->hasOffset, hasOffset);
    QCOMPARE(hasOffset ? parsed->utcSeconds : parsed->localSeconds, seconds);
}

void TestTimestamp::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("spaces") << u"   "_s << u"empty"_s;
    QTest::newRow("month 13") << u"2026-13-01T00:00Z"_s << u"month 13 is out of range"_s;
    QTest::newRow("month 0") << u"2026-00-10T00:00Z"_s << u"month 0 is out of range"_s;
    QTest::newRow("day 0") << u"2026-01-00T00:00Z"_s << u"day 0 is out of range"_s;
    QTest::newRow("29 February 2026") << u"2026-02-29T00:00Z"_s << u"day 29 is out of range for 2026-02"_s;
    QTest::newRow("31 April") << u"2026-04-31T00:00Z"_s << u"day 31 is out of range for 2026-04"_s;
    QTest::newRow("29 February 2100") << u"2100-02-29T00:00Z"_s << u"day 29 is out of range"_s;
    QTest::newRow("year 0") << u"0000-01-01T00:00Z"_s << u"year 0000 is out of range"_s;
    QTest::newRow("two-digit year") << u"26-03-08T10:00"_s << u"four-digit year"_s;
    QTest::newRow("one-digit month") << u"2026-3-08T10:00"_s << u"two-digit month"_s;
    QTest::newRow("slashes") << u"2026/03/08T10:00"_s << u"expected '-' after the year"_s;
    QTest::newRow("date only") << u"2026-03-08"_s << u"expected 'T' or a space after the date"_s;
    QTest::newRow("wrong separator") << u"2026-03-08X10:00"_s << u"expected 'T' or a space after the date"_s;
    QTest::newRow("hour 24") << u"2026-03-08T24:00:00Z"_s << u"hour 24 is out of range"_s;
    QTest::newRow("minute 60") << u"2026-03-08T10:60Z"_s << u"minute 60 is out of range"_s;
    QTest::newRow("second 60") << u"2026-03-08T10:00:60Z"_s << u"second 60 is out of range"_s;
    QTest::newRow("hour only") << u"2026-03-08T10"_s << u"expected ':' after the hour"_s;
    QTest::newRow("one-digit minute") << u"2026-03-08T10:5"_s << u"two-digit minutes"_s;
    QTest::newRow("empty fraction") << u"2026-03-08T10:00:00.Z"_s << u"digits after the decimal mark"_s;
    QTest::newRow("trailing junk") << u"2026-03-08T10:00:00Zjunk"_s
                                   << u"unexpected \"junk\" after the time"_s;
    QTest::newRow("trailing space") << u"2026-03-08T10:00:00 "_s << u"unexpected \" \" after the time"_s;
    QTest::newRow("junk instead of zone") << u"2026-03-08T10:00:00 UTC"_s << u"after the time"_s;
    QTest::newRow("one-digit offset") << u"2026-03-08T10:00+5"_s << u"expected a UTC offset"_s;
    QTest::newRow("short offset minutes") << u"2026-03-08T10:00+05:3"_s << u"expected a UTC offset"_s;
    QTest::newRow("offset 24 hours") << u"2026-03-08T10:00+24:00"_s << u"UTC offset +24:00 is out of range"_s;
    QTest::newRow("offset minute 60") << u"2026-03-08T10:00-0560"_s << u"UTC offset -0560 is out of range"_s;
    QTest::newRow("long offset") << u"2026-03-08T10:00+05:300"_s << u"unexpected \"0\" after the time"_s;
}

void TestTimestamp::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const Expected<ParsedTimestamp> parsed = parseIsoTimestamp(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.message().contains(message), qPrintable(parsed.message()));
}

void TestTimestamp::roundTrip_data()
{
    QTest::addColumn<qint64>("instant");
    QTest::addColumn<QString>("text");
    QTest::newRow("epoch") << qint64(0) << u"1970-01-01T00:00:00Z"_s;
    QTest::newRow("before the epoch") << qint64(-1) << u"1969-12-31T23:59:59Z"_s;
    QTest::newRow("US spring forward") << utc(2026, 3, 8, 10) << u"2026-03-08T10:00:00Z"_s;
    QTest::newRow("leap day") << utc(2028, 2, 29, 7, 8, 9) << u"2028-02-29T07:08:09Z"_s;
    QTest::newRow("last second of 2099") << utc(2099, 12, 31, 23, 59, 59) << u"2099-12-31T23:59:59Z"_s;
}

void TestTimestamp::roundTrip()
{
    QFETCH(qint64, instant);
    QFETCH(QString, text);
    QCOMPARE(formatUtcTimestamp(instant), text);
    const Expected<ParsedTimestamp> parsed = parseIsoTimestamp(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    QVERIFY(parsed->hasOffset);
    QCOMPARE(parsed->utcSeconds, instant);
}

void TestTimestamp::resolveInZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: an error
    QTest::addColumn<QString>("message");
    QTest::newRow("New York summer") << u"America/New_York"_s << u"2026-07-01T12:00"_s << utc(2026, 7, 1, 16)
                                     << QString();
    QTest::newRow("New York winter") << u"America/New_York"_s << u"2026-01-15 09:30"_s
                                     << utc(2026, 1, 15, 14, 30) << QString();
    QTest::newRow("an offset wins over the zone")
        << u"America/New_York"_s << u"2026-03-08T02:30-05:00"_s << utc(2026, 3, 8, 7, 30) << QString();
    QTest::newRow("gap") << u"America/New_York"_s << u"2026-03-08T02:30"_s << qint64(-1)
                         << u"2026-03-08T02:30:00 does not exist in America/New_York (the clocks skip it): "
                            "write it with its UTC offset, -05:00 or -04:00"_s;
    QTest::newRow("overlap")
        << u"America/New_York"_s << u"2026-11-01T01:30"_s << qint64(-1)
        << u"2026-11-01T01:30:00 occurs twice in America/New_York: write it with its UTC "
           "offset, -04:00 for the first or -05:00 for the second"_s;
    QTest::newRow("Lord Howe gap") << u"Australia/Lord_Howe"_s << u"2026-10-04T02:15"_s << qint64(-1)
                                   << u"+10:30 or +11:00"_s;
    QTest::newRow("Kathmandu") << u"Asia/Kathmandu"_s << u"2026-03-08T15:45"_s << utc(2026, 3, 8, 10)
                               << QString();
    QTest::newRow("UTC") << u"UTC"_s << u"2026-03-08T10:00"_s << utc(2026, 3, 8, 10) << QString();
}

void TestTimestamp::resolveInZone()
{
    QFETCH(QString, zone);
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QFETCH(QString, message);
    const auto rules = ZoneRules::forZone(zone);
    QVERIFY(rules);
    const Expected<ParsedTimestamp> parsed = parseIsoTimestamp(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    const Expected<qint64> resolved = resolveTimestamp(*parsed, *rules);
    if (expected == -1) {
        QVERIFY(!resolved.ok());
        QVERIFY2(resolved.message().contains(message), qPrintable(resolved.message()));
    } else {
        QVERIFY2(resolved.ok(), qPrintable(resolved.message()));
        QCOMPARE(*resolved, expected);
    }
}

void TestTimestamp::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // invalid: an error
    QTest::addColumn<QString>("message");
    QTest::newRow("plain") << u"2026-07-03"_s << QDate(2026, 7, 3) << QString();
    QTest::newRow("leap day") << u"2028-02-29"_s << QDate(2028, 2, 29) << QString();
    QTest::newRow("29 February 2026") << u"2026-02-29"_s << QDate() << u"day 29 is out of range"_s;
    QTest::newRow("month 13") << u"2026-13-01"_s << QDate() << u"month 13 is out of range"_s;
    QTest::newRow("one-digit month") << u"2026-7-03"_s << QDate() << u"two-digit month"_s;
    QTest::newRow("with a time") << u"2026-07-03T00:00"_s << QDate() << u"unexpected \"T00:00\""_s;
    QTest::newRow("empty") << QString() << QDate() << u"empty"_s;
}

void TestTimestamp::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QFETCH(QString, message);
    const Expected<QDate> parsed = parseIsoDate(text);
    if (expected.isValid()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QCOMPARE(*parsed, expected);
    } else {
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.message().contains(message), qPrintable(parsed.message()));
    }
}

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
