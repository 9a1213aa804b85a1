#include "Reconciliation.h"
#include "ReconciliationReport.h"
#include "ReconciliationTestData.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

// The comparison, its counts and its files; the causes of the mismatches are
// tested in tst_reconciliationcauses. Figures are worked out by hand on the
// calendar of ReconciliationTestData.h.

class TestReconciliation : public QObject
{
    Q_OBJECT

private slots:
    void differenceBuckets_data();
    void differenceBuckets();
    void tolerance();
    void withinTargetDisagreements();
    void remainingTimeDisagreements();
    void notComparable();
    void boundedMismatchList();
    void largestDifference();
    void csvOfMismatches();
    void summaryText();
    void codes();
};

void TestReconciliation::differenceBuckets_data()
{
    QTest::addColumn<qint64>("difference");
    QTest::addColumn<QString>("bucket");
    QTest::newRow("minus one day") << qint64(-86400) << u"minus_day_or_more"_s;
    QTest::newRow("just above minus one day") << qint64(-86399) << u"minus_hour_to_day"_s;
    QTest::newRow("minus one hour") << qint64(-3600) << u"minus_hour_to_day"_s;
    QTest::newRow("just above minus one hour") << qint64(-3599) << u"minus_tolerance_to_hour"_s;
    QTest::newRow("just past the tolerance below") << qint64(-61) << u"minus_tolerance_to_hour"_s;
    QTest::newRow("tolerance below") << qint64(-60) << u"within_tolerance"_s;
    QTest::newRow("zero") << qint64(0) << u"within_tolerance"_s;
    QTest::newRow("tolerance above") << qint64(60) << u"within_tolerance"_s;
    QTest::newRow("just past the tolerance above") << qint64(61) << u"tolerance_to_hour"_s;
    QTest::newRow("just below one hour") << qint64(3599) << u"tolerance_to_hour"_s;
    QTest::newRow("one hour") << qint64(3600) << u"hour_to_day"_s;
    QTest::newRow("just below one day") << qint64(86399) << u"hour_to_day"_s;
    QTest::newRow("one day") << qint64(86400) << u"day_or_more"_s;
}

void TestReconciliation::differenceBuckets()
{
    QFETCH(qint64, difference);
    QFETCH(QString, bucket);
    QCOMPARE(differenceBucketCode(differenceBucketOf(difference, 60)), bucket);
}

void TestReconciliation::tolerance()
{
    // 10800 s here; 60 s apart matches, 61 s does not.
    Reconciler reconciler(seededCatalog());
    const AccountFacts facts = acme();
    reconciler.add(foreign(u"A"_s, paris(5, 5, 9), paris(5, 5, 12), businessSeconds(10860)), facts);
    reconciler.add(foreign(u"B"_s, paris(5, 5, 9), paris(5, 5, 12), businessSeconds(10861)), facts);
    QCOMPARE(reconciler.summary().compared, 2);
    QCOMPARE(reconciler.summary().matching, 1);
    QCOMPARE(reconciler.summary().mismatched, 1);
    QCOMPARE(reconciler.summary().histogram[int(DifferenceBucket::WithinTolerance)], 1);
    QCOMPARE(reconciler.summary().histogram[int(DifferenceBucket::MinusToleranceToHour)], 1);
    QCOMPARE(reconciler.mismatches().constFirst().ticketId, u"B"_s);

    // A wider tolerance takes both.
    Reconciler lenient(seededCatalog());
    lenient.setToleranceSeconds(120);
    lenient.add(foreign(u"B"_s, paris(5, 5, 9), paris(5, 5, 12), businessSeconds(10861)), facts);
    QCOMPARE(lenient.summary().matching, 1);
}

