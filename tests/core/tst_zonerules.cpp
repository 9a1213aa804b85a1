#include "Timestamp.h"
#include "ZoneRules.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

qint64 utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC).toSecsSinceEpoch();
}

// A wall-clock time, as the seconds the same digits would be in UTC.
qint64 wall(int year, int month, int day, int hour = 0, int minute = 0)
{
    return utc(year, month, day, hour, minute);
}

} // namespace

class TestZoneRules : public QObject
{
    Q_OBJECT

private slots:
    void offsets_data();
    void offsets();
    void resolveLocal_data();
    void resolveLocal();
    void startOfLocalDay_data();
    void startOfLocalDay();
    void localDate();
    void unknownZone();
    void cachedPerZone();
    void matchesTheZoneDatabaseEverywhere_data();
    void matchesTheZoneDatabaseEverywhere();
};

void TestZoneRules::offsets_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("instant");
    QTest::addColumn<int>("offset");
    // Paris: CET +01:00, CEST +02:00 from the last Sunday of March to the last of October, at 01:00 UTC.
    QTest::newRow("Paris winter") << u"Europe/Paris"_s << utc(2026, 1, 15, 12) << 3600;
    QTest::newRow("Paris summer") << u"Europe/Paris"_s << utc(2026, 7, 15, 12) << 7200;
    QTest::newRow("Paris before spring forward") << u"Europe/Paris"_s << utc(2026, 3, 29, 0, 59, 59) << 3600;
    QTest::newRow("Paris at spring forward") << u"Europe/Paris"_s << utc(2026, 3, 29, 1) << 7200;
    QTest::newRow("Paris before fall back") << u"Europe/Paris"_s << utc(2026, 10, 25, 0, 59, 59) << 7200;
    QTest::newRow("Paris at fall back") << u"Europe/Paris"_s << utc(2026, 10, 25, 1) << 3600;
    // New York: EST -05:00, EDT -04:00 from 2026-03-08 02:00 to 2026-11-01 02:00 local.
    QTest::newRow("New York before spring forward")
        << u"America/New_York"_s << utc(2026, 3, 8, 6, 59, 59) << -18000;
    QTest::newRow("New York at spring forward") << u"America/New_York"_s << utc(2026, 3, 8, 7) << -14400;
    QTest::newRow("New York before fall back")
        << u"America/New_York"_s << utc(2026, 11, 1, 5, 59, 59) << -14400;
    QTest::newRow("New York at fall back") << u"America/New_York"_s << utc(2026, 11, 1, 6) << -18000;
    // Lord Howe shifts by half an hour: +10:30 standard, +11:00 from the first Sunday of October
    // (02:00 local) to the first Sunday of April (02:00 local).
    QTest::newRow("Lord Howe before fall back")
        << u"Australia/Lord_Howe"_s << utc(2026, 4, 4, 14, 59, 59) << 39600;
    QTest::newRow("Lord Howe at fall back") << u"Australia/Lord_Howe"_s << utc(2026, 4, 4, 15) << 37800;
    QTest::newRow("Lord Howe before spring forward")
        << u"Australia/Lord_Howe"_s << utc(2026, 10, 3, 15, 29, 59) << 37800;
    QTest::newRow("Lord Howe at spring forward")
        << u"Australia/Lord_Howe"_s << utc(2026, 10, 3, 15, 30) << 39600;
    QTest::newRow("Kolkata") << u"Asia/Kolkata"_s << utc(2026, 6, 1) << 19800;
    QTest::newRow("Kolkata winter") << u"Asia/Kolkata"_s << utc(2026, 12, 1) << 19800;
    QTest::newRow("Kathmandu") << u"Asia/Kathmandu"_s << utc(2026, 6, 1) << 20700;
    QTest::newRow("UTC") << u"UTC"_s << utc(2026, 6, 1) << 0;
    QTest::newRow("New York in 2099 summer") << u"America/New_York"_s << utc(2099, 7, 1) << -14400;
}

void TestZoneRules::offsets()
{
    QFETCH(QString, zone);
    QFETCH(qint64, instant);
    QFETCH(int, offset);
    const auto rules = ZoneRules::forZone(zone);
    QVERIFY(rules);
    QCOMPARE(rules->id(), zone);
    QCOMPARE(rules->offsetAt(instant), offset);
    QCOMPARE(rules->localSeconds(instant), instant + offset);
    const ZoneRules::Piece piece = rules->pieceAt(instant);
    QCOMPARE(piece.offset, offset);
    QVERIFY(piece.startUtc <= instant && instant < piece.endUtc);
}

