// The quarterly review's own figures, hand-worked: attainment over months
// and plan segments (a segment without a guarantee counts for nothing), the
// coming quarter's closures (only on days the calendar would be open,
// observed dates), what each seeded plan would have cost for the quarter,
// and the change between quarters.
#include "QuarterlyReview.h"
#include "ReportBuilder.h"
#include "UtcClock.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const UtcClock Clock;

qint64 at(QDate day, int hour = 0)
{
    return Clock.startOfLocalDay(day) + hour * 3600;
}

StatementTicketInput p1(const QString &id, QDate day, qint64 minutes)
{
    StatementTicketInput ticket;
    ticket.id = id;
    ticket.priority = Priority::P1;
    ticket.createdAt = at(day, 10);
    ticket.firstResponseAt = ticket.createdAt + minutes * 60;
    return ticket;
}

// A month of the account: Developer (no guarantee) until the 14th of
// August, Enterprise (P1: an hour around the clock) from the 15th.
MonthlyStatement month(YearMonth month, const QList<StatementTicketInput> &tickets, qint64 spendCents = 0)
{
    static const PlanCatalog catalog = PlanCatalog::seeded();
    Account account;
    account.name = u"Acme"_s;
    StatementBuilder builder(
        catalog, account, Clock,
        {PlanChange{u"developer"_s, QDate(2026, 1, 1)}, PlanChange{u"enterprise"_s, QDate(2026, 8, 15)}},
        spendCents, month, at(QDate(2026, 12, 1)));
    for (const StatementTicketInput &ticket : tickets)
        builder.addTicket(ticket);
    return builder.finish({});
}

} // namespace

class TestQuarterlyReview : public QObject
{
    Q_OBJECT

private slots:
    void attainmentOverMonthsAndSegments()
    {
        // July on Developer: no guarantee. August: one ticket before the
        // change (not guaranteed), two after (55 min: close; 70: missed).
        // September: 10 and 50 minutes (50 is close).
        const QList<MonthlyStatement> quarter{
            month({2026, 7}, {p1(u"J"_s, QDate(2026, 7, 3), 500)}),
            month({2026, 8}, {p1(u"A1"_s, QDate(2026, 8, 3), 500), p1(u"A2"_s, QDate(2026, 8, 20), 55),
                              p1(u"A3"_s, QDate(2026, 8, 21), 70)}),
            month({2026, 9}, {p1(u"S1"_s, QDate(2026, 9, 1), 10), p1(u"S2"_s, QDate(2026, 9, 2), 50)})};

        const PriorityAttainment july = attainment({quarter[0]}, Priority::P1);
        QVERIFY(!july.guaranteed);
        QCOMPARE(july.withinBasisPoints(), std::nullopt);

        const PriorityAttainment august = attainment({quarter[1]}, Priority::P1);
        QVERIFY(august.guaranteed);
        QCOMPARE(august.tickets, 2);
        QCOMPARE(august.withinTarget, 1);
        QCOMPARE(august.nearMisses, 1);
        QCOMPARE(august.withinBasisPoints(), std::optional<qint64>(5000));

        const PriorityAttainment all = attainment(quarter, Priority::P1);
        QCOMPARE(all.tickets, 4);
        QCOMPARE(all.withinTarget, 3);
        QCOMPARE(all.nearMisses, 2);
        QCOMPARE(all.withinBasisPoints(), std::optional<qint64>(7500));

        // P2 is guaranteed on Enterprise but had no ticket.
        const PriorityAttainment p2 = attainment(quarter, Priority::P2);
        QVERIFY(p2.guaranteed);
        QCOMPARE(p2.withinBasisPoints(), std::nullopt);
    }

