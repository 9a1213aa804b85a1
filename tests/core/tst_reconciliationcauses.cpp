#include "Reconciliation.h"
#include "ReconciliationCauses.h"
#include "ReconciliationTestData.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The likely cause of each mismatch, worked out from variants of the
// account's calendar (ReconciliationTestData.h: Paris, Monday to Friday
// 09:00-17:00, closed on 1 May 2026).
class TestReconciliationCauses : public QObject
{
    Q_OBJECT

private slots:
    void holidayCountedByTheTool();
    void holidaysCountedTogether();
    void holidayOfTheToolMissingHere();
    void holidayMissingHereOnEitherFullDay();
    void toolCountingInUtc();
    void toolIgnoringDaylightSaving();
    void toolDayLonger();
    void toolCountingAroundTheClock();
    void unexplainedDifference();
    void codes();
};

void TestReconciliationCauses::holidayCountedByTheTool()
{
    // Thursday 30 April 16:00 to Monday 4 May 10:00. Ours: Thursday 16-17
    // (1 h), Friday closed (1 May), Monday 9-10 (1 h) = 7200 s. The tool kept
    // Friday open: 7200 + 8 h = 36000 s. Difference 7200 - 36000 = -28800.
    const ReconciledMismatch row =
        onlyMismatch(foreign(u"T1"_s, paris(4, 30, 16), paris(5, 4, 10), businessSeconds(36000)));
    QCOMPARE(row.oursSeconds, 7200);
    QCOMPARE(row.differenceSeconds, std::optional<qint64>(-28800));
    QCOMPARE(mismatchCauseCode(row.cause.cause), u"holiday_missing_there"_s);
    QCOMPARE(row.cause.dates, QList<QDate>{QDate(2026, 5, 1)});
}

void TestReconciliationCauses::holidaysCountedTogether()
{
    // With Monday 4 May closed too, Thursday 30 April 16:00 to Tuesday 5 May
    // 10:00 is 1 h + 1 h = 7200 s here. A tool that kept both days open
    // says 7200 + 2 x 8 h = 64800 s; reopening one day gives 36000 s, no
    // fit; reopening both does.
    AccountFacts facts = acme();
    facts.clock = parisOffice({QDate(2026, 5, 4)});
    const ReconciledMismatch row =
        onlyMismatch(foreign(u"T0"_s, paris(4, 30, 16), paris(5, 5, 10), businessSeconds(64800)), facts);
    QCOMPARE(row.oursSeconds, 7200);
    QCOMPARE(mismatchCauseCode(row.cause.cause), u"holiday_missing_there"_s);
    QCOMPARE(row.cause.dates, (QList<QDate>{QDate(2026, 5, 1), QDate(2026, 5, 4)}));
}

void TestReconciliationCauses::holidayOfTheToolMissingHere()
{
    // Thursday 7 May 16:00 to Monday 11 May 10:00. Ours: 1 h + Friday 8 May
    // 8 h + 1 h = 36000 s. The tool closes 8 May (a French holiday our
    // calendar lacks): 7200 s. Closing Thursday or Monday instead would
    // take 1 h only, and neither day is wholly inside: only 8 May is named.
    const ReconciledMismatch row =
        onlyMismatch(foreign(u"T2"_s, paris(5, 7, 16), paris(5, 11, 10), businessSeconds(7200)));
    QCOMPARE(row.oursSeconds, 36000);
    QCOMPARE(row.differenceSeconds, std::optional<qint64>(28800));
    QCOMPARE(mismatchCauseCode(row.cause.cause), u"holiday_missing_here"_s);
    QCOMPARE(row.cause.dates, QList<QDate>{QDate(2026, 5, 8)});
}

void TestReconciliationCauses::holidayMissingHereOnEitherFullDay()
{
    // Wednesday 6 May 16:00 to Monday 11 May 10:00: 1 + 8 + 8 + 1 = 18 h.
    // The tool says 10 h: closing Thursday 7 or Friday 8 gives that; the
    // figure cannot tell which, so both are named.
    const ReconciledMismatch row =
        onlyMismatch(foreign(u"T3"_s, paris(5, 6, 16), paris(5, 11, 10), businessSeconds(10 * Hour)));
    QCOMPARE(row.oursSeconds, 18 * Hour);
    QCOMPARE(mismatchCauseCode(row.cause.cause), u"holiday_missing_here"_s);
    QCOMPARE(row.cause.dates, (QList<QDate>{QDate(2026, 5, 7), QDate(2026, 5, 8)}));
}