void TestReconciliation::withinTargetDisagreements()
{
    const AccountFacts facts = acme();
    // P1 on Production: 3 business hours (10800 s).
    // Tuesday 5 May 09:00 to 13:00: 14400 s, breached here.
    Reconciler reconciler(seededCatalog());
    reconciler.add(foreign(u"W1"_s, paris(5, 5, 9), paris(5, 5, 13), withinTarget(true), Priority::P1),
                   facts);
    reconciler.add(foreign(u"W2"_s, paris(5, 5, 9), paris(5, 5, 13), withinTarget(false), Priority::P1),
                   facts);
    // Thursday 30 April 16:00 to Monday 4 May 10:00: 7200 s, within here;
    // the tool says violated, which it would with 1 May open (36000 s).
    reconciler.add(foreign(u"W3"_s, paris(4, 30, 16), paris(5, 4, 10), withinTarget(false), Priority::P1),
                   facts);
    QCOMPARE(reconciler.summary().compared, 3);
    QCOMPARE(reconciler.summary().matching, 1);
    QCOMPARE(reconciler.summary().mismatched, 2);
    // A yes/no figure has no difference: no histogram, no largest.
    QCOMPARE(reconciler.summary().histogram[int(DifferenceBucket::WithinTolerance)], 0);
    QVERIFY(!reconciler.summary().largest);

    const ReconciledMismatch &w1 = reconciler.mismatches().at(0);
    QCOMPARE(w1.ticketId, u"W1"_s);
    QCOMPARE(w1.oursSeconds, 14400);
    QCOMPARE(w1.targetSeconds, std::optional<qint64>(10800));
    QCOMPARE(w1.oursClock, TargetClock::Business);
    QVERIFY(!w1.differenceSeconds);
    // The tool within 3 h: its hours in UTC (11-19 Paris) give 2 h, the first
    // variant that agrees. A yes/no figure is weak evidence; it is the rule.
    QCOMPARE(mismatchCauseCode(w1.cause.cause), u"zone"_s);

    const ReconciledMismatch &w3 = reconciler.mismatches().at(1);
    QCOMPARE(w3.oursSeconds, 7200);
    QCOMPARE(mismatchCauseCode(w3.cause.cause), u"holiday_missing_there"_s);
    QCOMPARE(w3.cause.dates, QList<QDate>{QDate(2026, 5, 1)});
}

void TestReconciliation::remainingTimeDisagreements()
{
    // P2 on Production: 6 business hours (21600 s). Tuesday 5 May 09:00 to
    // 16:00: 25200 s, breached here.
    Reconciler reconciler(seededCatalog());
    const AccountFacts facts = acme();
    reconciler.add(foreign(u"R1"_s, paris(5, 5, 9), paris(5, 5, 16), remaining(3600), Priority::P2), facts);
    reconciler.add(foreign(u"R2"_s, paris(5, 5, 9), paris(5, 5, 16), remaining(-3600), Priority::P2), facts);
    // No time left is not a breach there: it is one here.
    reconciler.add(foreign(u"R3"_s, paris(5, 5, 9), paris(5, 5, 16), remaining(0), Priority::P2), facts);
    // Enterprise P1: 60 minutes around the clock. Saturday 9 May 10:00 to
    // 10:30: 1800 s of real time, within; the tool says breached. A 24/7
    // target has no calendar to blame.
    reconciler.add(foreign(u"R4"_s, paris(5, 9, 10), paris(5, 9, 10, 30), remaining(-60), Priority::P1),
                   acme(u"enterprise"_s));
    QCOMPARE(reconciler.summary().compared, 4);
    QCOMPARE(reconciler.summary().matching, 1);
    QCOMPARE(reconciler.summary().mismatched, 3);
    QCOMPARE(reconciler.mismatches().at(0).ticketId, u"R1"_s);
    QCOMPARE(reconciler.mismatches().at(0).oursSeconds, 25200);
    QCOMPARE(reconciler.mismatches().at(0).targetSeconds, std::optional<qint64>(21600));
    QCOMPARE(reconciler.mismatches().at(1).ticketId, u"R3"_s);
    const ReconciledMismatch &r4 = reconciler.mismatches().at(2);
    QCOMPARE(r4.oursClock, TargetClock::Continuous);
    QCOMPARE(r4.oursSeconds, 1800);
    QCOMPARE(r4.targetSeconds, std::optional<qint64>(3600));
    QCOMPARE(r4.cause.cause, MismatchCause::Unknown);
}