void TestZoneRules::resolveLocal_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("local");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("second");
    const QString paris = u"Europe/Paris"_s;
    const QString newYork = u"America/New_York"_s;
    const QString lordHowe = u"Australia/Lord_Howe"_s;
    QTest::newRow("Paris plain") << paris << wall(2026, 6, 1, 12) << 1 << utc(2026, 6, 1, 10) << qint64(0);
    QTest::newRow("Paris gap start") << paris << wall(2026, 3, 29, 2) << 0 << qint64(0) << qint64(0);
    QTest::newRow("Paris in the gap") << paris << wall(2026, 3, 29, 2, 30) << 0 << qint64(0) << qint64(0);
    QTest::newRow("Paris gap end") << paris << wall(2026, 3, 29, 3) << 1 << utc(2026, 3, 29, 1) << qint64(0);
    QTest::newRow("Paris overlap start")
        << paris << wall(2026, 10, 25, 2) << 2 << utc(2026, 10, 25, 0) << utc(2026, 10, 25, 1);
    QTest::newRow("Paris in the overlap")
        << paris << wall(2026, 10, 25, 2, 30) << 2 << utc(2026, 10, 25, 0, 30) << utc(2026, 10, 25, 1, 30);
    QTest::newRow("Paris overlap end")
        << paris << wall(2026, 10, 25, 3) << 1 << utc(2026, 10, 25, 2) << qint64(0);
    QTest::newRow("New York gap") << newYork << wall(2026, 3, 8, 2, 30) << 0 << qint64(0) << qint64(0);
    QTest::newRow("New York overlap")
        << newYork << wall(2026, 11, 1, 1, 30) << 2 << utc(2026, 11, 1, 5, 30) << utc(2026, 11, 1, 6, 30);
    QTest::newRow("Lord Howe gap") << lordHowe << wall(2026, 10, 4, 2, 15) << 0 << qint64(0) << qint64(0);
    QTest::newRow("Lord Howe after the gap")
        << lordHowe << wall(2026, 10, 4, 2, 30) << 1 << utc(2026, 10, 3, 15, 30) << qint64(0);
    QTest::newRow("Lord Howe overlap")
        << lordHowe << wall(2026, 4, 5, 1, 45) << 2 << utc(2026, 4, 4, 14, 45) << utc(2026, 4, 4, 15, 15);
    QTest::newRow("Kathmandu") << u"Asia/Kathmandu"_s << wall(2026, 1, 1, 5, 45) << 1 << utc(2026, 1, 1)
                               << qint64(0);
}

void TestZoneRules::resolveLocal()
{
    QFETCH(QString, zone);
    QFETCH(qint64, local);
    QFETCH(int, count);
    QFETCH(qint64, first);
    QFETCH(qint64, second);
    const auto rules = ZoneRules::forZone(zone);
    QVERIFY(rules);
    const ZoneRules::LocalResolution resolution = rules->resolveLocal(local);
    QCOMPARE(resolution.count, count);
    if (count >= 1)
        QCOMPARE(resolution.utc[0], first);
    if (count == 2)
        QCOMPARE(resolution.utc[1], second);
}

void TestZoneRules::startOfLocalDay_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("UTC") << u"UTC"_s << QDate(2026, 3, 8) << utc(2026, 3, 8);
    QTest::newRow("Paris spring forward day")
        << u"Europe/Paris"_s << QDate(2026, 3, 29) << utc(2026, 3, 28, 23);
    QTest::newRow("Paris day after") << u"Europe/Paris"_s << QDate(2026, 3, 30) << utc(2026, 3, 29, 22);
    QTest::newRow("New York fall back day")
        << u"America/New_York"_s << QDate(2026, 11, 1) << utc(2026, 11, 1, 4);
    QTest::newRow("Kolkata") << u"Asia/Kolkata"_s << QDate(2026, 1, 1) << utc(2025, 12, 31, 18, 30);
    // Santiago moves its clocks at midnight: 2026-09-06 00:00 (-04:00) jumps to 01:00 (-03:00),
    // and 2026-04-05 00:00 (-03:00) goes back to 23:00 of the day before.
    QTest::newRow("Santiago midnight in a gap")
        << u"America/Santiago"_s << QDate(2026, 9, 6) << utc(2026, 9, 6, 4);
    QTest::newRow("Santiago day after a midnight fall back")
        << u"America/Santiago"_s << QDate(2026, 4, 5) << utc(2026, 4, 5, 4);
}

