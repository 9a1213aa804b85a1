#include "BusinessClock.h"
#include "HoursSpec.h"
#include "Reconciliation.h"
#include "ReconciliationReport.h"
#include "ZoneRules.h"

#include <QBuffer>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// Every figure below is worked out by hand on the calendar "Paris office":
// Europe/Paris, Monday to Friday 09:00-17:00, closed on Friday 1 May 2026.
// Paris is at UTC+2 in May and switches from UTC+1 on Sunday 29 March 2026.
// The account is on Production from 1 January 2026 (seeded terms: P1 three
// business hours, P2 six, P3 nine) unless a test says otherwise.

namespace {

constexpr qint64 Hour = 3600;

qint64 paris(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone("Europe/Paris"))
        .toSecsSinceEpoch();
}

std::shared_ptr<const BusinessClock> parisOffice(const QList<QDate> &moreHolidays = {})
{
    Calendar calendar;
    calendar.name = u"Paris office"_s;
    calendar.timeZoneId = u"Europe/Paris"_s;
    calendar.schedule = *parseHoursSpec(u"mon-fri 09:00-17:00"_s);
    HolidayRule labourDay;
    labourDay.date = QDate(2026, 5, 1);
    calendar.holidays << labourDay;
    for (const QDate &date : moreHolidays) {
        HolidayRule rule;
        rule.date = date;
        calendar.holidays << rule;
    }
    return std::make_shared<const BusinessClock>(calendar);
}

AccountFacts acme(const QString &plan = u"production"_s)
{
    AccountFacts facts;
    facts.account.name = u"Acme"_s;
    facts.account.timeZoneId = u"Europe/Paris"_s;
    facts.zone = ZoneRules::forZone(u"Europe/Paris"_s);
    facts.clock = parisOffice();
    if (!plan.isEmpty())
        facts.planHistory << PlanChange{plan, QDate(2026, 1, 1)};
    return facts;
}

ForeignTicket foreign(const QString &id, qint64 created, std::optional<qint64> response,
                      std::optional<ToolFigure> figure, Priority priority = Priority::P3, int line = 2)
{
    ForeignTicket ticket;
    ticket.ticket.id = id;
    ticket.ticket.account = u"Acme"_s;
    ticket.ticket.priority = priority;
    ticket.ticket.createdAt = created;
    ticket.ticket.firstResponseAt = response;
    ticket.figure = figure;
    ticket.line = line;
    return ticket;
}

ToolFigure businessSeconds(qint64 seconds)
{
    return {ToolFigure::Kind::BusinessSeconds, seconds};
}

ToolFigure withinTarget(bool within)
{
    return {ToolFigure::Kind::WithinTarget, within ? 1 : 0};
}

ToolFigure remaining(qint64 seconds)
{
    return {ToolFigure::Kind::RemainingSeconds, seconds};
}

std::shared_ptr<const PlanCatalog> seededCatalog()
{
    return std::make_shared<const PlanCatalog>(PlanCatalog::seeded());
}

// The one mismatch a reconciler of one ticket keeps.
ReconciledMismatch onlyMismatch(const ForeignTicket &ticket, const AccountFacts &facts = acme())
{
    Reconciler reconciler(seededCatalog());
    reconciler.add(ticket, facts);
    if (reconciler.mismatches().size() != 1)
        qFatal("expected one mismatch, got %d", int(reconciler.mismatches().size()));
    return reconciler.mismatches().constFirst();
}

} // namespace

class TestReconciliation : public QObject
{
    Q_OBJECT

private slots:
    void differenceBuckets_data();
    void differenceBuckets();
    void holidayCountedByTheTool();
    void holidaysCountedTogether();
    void holidayOfTheToolMissingHere();
    void holidayMissingHereOnEitherFullDay();
    void toolCountingInUtc();
    void toolIgnoringDaylightSaving();
    void toolDayLonger();
    void toolCountingAroundTheClock();
    void unexplainedDifference();
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

void TestReconciliation::holidayCountedByTheTool()
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

void TestReconciliation::holidaysCountedTogether()
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

void TestReconciliation::holidayOfTheToolMissingHere()
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

void TestReconciliation::holidayMissingHereOnEitherFullDay()
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

void TestReconciliation::toolCountingInUtc()
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

void TestReconciliation::toolIgnoringDaylightSaving()
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

void TestReconciliation::toolDayLonger()
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

void TestReconciliation::toolCountingAroundTheClock()
{
    // Tuesday 5 May 16:00 to Wednesday 10:00: 2 h of business time, 18 h of
    // real time, which is what the tool gave.
    const ReconciledMismatch row =
        onlyMismatch(foreign(u"T9"_s, paris(5, 5, 16), paris(5, 6, 10), businessSeconds(18 * Hour)));
    QCOMPARE(row.oursSeconds, 7200);
    QCOMPARE(mismatchCauseCode(row.cause.cause), u"hours"_s);
    QCOMPARE(row.cause.detail, u"24/7"_s);
}

void TestReconciliation::unexplainedDifference()
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
    QStringList causes;
    for (MismatchCause cause : AllMismatchCauses)
        causes << mismatchCauseCode(cause);
    QCOMPARE(causes, (QStringList{u"holiday_missing_here"_s, u"holiday_missing_there"_s, u"zone"_s,
                                  u"hours"_s, u"unknown"_s}));
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