void TestReconciliation::notComparable()
{
    Reconciler reconciler(seededCatalog());
    const AccountFacts facts = acme();
    reconciler.add(foreign(u"N1"_s, paris(5, 5, 9), paris(5, 5, 10), std::nullopt), facts);
    reconciler.add(foreign(u"N2"_s, paris(5, 5, 9), std::nullopt, businessSeconds(60)), facts);
    reconciler.add(foreign(u"N3"_s, paris(5, 5, 9), paris(5, 5, 8), businessSeconds(0)), facts);
    // Developer guarantees nothing: a yes/no figure has nothing to agree with.
    reconciler.add(foreign(u"N4"_s, paris(5, 5, 9), paris(5, 5, 10), withinTarget(true)), acme(QString()));
    AccountFacts noCalendar = acme();
    noCalendar.clock = nullptr;
    reconciler.add(foreign(u"N5"_s, paris(5, 5, 9), paris(5, 5, 10), businessSeconds(3600)), noCalendar);
    // A figure in seconds is compared whatever the plan.
    reconciler.add(foreign(u"N6"_s, paris(5, 5, 9), paris(5, 5, 10), businessSeconds(3600)), acme(QString()));

    const ReconciliationSummary &summary = reconciler.summary();
    QCOMPARE(summary.compared, 1);
    QCOMPARE(summary.matching, 1);
    QCOMPARE(summary.notComparable(), 5);
    QCOMPARE(summary.notCompared[int(NotComparedReason::NoFigure)], 1);
    QCOMPARE(summary.notCompared[int(NotComparedReason::NoFirstResponse)], 1);
    QCOMPARE(summary.notCompared[int(NotComparedReason::ResponseBeforeCreation)], 1);
    QCOMPARE(summary.notCompared[int(NotComparedReason::NoTarget)], 1);
    QCOMPARE(summary.notCompared[int(NotComparedReason::NoCalendar)], 1);
    QCOMPARE(summary.histogram[int(DifferenceBucket::WithinTolerance)], 1);
}

void TestReconciliation::boundedMismatchList()
{
    Reconciler reconciler(seededCatalog());
    reconciler.setMaxKeptMismatches(2);
    const AccountFacts facts = acme();
    // Five mismatches of 1234 s (unknown, as above) and a match between them.
    for (int i = 0; i < 5; ++i) {
        reconciler.add(foreign(u"M%1"_s.arg(i), paris(5, 5, 9), paris(5, 5, 12), businessSeconds(9566)),
                       facts);
        if (i == 1)
            reconciler.add(foreign(u"OK"_s, paris(5, 5, 9), paris(5, 5, 12), businessSeconds(10800)), facts);
    }
    QCOMPARE(reconciler.mismatches().size(), 2);
    QCOMPARE(reconciler.mismatches().at(0).ticketId, u"M0"_s);
    QCOMPARE(reconciler.mismatches().at(1).ticketId, u"M1"_s);
    QCOMPARE(reconciler.mismatchesNotKept(), 3);
    QCOMPARE(reconciler.summary().mismatched, 5);
    QCOMPARE(reconciler.summary().matching, 1);
    // Causes count every mismatch, kept or not.
    QCOMPARE(reconciler.summary().causes[int(MismatchCause::Unknown)], 5);
    QCOMPARE(reconciler.summary().histogram[int(DifferenceBucket::ToleranceToHour)], 5);
}

void TestReconciliation::largestDifference()
{
    Reconciler reconciler(seededCatalog());
    const AccountFacts facts = acme();
    // +1234, -28800 (the holiday above), then +28800 of the same size: the
    // first of the largest stays.
    reconciler.add(foreign(u"L1"_s, paris(5, 5, 9), paris(5, 5, 12), businessSeconds(9566)), facts);
    reconciler.add(foreign(u"L2"_s, paris(4, 30, 16), paris(5, 4, 10), businessSeconds(36000)), facts);
    reconciler.add(foreign(u"L3"_s, paris(5, 7, 16), paris(5, 11, 10), businessSeconds(7200)), facts);
    QVERIFY(reconciler.summary().largest);
    QCOMPARE(reconciler.summary().largest->ticketId, u"L2"_s);
    QCOMPARE(reconciler.summary().largest->account, u"Acme"_s);
    QCOMPARE(reconciler.summary().largest->seconds, -28800);
    QCOMPARE(reconciler.summary().causes[int(MismatchCause::HolidayMissingThere)], 1);
    QCOMPARE(reconciler.summary().causes[int(MismatchCause::HolidayMissingHere)], 1);
    QCOMPARE(reconciler.summary().causes[int(MismatchCause::Unknown)], 1);
}