void TestReconciliationCauses::toolCountingInUtc()
{
    // Tuesday 5 May 08:00 to 18:00 Paris. Ours: 09-17 = 28800 s. The tool's
    // 09:00-17:00 in UTC is 11:00-19:00 in Paris: 11-18 = 25200 s. Closing
    // the whole Tuesday (28800 s, wholly inside) would give 0: no holiday.
    const ReconciledMismatch row =
        onlyMismatch(foreign(u"T4"_s, paris(5, 5, 8), paris(5, 5, 18), businessSeconds(25200)));
    QCOMPARE(row.differenceSeconds, std::optional<qint64>(3600));
    QCOMPARE(mismatchCauseCode(row.cause.cause), u"zone"_s);
    QCOMPARE(row.cause.detail, u"UTC"_s);
    QVERIFY(row.cause.dates.isEmpty());

    // An answer before the tool's day opens: 0 s there, 1 h here. No day is
    // wholly inside, so it is not taken for a holiday.
    const ReconciledMismatch early =
        onlyMismatch(foreign(u"T5"_s, paris(5, 5, 8), paris(5, 5, 10), businessSeconds(0)));
    QCOMPARE(early.oursSeconds, 3600);
    QCOMPARE(mismatchCauseCode(early.cause.cause), u"zone"_s);
    QCOMPARE(early.cause.detail, u"UTC"_s);
}

void TestReconciliationCauses::toolIgnoringDaylightSaving()
{
    // Friday 27 March 16:00 (UTC+1) to Monday 30 March 10:00 (UTC+2). Ours:
    // 1 h + 1 h = 7200 s. A tool keeping UTC+1 all year opens Monday at
    // 10:00 Paris time: 1 h + 0 = 3600 s. In UTC it would count Friday
    // 15:00-17:00 UTC (2 h) and Monday nothing before 09:00 UTC: 7200 s, no
    // fit; the fixed offset of before the change fits, and the change's date
    // is named.
    const ReconciledMismatch row =
        onlyMismatch(foreign(u"T6"_s, paris(3, 27, 16), paris(3, 30, 10), businessSeconds(3600)));
    QCOMPARE(row.oursSeconds, 7200);
    QCOMPARE(mismatchCauseCode(row.cause.cause), u"zone"_s);
    QCOMPARE(row.cause.detail, u"UTC+01:00"_s);
    QCOMPARE(row.cause.dates, QList<QDate>{QDate(2026, 3, 29)});
}

void TestReconciliationCauses::toolDayLonger()
{
    // Tuesday 5 May 07:30 to 12:00. Ours 09-12 = 10800 s; a tool opening at
    // 08:00 says 14400 s. In UTC (11-19 Paris) it would be 3600 s, around
    // the clock 16200 s: neither fits. One business day touched, 3600 s more
    // on it: a day one hour longer.
    const ReconciledMismatch row =
        onlyMismatch(foreign(u"T7"_s, paris(5, 5, 7, 30), paris(5, 5, 12), businessSeconds(14400)));
    QCOMPARE(row.differenceSeconds, std::optional<qint64>(-3600));
    QCOMPARE(mismatchCauseCode(row.cause.cause), u"hours"_s);
    QCOMPARE(row.cause.detail, u"+3600"_s);

    // Monday 4 May 09:00 to Wednesday 6 May 17:00: three full days, 24 h
    // here; a tool closing at 16:30 counts 3 x 7.5 h = 81000 s, half an hour
    // less on each of the three business days.
    const ReconciledMismatch shorter =
        onlyMismatch(foreign(u"T8"_s, paris(5, 4, 9), paris(5, 6, 17), businessSeconds(81000)));
    QCOMPARE(shorter.oursSeconds, 24 * Hour);
    QCOMPARE(mismatchCauseCode(shorter.cause.cause), u"hours"_s);
    QCOMPARE(shorter.cause.detail, u"-1800"_s);
}

void TestReconciliationCauses::toolCountingAroundTheClock()
{
    // Tuesday 5 May 16:00 to Wednesday 10:00: 2 h of business time, 18 h of
    // real time, which is what the tool gave.
    const ReconciledMismatch row =
        onlyMismatch(foreign(u"T9"_s, paris(5, 5, 16), paris(5, 6, 10), businessSeconds(18 * Hour)));
    QCOMPARE(row.oursSeconds, 7200);
    QCOMPARE(mismatchCauseCode(row.cause.cause), u"hours"_s);
    QCOMPARE(row.cause.detail, u"24/7"_s);
}

void TestReconciliationCauses::unexplainedDifference()
{
    // Tuesday 5 May 09:00 to 12:00: 10800 s; the tool says 9566 s (1234 s
    // less). UTC gives 3600 s, real time 10800 s; per business day 1234 s is
    // nearest 900 s, 334 s off: beyond the tolerance. Nothing fits.
    const ReconciledMismatch row =
        onlyMismatch(foreign(u"T10"_s, paris(5, 5, 9), paris(5, 5, 12), businessSeconds(9566)));
    QCOMPARE(row.differenceSeconds, std::optional<qint64>(1234));
    QCOMPARE(mismatchCauseCode(row.cause.cause), u"unknown"_s);
    QVERIFY(row.cause.dates.isEmpty());
    QVERIFY(row.cause.detail.isEmpty());
}

void TestReconciliationCauses::codes()
{
    // The words of the command line's files: scripts read them.
    QStringList causes;
    for (MismatchCause cause : AllMismatchCauses)
        causes << mismatchCauseCode(cause);
    QCOMPARE(causes, (QStringList{u"holiday_missing_here"_s, u"holiday_missing_there"_s, u"zone"_s,
                                  u"hours"_s, u"unknown"_s}));
}

QTEST_GUILESS_MAIN(TestReconciliationCauses)
#include "tst_reconciliationcauses.moc"