void TestZoneRules::startOfLocalDay()
{
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(qint64, expected);
    const auto rules = ZoneRules::forZone(zone);
    QVERIFY(rules);
    QCOMPARE(rules->startOfLocalDay(date), expected);
    QCOMPARE(rules->localDate(expected), date);
}

void TestZoneRules::localDate()
{
    const auto newYork = ZoneRules::forZone(u"America/New_York"_s);
    QVERIFY(newYork);
    QCOMPARE(newYork->localDate(utc(2026, 3, 8, 4, 59, 59)), QDate(2026, 3, 7));
    QCOMPARE(newYork->localDate(utc(2026, 3, 8, 5)), QDate(2026, 3, 8));
    const auto kathmandu = ZoneRules::forZone(u"Asia/Kathmandu"_s);
    QVERIFY(kathmandu);
    QCOMPARE(kathmandu->localDate(utc(2026, 3, 7, 18, 14, 59)), QDate(2026, 3, 7));
    QCOMPARE(kathmandu->localDate(utc(2026, 3, 7, 18, 15)), QDate(2026, 3, 8));
}

void TestZoneRules::unknownZone()
{
    QVERIFY(!ZoneRules::forZone(u"Mars/Olympus_Mons"_s));
    QVERIFY(!ZoneRules::forZone(QString()));
    QVERIFY(ZoneRules::forZone(u"UTC"_s));
}

void TestZoneRules::cachedPerZone()
{
    const auto first = ZoneRules::forZone(u"Europe/Paris"_s);
    const auto second = ZoneRules::forZone(u"Europe/Paris"_s);
    QVERIFY(first);
    QCOMPARE(first.get(), second.get());
}

void TestZoneRules::matchesTheZoneDatabaseEverywhere_data()
{
    QTest::addColumn<QString>("zone");
    for (const char *zone : {"Europe/Paris", "America/New_York", "Australia/Lord_Howe", "America/Sao_Paulo",
                             "Asia/Kathmandu", "Pacific/Apia", "Europe/Moscow"})
        QTest::newRow(zone) << QString::fromLatin1(zone);
}

// Offsets are looked up through an index of fixed spans of time: at every
// transition the zone database knows, on both sides of it, and at instants
// spread over 88 years, the offset is the database's. Up to 2037, the end of
// the zone files' explicit transitions: past it Qt 6.4's transitions() misses
// some rules that its offsetFromUtc() applies (Lord Howe's half-hour change
// of April 2038, for one).
void TestZoneRules::matchesTheZoneDatabaseEverywhere()
{
    QFETCH(QString, zone);
    const auto rules = ZoneRules::forZone(zone);
    QVERIFY(rules);
    const QTimeZone database(zone.toUtf8());
    const auto check = [&](qint64 instant) {
        return rules->offsetAt(instant) ==
               database.offsetFromUtc(QDateTime::fromSecsSinceEpoch(instant, Qt::UTC));
    };
    for (int year = 1950; year < 2038; ++year) {
        const QDateTime start(QDate(year, 1, 1), QTime(0, 0), Qt::UTC);
        for (const QTimeZone::OffsetData &data : database.transitions(start, start.addYears(1).addSecs(-1))) {
            const qint64 at = data.atUtc.toSecsSinceEpoch();
            QVERIFY2(check(at - 1) && check(at) && check(at + 1),
                     qPrintable(data.atUtc.toString(Qt::ISODate)));
        }
    }
    // A step that is no divisor of a day or of the index's spans.
    for (qint64 instant = utc(1950, 1, 1); instant < utc(2038, 1, 1); instant += 7 * 3600 + 1234)
        QVERIFY2(check(instant),
                 qPrintable(QDateTime::fromSecsSinceEpoch(instant, Qt::UTC).toString(Qt::ISODate)));
}

QTEST_GUILESS_MAIN(TestZoneRules)
#include "tst_zonerules.moc"