void TestReconciliation::csvOfMismatches()
{
    Reconciler reconciler(seededCatalog());
    const AccountFacts facts = acme();
    reconciler.add(
        foreign(u"T1"_s, paris(4, 30, 16), paris(5, 4, 10), businessSeconds(36000), Priority::P3, 7), facts);
    // An id that a spreadsheet would evaluate gets its apostrophe.
    reconciler.add(
        foreign(u"=T2"_s, paris(5, 5, 7, 30), paris(5, 5, 12), businessSeconds(14400), Priority::P3, 8),
        facts);
    reconciler.add(foreign(u"T3"_s, paris(5, 5, 9), paris(5, 5, 13), withinTarget(false), Priority::P1, 9),
                   facts);
    reconciler.add(foreign(u"T4"_s, paris(5, 5, 9), paris(5, 5, 13), withinTarget(true), Priority::P1, 10),
                   facts);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status written = ReconciliationReport::writeCsv(reconciler.mismatches(), &buffer);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    // Paris is UTC+2 in May: 16:00 is 14:00Z, 07:30 is 05:30Z.
    const QByteArray expected =
        "line,account,ticket_id,figure,created_at,first_response_at,ours_seconds,clock,theirs,"
        "difference_seconds,target_seconds,cause,cause_dates,cause_detail\n"
        "7,Acme,T1,business_seconds,2026-04-30T14:00:00Z,2026-05-04T08:00:00Z,7200,business,36000,-28800,,"
        "holiday_missing_there,2026-05-01,\n"
        "8,Acme,'=T2,business_seconds,2026-05-05T05:30:00Z,2026-05-05T10:00:00Z,10800,business,14400,-3600,,"
        "hours,,+3600\n"
        "10,Acme,T4,within_target,2026-05-05T07:00:00Z,2026-05-05T11:00:00Z,14400,business,1,,10800,"
        "zone,,UTC\n";
    QCOMPARE(buffer.data(), expected);
}

void TestReconciliation::summaryText()
{
    Reconciler reconciler(seededCatalog());
    reconciler.setMaxKeptMismatches(0);
    const AccountFacts facts = acme();
    reconciler.add(foreign(u"T1"_s, paris(4, 30, 16), paris(5, 4, 10), businessSeconds(36000)), facts);
    reconciler.add(foreign(u"T2"_s, paris(5, 5, 9), paris(5, 5, 12), businessSeconds(10800)), facts);
    reconciler.add(foreign(u"T3"_s, paris(5, 5, 9), paris(5, 5, 12), std::nullopt), facts);
    QCOMPARE(ReconciliationReport::summaryText(reconciler),
             u"Compared: 2 (matching 1, mismatched 1)\n"
             "Not comparable: 1 (no_figure 1)\n"
             "Largest difference (ours - theirs): -8:00:00 (-28800 s), ticket T1 of Acme\n"
             "Differences: minus_day_or_more 0, minus_hour_to_day 1, minus_tolerance_to_hour 0, "
             "within_tolerance 1, tolerance_to_hour 0, hour_to_day 0, day_or_more 0\n"
             "Likely causes: holiday_missing_there 1\n"
             "Mismatches not listed: 1\n"_s);
    QCOMPARE(formatSignedDuration(0), u"0:00:00"_s);
    QCOMPARE(formatSignedDuration(3661), u"+1:01:01"_s);
}

void TestReconciliation::codes()
{
    // The words of the command line's files: scripts read them.
    QStringList reasons;
    for (int reason = 0; reason < NotComparedReasonCount; ++reason)
        reasons << notComparedReasonCode(NotComparedReason(reason));
    QCOMPARE(reasons, (QStringList{u"no_figure"_s, u"no_first_response"_s, u"response_before_creation"_s,
                                   u"no_target"_s, u"no_calendar"_s}));
    QCOMPARE(toolFigureCode(ToolFigure::Kind::BusinessSeconds), u"business_seconds"_s);
    QCOMPARE(toolFigureCode(ToolFigure::Kind::WithinTarget), u"within_target"_s);
    QCOMPARE(toolFigureCode(ToolFigure::Kind::RemainingSeconds), u"remaining_seconds"_s);
}

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
