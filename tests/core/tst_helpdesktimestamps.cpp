#include "HelpdeskTimestamps.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A wall-clock time as ParsedTimestamp::localSeconds counts it.
qint64 wall(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

class tst_HelpdeskTimestamps : public QObject
{
    Q_OBJECT

private slots:
    void readsEachSourcesForm_data();
    void readsEachSourcesForm();
    void refusesBadTimestamps_data();
    void refusesBadTimestamps();
    void keepsOffsets();
    void readsDurations();
    void refusesBadDurations_data();
    void refusesBadDurations();
    void knowsWhichSourcesNeedAZone();
};

void tst_HelpdeskTimestamps::readsEachSourcesForm_data()
{
    QTest::addColumn<HelpdeskSource>("source");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("local");

    const auto row = [](const char *name, HelpdeskSource source, const QString &text, qint64 local) {
        QTest::newRow(name) << source << text << local;
    };
    row("iso with seconds", HelpdeskSource::Freshdesk, u"2026-01-19 12:47:05"_s,
        wall(2026, 1, 19, 12, 47, 5));
    row("iso without seconds (GLPI)", HelpdeskSource::Glpi, u"2026-01-19 12:47"_s, wall(2026, 1, 19, 12, 47));
    row("iso around spaces", HelpdeskSource::Zendesk, u"  2026-01-19 12:47  "_s, wall(2026, 1, 19, 12, 47));
    row("jira pm", HelpdeskSource::Jira, u"19/Jan/26 1:05 PM"_s, wall(2026, 1, 19, 13, 5));
    row("jira 12 pm is noon", HelpdeskSource::Jira, u"19/Jan/26 12:47 PM"_s, wall(2026, 1, 19, 12, 47));
    row("jira 12 am is midnight", HelpdeskSource::Jira, u"19/Jan/26 12:47 AM"_s, wall(2026, 1, 19, 0, 47));
    row("jira 11:59 pm", HelpdeskSource::Jira, u"19/Jan/26 11:59 PM"_s, wall(2026, 1, 19, 23, 59));
    row("jira 1 am", HelpdeskSource::Jira, u"2/Mar/26 1:00 am"_s, wall(2026, 3, 2, 1, 0));
    row("jira any case", HelpdeskSource::Jira, u"19/JAN/26 12:47 pm"_s, wall(2026, 1, 19, 12, 47));
    row("jira four-digit year", HelpdeskSource::Jira, u"31/May/2026 10:00 AM"_s, wall(2026, 5, 31, 10, 0));
    row("jira september", HelpdeskSource::Jira, u"15/Sep/26 3:30 PM"_s, wall(2026, 9, 15, 15, 30));
    row("jira french 12-hour", HelpdeskSource::Jira, u"19/janv./26 12:47 PM"_s, wall(2026, 1, 19, 12, 47));
    row("jira french 24-hour", HelpdeskSource::Jira, u"19/janv./26 12:47"_s, wall(2026, 1, 19, 12, 47));
    row("jira french févr.", HelpdeskSource::Jira, u"3/févr./26 17:05"_s, wall(2026, 2, 3, 17, 5));
    row("jira french mars", HelpdeskSource::Jira, u"3/mars/26 00:00"_s, wall(2026, 3, 3, 0, 0));
    row("jira french avr.", HelpdeskSource::Jira, u"3/avr./26 8:15"_s, wall(2026, 4, 3, 8, 15));
    row("jira french mai", HelpdeskSource::Jira, u"1/mai/26 23:59"_s, wall(2026, 5, 1, 23, 59));
    row("jira french juin", HelpdeskSource::Jira, u"30/juin/26 9:00"_s, wall(2026, 6, 30, 9, 0));
    row("jira french juil.", HelpdeskSource::Jira, u"14/juil./26 9:00"_s, wall(2026, 7, 14, 9, 0));
    row("jira french août", HelpdeskSource::Jira, u"01/août/25 09:00"_s, wall(2025, 8, 1, 9, 0));
    row("jira french sept.", HelpdeskSource::Jira, u"15/sept./26 15:30"_s, wall(2026, 9, 15, 15, 30));
    row("jira french oct.", HelpdeskSource::Jira, u"15/oct./26 15:30"_s, wall(2026, 10, 15, 15, 30));
    row("jira french nov.", HelpdeskSource::Jira, u"15/nov./26 15:30"_s, wall(2026, 11, 15, 15, 30));
    row("jira french déc. pm", HelpdeskSource::Jira, u"05/déc./25 8:00 PM"_s, wall(2025, 12, 5, 20, 0));
    row("jira iso too", HelpdeskSource::Jira, u"2026-01-19 12:47"_s, wall(2026, 1, 19, 12, 47));
    row("osticket us pm", HelpdeskSource::OsTicket, u"01/19/2026 12:47 PM"_s, wall(2026, 1, 19, 12, 47));
    row("osticket us short", HelpdeskSource::OsTicket, u"1/9/26 9:05 am"_s, wall(2026, 1, 9, 9, 5));
    row("osticket 12 am", HelpdeskSource::OsTicket, u"12/31/2025 12:00 AM"_s, wall(2025, 12, 31, 0, 0));
    row("osticket iso", HelpdeskSource::OsTicket, u"2026-01-19 12:47:00"_s, wall(2026, 1, 19, 12, 47));
    row("osticket european", HelpdeskSource::OsTicket, u"19/01/2026 14:00"_s, wall(2026, 1, 19, 14, 0));
    row("osticket european short", HelpdeskSource::OsTicket, u"2/3/26 9:05"_s, wall(2026, 3, 2, 9, 5));
    // 46041 days after 1899-12-30 is 2026-01-19; half a day is noon.
    row("zammad serial", HelpdeskSource::Zammad, u"46041.5"_s, wall(2026, 1, 19, 12, 0));
    // 0.53264 of a day is 46020.1 s, 12:47:00 to the second.
    row("zammad serial rounded", HelpdeskSource::Zammad, u"46041.53264"_s, wall(2026, 1, 19, 12, 47));
    row("zammad text", HelpdeskSource::Zammad, u"2026-01-19 12:47:00"_s, wall(2026, 1, 19, 12, 47));
}

void tst_HelpdeskTimestamps::readsEachSourcesForm()
{
    QFETCH(HelpdeskSource, source);
    QFETCH(QString, text);
    QFETCH(qint64, local);
    const Expected<ParsedTimestamp> parsed = parseHelpdeskTimestamp(source, text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    QCOMPARE(parsed->hasOffset, false);
    QCOMPARE(parsed->localSeconds, local);
}

void tst_HelpdeskTimestamps::refusesBadTimestamps_data()
{
    QTest::addColumn<HelpdeskSource>("source");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");

    const auto row = [](const char *name, HelpdeskSource source, const QString &text, const QString &why) {
        QTest::newRow(name) << source << text << why;
    };
    row("jira unknown month", HelpdeskSource::Jira, u"19/Foo/26 12:47 PM"_s, u"unknown month \"Foo\""_s);
    row("jira 13 pm", HelpdeskSource::Jira, u"19/Jan/26 13:47 PM"_s,
        u"hour 13 is out of range for a 12-hour"_s);
    row("jira 0 am", HelpdeskSource::Jira, u"19/Jan/26 0:47 AM"_s, u"hour 0 is out of range for a 12-hour"_s);
    row("jira 24:00", HelpdeskSource::Jira, u"19/janv./26 24:00"_s, u"hour 24 is out of range"_s);
    row("jira no such day", HelpdeskSource::Jira, u"31/févr./26 10:00"_s, u"there is no such date"_s);
    row("jira bad marker", HelpdeskSource::Jira, u"19/Jan/26 12:47 XM"_s, u"expected AM or PM"_s);
    row("jira no time", HelpdeskSource::Jira, u"19/Jan/26"_s, u"expected dd/MMM/yy h:mm AM"_s);
    row("jira one-digit minutes", HelpdeskSource::Jira, u"19/Jan/26 12:4 PM"_s, u"two-digit minutes"_s);
    row("jira trailing text", HelpdeskSource::Jira, u"19/Jan/26 12:47 PM UTC"_s, u"unexpected \"UTC\""_s);
    row("osticket day first, 12-hour", HelpdeskSource::OsTicket, u"19/01/2026 2:00 PM"_s,
        u"month 19 is out of range"_s);
    row("osticket month first, 24-hour", HelpdeskSource::OsTicket, u"01/19/2026 14:00"_s,
        u"month 19 is out of range"_s);
    row("osticket month 13", HelpdeskSource::OsTicket, u"13/01/2026 1:00 PM"_s,
        u"month 13 is out of range"_s);
    row("glpi slash date", HelpdeskSource::Glpi, u"19/01/2026 14:00"_s, u"invalid timestamp"_s);
    row("iso out of range", HelpdeskSource::Freshdesk, u"2026-02-30 10:00"_s, u"day 30 is out of range"_s);
    row("zammad junk", HelpdeskSource::Zammad, u"yesterday"_s, u"spreadsheet date"_s);
    row("zammad serial zero", HelpdeskSource::Zammad, u"0.5"_s, u"out of range"_s);
    row("empty", HelpdeskSource::Zendesk, QString(), u"empty"_s);
}

void tst_HelpdeskTimestamps::refusesBadTimestamps()
{
    QFETCH(HelpdeskSource, source);
    QFETCH(QString, text);
    QFETCH(QString, why);
    const Expected<ParsedTimestamp> parsed = parseHelpdeskTimestamp(source, text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.message().contains(why), qPrintable(parsed.message()));
}

void tst_HelpdeskTimestamps::keepsOffsets()
{
    // Zendesk's JSON writes UTC; an offset is kept exact whatever the source.
    const Expected<ParsedTimestamp> utc =
        parseHelpdeskTimestamp(HelpdeskSource::ZendeskJson, u"2026-01-19T12:47:00Z"_s);
    QVERIFY(utc.ok());
    QVERIFY(utc->hasOffset);
    QCOMPARE(utc->utcSeconds, wall(2026, 1, 19, 12, 47));
    const Expected<ParsedTimestamp> offset =
        parseHelpdeskTimestamp(HelpdeskSource::ZendeskJson, u"2026-01-19T13:47:00+01:00"_s);
    QVERIFY(offset.ok());
    QCOMPARE(offset->utcSeconds, wall(2026, 1, 19, 12, 47));
}

void tst_HelpdeskTimestamps::readsDurations()
{
    QCOMPARE(*parseSignedHoursMinutes(u"-1:30"_s), -5400);
    QCOMPARE(*parseSignedHoursMinutes(u"12:05"_s), 43500);
    QCOMPARE(*parseSignedHoursMinutes(u"0:00"_s), 0);
    QCOMPARE(*parseSignedHoursMinutes(u"-0:05"_s), -300);
    QCOMPARE(*parseSignedHoursMinutes(u"150:00"_s), 540000);

    QCOMPARE(*parseDurationNumber(u"12"_s, 60), 720);
    QCOMPARE(*parseDurationNumber(u"12.5"_s, 60), 750);
    QCOMPARE(*parseDurationNumber(u"12,5"_s, 60), 750);
    QCOMPARE(*parseDurationNumber(u"0.4"_s, 1), 0);
    QCOMPARE(*parseDurationNumber(u"0.5"_s, 1), 1);
    QCOMPARE(*parseDurationNumber(u" 3600 "_s, 1), 3600);

    QCOMPARE(*parseWordedDuration(u"1 hours 5 minutes 0 seconds"_s), 3900);
    QCOMPARE(*parseWordedDuration(u"2 days 0 hours 0 minutes 1 seconds"_s), 172801);
    QCOMPARE(*parseWordedDuration(u"3 jours 2 heures 0 minutes 0 secondes"_s), 266400);
    QCOMPARE(*parseWordedDuration(u"45 seconds"_s), 45);
    QCOMPARE(*parseWordedDuration(u"1\u00A0Hours 2\u00A0Minutes"_s), 3720);
    QCOMPARE(*parseWordedDuration(u"3600"_s), 3600);
}

void tst_HelpdeskTimestamps::refusesBadDurations_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("remaining without colon") << 0 << u"130"_s;
    QTest::newRow("remaining one-digit minutes") << 0 << u"1:5"_s;
    QTest::newRow("remaining 60 minutes") << 0 << u"1:60"_s;
    QTest::newRow("remaining words") << 0 << u"soon"_s;
    QTest::newRow("number negative") << 1 << u"-3"_s;
    QTest::newRow("number words") << 1 << u"x"_s;
    QTest::newRow("number two marks") << 1 << u"1.2.3"_s;
    QTest::newRow("words unknown unit") << 2 << u"3 fortnights"_s;
    QTest::newRow("words no number") << 2 << u"five minutes"_s;
    QTest::newRow("words empty") << 2 << QString();
    QTest::newRow("words two bare numbers") << 2 << u"3 4"_s;
}

void tst_HelpdeskTimestamps::refusesBadDurations()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    const Expected<qint64> parsed = kind == 0   ? parseSignedHoursMinutes(text)
                                    : kind == 1 ? parseDurationNumber(text, 60)
                                                : parseWordedDuration(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.message().contains(u'"' + text.trimmed() + u'"'), qPrintable(parsed.message()));
}

void tst_HelpdeskTimestamps::knowsWhichSourcesNeedAZone()
{
    QVERIFY(!writesZonelessTimes(HelpdeskSource::ZendeskJson));
    QVERIFY(!writesZonelessTimes(HelpdeskSource::SupportDesk));
    QVERIFY(writesZonelessTimes(HelpdeskSource::Jira));
    QVERIFY(writesZonelessTimes(HelpdeskSource::Zendesk));
}

QTEST_GUILESS_MAIN(tst_HelpdeskTimestamps)
#include "tst_helpdesktimestamps.moc"