    void closuresOnOpenDaysOnly()
    {
        Calendar calendar;
        calendar.name = u"Paris office"_s;
        for (int weekday = 0; weekday < 5; ++weekday)
            calendar.schedule[std::size_t(weekday)] = {DailyInterval{9 * 60, 17 * 60}};
        HolidayRule saturday; // 2026-10-03 is a Saturday: closed anyway
        saturday.date = QDate(2026, 10, 3);
        saturday.name = u"Open day"_s;
        HolidayRule armistice;
        armistice.kind = HolidayRule::Kind::FixedDay;
        armistice.month = 11;
        armistice.day = 11;
        armistice.name = u"Armistice"_s;
        HolidayRule christmas; // observed: 2027-12-25 is a Saturday, closed on Friday the 24th
        christmas.kind = HolidayRule::Kind::FixedDay;
        christmas.month = 12;
        christmas.day = 25;
        christmas.observed = true;
        christmas.name = u"Christmas"_s;
        calendar.holidays = {saturday, armistice, christmas};

        const QList<ReviewClosure> q4 = closuresBetween(calendar, QDate(2026, 10, 1), QDate(2026, 12, 31));
        QCOMPARE(q4.size(), 2);
        QCOMPARE(q4[0].date, QDate(2026, 11, 11));
        QCOMPARE(q4[0].name, u"Armistice"_s);
        QCOMPARE(q4[1].date, QDate(2026, 12, 25));

        const QList<ReviewClosure> q4Later =
            closuresBetween(calendar, QDate(2027, 10, 1), QDate(2027, 12, 31));
        QCOMPARE(q4Later.size(), 2);
        QCOMPARE(q4Later[0].date, QDate(2027, 11, 11));
        QCOMPARE(q4Later[1].date, QDate(2027, 12, 24));
        QCOMPARE(q4Later[1].name, u"Christmas"_s);
    }

    void whatEachPlanWouldHaveCost()
    {
        // $10,000, $20,000 and $50,000 of spend. Production: 4 %, at least
        // $250 → 400 + 800 + 2,000. Enterprise: 6 %, at least $1,500 →
        // 1,500 + 1,500 + 3,000. Personalized: 8 %, at least $5,000 → 5,000
        // × 2 + 5,000 (8 % of 50,000 is 4,000).
        const QList<MonthlyStatement> quarter{month({2026, 7}, {}, 1000000), month({2026, 8}, {}, 2000000),
                                              month({2026, 9}, {}, 5000000)};
        const QList<ReviewPlanOption> options = planOptions(PlanCatalog::seeded(), quarter);
        QCOMPARE(options.size(), 4);
        QCOMPARE(options[0].planId, u"developer"_s);
        QCOMPARE(options[0].quarterFeeCents, 0);
        QVERIFY(!options[0].meetsNeeds);
        QCOMPARE(options[1].planId, u"production"_s);
        QCOMPARE(options[1].quarterFeeCents, 320000);
        // Production's P1 is 3 business hours, not Enterprise's hour 24/7.
        QVERIFY(!options[1].meetsNeeds);
        QCOMPARE(options[2].planId, u"enterprise"_s);
        QCOMPARE(options[2].quarterFeeCents, 600000);
        QVERIFY(options[2].current);
        QVERIFY(options[2].meetsNeeds);
        QCOMPARE(options[3].quarterFeeCents, 1500000);
        QVERIFY(!options[3].current);
        QVERIFY(options[3].meetsNeeds);
        QCOMPARE(options[3].targets[0].minutes, 60);
        QCOMPARE(options[3].targets[0].clock, TargetClock::Continuous);
    }

    void reviewFeatureOfThePlanAtTheEnd()
    {
        QuarterlyReview review;
        review.months = {month({2026, 9}, {})};
        QVERIFY(!review.planIncludesReview()); // Enterprise
        review.months.last().segments.last().terms.set(PlanFeature::QuarterlyStatusReview);
        QVERIFY(review.planIncludesReview());
        review.months.clear();
        QVERIFY(!review.planIncludesReview());
    }

    void changeBetweenQuarters()
    {
        QCOMPARE(changeBasisPoints(518, 820), std::optional<qint64>(5830));
        QCOMPARE(changeBasisPoints(6, 5), std::optional<qint64>(-1667));
        QCOMPARE(changeBasisPoints(8, 8), std::optional<qint64>(0));
        QCOMPARE(changeBasisPoints(0, 5), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestQuarterlyReview)
#include "tst_quarterlyreview.moc"
