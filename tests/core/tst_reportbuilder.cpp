#include "ReportBuilder.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ReportStatus)

namespace {

qint64 utc(int year, int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC).toSecsSinceEpoch();
}

// An account whose zone is a fixed offset from UTC and whose calendar is open
// Monday to Friday 09:00-17:00 local time, without holidays.
class FakeClock : public AccountClock
{
public:
    explicit FakeClock(int offsetHours = 0) : m_offset(qint64(offsetHours) * 3600) {}

    QDate localDate(qint64 utcSeconds) const override
    {
        return QDateTime::fromSecsSinceEpoch(utcSeconds + m_offset, Qt::UTC).date();
    }
    qint64 startOfLocalDay(QDate date) const override
    {
        return QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - m_offset;
    }
    qint64 businessSeconds(qint64 fromUtc, qint64 toUtc) const override
    {
        qint64 total = 0;
        for (QDate day = localDate(fromUtc); fromUtc < toUtc && day <= localDate(toUtc);
             day = day.addDays(1)) {
            if (day.dayOfWeek() > 5)
                continue;
            const qint64 open = startOfLocalDay(day) + 9 * 3600;
            const qint64 close = startOfLocalDay(day) + 17 * 3600;
            total += qMax<qint64>(0, qMin(close, toUtc) - qMax(open, fromUtc));
        }
        return total;
    }

private:
    qint64 m_offset;
};

ReportTicket ticket(Priority priority, qint64 created, std::optional<qint64> response = std::nullopt,
                    bool eligible = true)
{
    return ReportTicket{created, response, priority, eligible};
}

AccountReportInput account(const QString &name, const AccountClock *clock, QList<PlanChange> history = {},
                           QHash<int, qint64> spend = {})
{
    return AccountReportInput{name, clock, std::move(history), std::move(spend)};
}

} // namespace

class TestReportBuilder : public QObject
{
    Q_OBJECT

private slots:
    void handBuiltMonth();
    void noTargetStillMeasured();
    void unknownPlanCountsAsDeveloper();
    void asOfCutOffs_data();
    void asOfCutOffs();
    void averagesAndShares_data();
    void averagesAndShares();
    void monthRangeInOnePass();
    void statusCodes();
};

// Production until an upgrade to Enterprise on Saturday 19 September 2026;
// $10,000 of spend; as of Friday 2 October 12:00.
void TestReportBuilder::handBuiltMonth()
{
    const FakeClock clock;
    ReportBuilder builder(PlanCatalog::seeded(), MonthRange{{2026, 9}, {2026, 9}}, utc(2026, 10, 2, 12));
    builder.beginAccount(account(
        u"Acme"_s, &clock, {{u"production"_s, QDate(2026, 1, 1)}, {u"enterprise"_s, QDate(2026, 9, 19)}},
        {{YearMonth{2026, 9}.index(), 1000000}}));
    // Production P1 (180 business minutes): 120 and 60 + 120 minutes.
    builder.addTicket(ticket(Priority::P1, utc(2026, 9, 1, 9), utc(2026, 9, 1, 11)));
    builder.addTicket(ticket(Priority::P1, utc(2026, 9, 1, 16), utc(2026, 9, 2, 11)));
    // Production P2 (360): Friday 10:00 to Monday 12:40 is 420 + 220 minutes; then 180.
    builder.addTicket(ticket(Priority::P2, utc(2026, 9, 4, 10), utc(2026, 9, 7, 12, 40)));
    builder.addTicket(ticket(Priority::P2, utc(2026, 9, 8, 9), utc(2026, 9, 8, 12)));
    // An excluded product never counts, even unanswered.
    builder.addTicket(ticket(Priority::P3, utc(2026, 9, 10, 9), std::nullopt, false));
    // Enterprise P1 (60 minutes, 24/7) over a weekend: 50 and 70 real minutes.
    builder.addTicket(ticket(Priority::P1, utc(2026, 9, 19, 10), utc(2026, 9, 19, 10, 50)));
    builder.addTicket(ticket(Priority::P1, utc(2026, 9, 20, 12), utc(2026, 9, 20, 13, 10)));
    // Enterprise P2 (120): answered only after as-of, so measured to as-of:
    // 480 + 480 + 480 + 180 business minutes.
    builder.addTicket(ticket(Priority::P2, utc(2026, 9, 29, 9), utc(2026, 10, 3, 9)));
    // Enterprise P3 (180): unanswered, 60 + 480 + 180 business minutes to as-of.
    builder.addTicket(ticket(Priority::P3, utc(2026, 9, 30, 16)));
    builder.endAccount();

    const QList<ReportRow> &rows = builder.reportRows();
    QCOMPARE(rows.size(), 6);
    struct Want
    {
        QString plan;
        QDate start;
        QDate end;
        Priority priority;
        TargetClock clock;
        int tickets;
        int answered;
        std::optional<qint64> average;
        std::optional<qint64> within;
        ReportStatus status;
        bool provisional;
        qint64 totalSeconds;
    };
    const QString prod = u"production"_s;
    const QString ent = u"enterprise"_s;
    const QDate s1(2026, 9, 1), e1(2026, 9, 18), s2(2026, 9, 19), e2(2026, 9, 30);
    const auto B = TargetClock::Business;
    const auto C = TargetClock::Continuous;
    const QList<Want> expected{
        {prod, s1, e1, Priority::P1, B, 2, 2, 15000, 10000, ReportStatus::Met, false, 18000},
        {prod, s1, e1, Priority::P2, B, 2, 2, 41000, 5000, ReportStatus::Missed, false, 49200},
        {prod, s1, e1, Priority::P3, B, 0, 0, std::nullopt, std::nullopt, ReportStatus::NoTickets, false, 0},
        {ent, s2, e2, Priority::P1, C, 2, 2, 6000, 5000, ReportStatus::Met, false, 7200},
        {ent, s2, e2, Priority::P2, B, 1, 0, 162000, 0, ReportStatus::Missed, true, 97200},
        {ent, s2, e2, Priority::P3, B, 1, 0, 72000, 0, ReportStatus::Missed, true, 43200},
    };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ReportRow &row = rows[i];
        const Want &want = expected[i];
        QCOMPARE(row.account, u"Acme"_s);
        QCOMPARE(row.month, (YearMonth{2026, 9}));
        QCOMPARE(row.planId, want.plan);
        QCOMPARE(row.segmentStart, want.start);
        QCOMPARE(row.segmentEnd, want.end);
        QCOMPARE(row.priority, want.priority);
        QCOMPARE(row.clock, want.clock);
        QCOMPARE(row.target.clock, want.clock);
        QCOMPARE(row.tickets, want.tickets);
        QCOMPARE(row.answered, want.answered);
        QCOMPARE(row.averageCentiMinutes, want.average);
        QCOMPARE(row.withinTargetBasisPoints, want.within);
        QCOMPARE(row.status, want.status);
        QCOMPARE(row.provisional, want.provisional);
        QCOMPARE(row.totalResponseSeconds, want.totalSeconds);
    }
    QCOMPARE(rows[1].target.minutes, 360);
    QCOMPARE(rows[3].target.minutes, 60);

    // Production: $400 for 18 of 30 days; Enterprise: the $1,500 minimum for 12 of 30.
    const QList<CreditRow> &credits = builder.creditRows();
    QCOMPARE(credits.size(), 2);
    QCOMPARE(credits[0].planId, prod);
    QCOMPARE(credits[0].segmentStart, s1);
    QCOMPARE(credits[0].segmentEnd, e1);
    QCOMPARE(credits[0].activeDays, 18);
    QCOMPARE(credits[0].spendCents, qint64(1000000));
    QCOMPARE(credits[0].feeCents, qint64(24000));
    QCOMPARE(credits[0].missedPriorities, QList<Priority>{Priority::P2});
    QCOMPARE(credits[0].creditCents, qint64(24000));
    QCOMPARE(credits[0].claimDeadline, QDate(2026, 10, 30));
    QCOMPARE(credits[0].provisional, false);
    QCOMPARE(credits[1].planId, ent);
    QCOMPARE(credits[1].activeDays, 12);
    QCOMPARE(credits[1].feeCents, qint64(60000));
    QCOMPARE(credits[1].missedPriorities, (QList<Priority>{Priority::P2, Priority::P3}));
    QCOMPARE(credits[1].creditCents, qint64(60000));
    QCOMPARE(credits[1].provisional, true);
    // The month's credit never exceeds what the month cost.
    QCOMPARE(credits[0].creditCents + credits[1].creditCents, qint64(84000));
    QVERIFY(credits[0].creditCents + credits[1].creditCents <= credits[0].feeCents + credits[1].feeCents);
}

void TestReportBuilder::noTargetStillMeasured()
{
    const FakeClock clock;
    ReportBuilder builder(PlanCatalog::seeded(), MonthRange{{2026, 9}, {2026, 9}}, utc(2026, 10, 1, 0));
    builder.beginAccount(account(u"Beta"_s, &clock));
    // Saturday 10:00 to 12:30: no business time, but 150 real minutes.
    builder.addTicket(ticket(Priority::P2, utc(2026, 9, 5, 10), utc(2026, 9, 5, 12, 30)));
    builder.endAccount();

    const QList<ReportRow> &rows = builder.reportRows();
    QCOMPARE(rows.size(), 3);
    for (const ReportRow &row : rows) {
        QCOMPARE(row.planId, u"developer"_s);
        QCOMPARE(row.clock, TargetClock::None);
        QCOMPARE(row.status, ReportStatus::NoTarget);
        QCOMPARE(row.withinTargetBasisPoints, std::nullopt);
        QCOMPARE(row.segmentStart, QDate(2026, 9, 1));
        QCOMPARE(row.segmentEnd, QDate(2026, 9, 30));
    }
    QCOMPARE(rows[0].tickets, 0);
    QCOMPARE(rows[0].averageCentiMinutes, std::nullopt);
    QCOMPARE(rows[1].tickets, 1);
    QCOMPARE(rows[1].answered, 1);
    QCOMPARE(rows[1].averageCentiMinutes, std::optional<qint64>(15000));

    QCOMPARE(builder.creditRows().size(), 1);
    const CreditRow &credit = builder.creditRows().first();
    QCOMPARE(credit.activeDays, 30);
    QCOMPARE(credit.spendCents, qint64(0));
    QCOMPARE(credit.feeCents, qint64(0));
    QCOMPARE(credit.creditCents, qint64(0));
    QVERIFY(credit.missedPriorities.isEmpty());
}

void TestReportBuilder::unknownPlanCountsAsDeveloper()
{
    const FakeClock clock;
    ReportBuilder builder(PlanCatalog::seeded(), MonthRange{{2026, 9}, {2026, 9}}, utc(2026, 10, 1, 0));
    builder.beginAccount(account(u"Gamma"_s, &clock, {{u"gold"_s, QDate(2026, 9, 11)}},
                                 {{YearMonth{2026, 9}.index(), 1000000}}));
    builder.addTicket(ticket(Priority::P1, utc(2026, 9, 12, 10), utc(2026, 9, 13, 10)));
    builder.endAccount();

    const QList<ReportRow> &rows = builder.reportRows();
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows[3].planId, u"gold"_s);
    QCOMPARE(rows[3].status, ReportStatus::NoTarget);
    QCOMPARE(rows[3].averageCentiMinutes, std::optional<qint64>(144000)); // 24 hours
    const QList<CreditRow> &credits = builder.creditRows();
    QCOMPARE(credits.size(), 2);
    QCOMPARE(credits[1].planId, u"gold"_s);
    QCOMPARE(credits[1].feeCents, qint64(0));
}

void TestReportBuilder::asOfCutOffs_data()
{
    QTest::addColumn<qint64>("created");
    QTest::addColumn<qint64>("response"); // -1: none
    QTest::addColumn<bool>("eligible");
    QTest::addColumn<int>("tickets");
    QTest::addColumn<int>("answered");
    QTest::addColumn<qint64>("average"); // -1: none
    QTest::addColumn<ReportStatus>("status");
    QTest::addColumn<bool>("provisional");

    // As of Tuesday 15 September 2026 12:00, Enterprise P1: 60 minutes 24/7.
    QTest::newRow("answered before as-of") << utc(2026, 9, 15, 10) << utc(2026, 9, 15, 10, 30) << true << 1
                                           << 1 << qint64(3000) << ReportStatus::Met << false;
    QTest::newRow("answered exactly at as-of") << utc(2026, 9, 15, 11) << utc(2026, 9, 15, 12) << true << 1
                                               << 1 << qint64(6000) << ReportStatus::Met << false;
    QTest::newRow("unanswered is measured to as-of") << utc(2026, 9, 15, 11, 30) << qint64(-1) << true << 1
                                                     << 0 << qint64(3000) << ReportStatus::Met << true;
    QTest::newRow("response after as-of counts as none")
        << utc(2026, 9, 15, 10) << utc(2026, 9, 15, 13) << true << 1 << 0 << qint64(12000)
        << ReportStatus::Missed << true;
    QTest::newRow("created at as-of counts")
        << utc(2026, 9, 15, 12) << qint64(-1) << true << 1 << 0 << qint64(0) << ReportStatus::Met << true;
    QTest::newRow("created after as-of is not counted")
        << utc(2026, 9, 15, 12, 0, 1) << qint64(-1) << true << 0 << 0 << qint64(-1) << ReportStatus::NoTickets
        << false;
    QTest::newRow("excluded product") << utc(2026, 9, 15, 10) << utc(2026, 9, 15, 11, 30) << false << 0 << 0
                                      << qint64(-1) << ReportStatus::NoTickets << false;
    QTest::newRow("outside the months") << utc(2026, 8, 31, 23) << qint64(-1) << true << 0 << 0 << qint64(-1)
                                        << ReportStatus::NoTickets << false;
}

void TestReportBuilder::asOfCutOffs()
{
    QFETCH(qint64, created);
    QFETCH(qint64, response);
    QFETCH(bool, eligible);
    QFETCH(int, tickets);
    QFETCH(int, answered);
    QFETCH(qint64, average);
    QFETCH(ReportStatus, status);
    QFETCH(bool, provisional);

    const FakeClock clock;
    ReportBuilder builder(PlanCatalog::seeded(), MonthRange{{2026, 9}, {2026, 9}}, utc(2026, 9, 15, 12));
    builder.beginAccount(account(u"Acme"_s, &clock, {{u"enterprise"_s, QDate(2026, 1, 1)}}));
    builder.addTicket(
        ticket(Priority::P1, created, response < 0 ? std::nullopt : std::optional(response), eligible));
    builder.endAccount();

    const ReportRow &row = builder.reportRows().first();
    QCOMPARE(row.priority, Priority::P1);
    QCOMPARE(row.tickets, tickets);
    QCOMPARE(row.answered, answered);
    QCOMPARE(row.averageCentiMinutes, average < 0 ? std::nullopt : std::optional(average));
    QCOMPARE(row.status, status);
    QCOMPARE(row.provisional, provisional);
    QCOMPARE(builder.creditRows().first().provisional, provisional);
}

void TestReportBuilder::averagesAndShares_data()
{
    QTest::addColumn<QList<qint64>>("seconds");
    QTest::addColumn<qint64>("average");
    QTest::addColumn<qint64>("within");
    QTest::addColumn<ReportStatus>("status");

    // Enterprise P1: 60 minutes (3600 s) around the clock.
    QTest::newRow("100 s over 3 tickets: 0.5556 min")
        << QList<qint64>{100, 0, 0} << qint64(56) << qint64(10000) << ReportStatus::Met;
    QTest::newRow("exactly half a hundredth rounds up")
        << QList<qint64>{3, 0} << qint64(3) << qint64(10000) << ReportStatus::Met;
    QTest::newRow("below half a hundredth rounds down")
        << QList<qint64>{1, 0, 0, 0} << qint64(0) << qint64(10000) << ReportStatus::Met;
    QTest::newRow("one third within")
        << QList<qint64>{60, 4000, 4000} << qint64(4478) << qint64(3333) << ReportStatus::Met;
    QTest::newRow("two thirds within")
        << QList<qint64>{60, 60, 4000} << qint64(2289) << qint64(6667) << ReportStatus::Met;
    QList<qint64> oneIn32(31, 3601);
    oneIn32.prepend(0);
    QTest::newRow("one in 32 within: 3.125 % rounds up")
        << oneIn32 << qint64(5814) << qint64(313) << ReportStatus::Met;
    QTest::newRow("mean exactly the target")
        << QList<qint64>{3599, 3601} << qint64(6000) << qint64(5000) << ReportStatus::Met;
    QTest::newRow("mean half a second over")
        << QList<qint64>{3600, 3601} << qint64(6001) << qint64(5000) << ReportStatus::Missed;
    QList<qint64> tenthOver(9, 3600);
    tenthOver.append(3601);
    QTest::newRow("rounded average equals the target, exact mean over")
        << tenthOver << qint64(6000) << qint64(9000) << ReportStatus::Missed;
}

void TestReportBuilder::averagesAndShares()
{
    QFETCH(QList<qint64>, seconds);
    QFETCH(qint64, average);
    QFETCH(qint64, within);
    QFETCH(ReportStatus, status);

    const FakeClock clock;
    ReportBuilder builder(PlanCatalog::seeded(), MonthRange{{2026, 9}, {2026, 9}}, utc(2026, 12, 1, 0));
    builder.beginAccount(account(u"Acme"_s, &clock, {{u"enterprise"_s, QDate(2026, 1, 1)}}));
    const qint64 created = utc(2026, 9, 12, 3);
    for (qint64 s : seconds)
        builder.addTicket(ticket(Priority::P1, created, created + s));
    builder.endAccount();

    const ReportRow &row = builder.reportRows().first();
    QCOMPARE(row.tickets, int(seconds.size()));
    QCOMPARE(row.averageCentiMinutes, std::optional(average));
    QCOMPARE(row.withinTargetBasisPoints, std::optional(within));
    QCOMPARE(row.status, status);
}

// Two accounts over three months in a zone ten hours ahead of UTC, where the
// local date decides the month and the segment.
void TestReportBuilder::monthRangeInOnePass()
{
    const FakeClock clock(10);
    ReportBuilder builder(PlanCatalog::seeded(), MonthRange{{2026, 8}, {2026, 10}}, utc(2026, 10, 20, 0));
    builder.beginAccount(account(u"Acme"_s, &clock, {{u"production"_s, QDate(2026, 8, 15)}},
                                 {{YearMonth{2026, 9}.index(), 700000}}));
    // Local Saturday 1 August 23:00, developer P2, never answered.
    builder.addTicket(ticket(Priority::P2, utc(2026, 8, 1, 13)));
    // Local 14 August 23:00, developer P1: one real hour.
    builder.addTicket(ticket(Priority::P1, utc(2026, 8, 14, 13), utc(2026, 8, 14, 14)));
    // Local 15 August 09:30 (a Saturday), production P1: answered before Monday.
    builder.addTicket(ticket(Priority::P1, utc(2026, 8, 14, 23, 30), utc(2026, 8, 15, 0, 30)));
    // Local Tuesday 1 September 06:00, answered at 07:00: before opening.
    builder.addTicket(ticket(Priority::P3, utc(2026, 8, 31, 20), utc(2026, 8, 31, 21)));
    // Local Monday 5 October 10:00, answered 11:00: one business hour.
    builder.addTicket(ticket(Priority::P2, utc(2026, 10, 5, 0), utc(2026, 10, 5, 1)));
    // Local 31 July and a ticket after as-of: neither counts.
    builder.addTicket(ticket(Priority::P2, utc(2026, 7, 31, 12)));
    builder.addTicket(ticket(Priority::P2, utc(2026, 10, 20, 0, 0, 1)));
    builder.endAccount();
    builder.beginAccount(account(u"Zenith"_s, &clock));
    builder.endAccount();

    struct Want
    {
        QString account;
        YearMonth month;
        QString plan;
        QDate start;
        Priority priority;
        int tickets;
        ReportStatus status;
        std::optional<qint64> average;
    };
    const QString a = u"Acme"_s, z = u"Zenith"_s, dev = u"developer"_s, prod = u"production"_s;
    const YearMonth aug{2026, 8}, sep{2026, 9}, oct{2026, 10};
    using S = ReportStatus;
    const auto none = std::nullopt;
    const QList<Want> expected{
        {a, aug, dev, QDate(2026, 8, 1), Priority::P1, 1, S::NoTarget, 6000},
        {a, aug, dev, QDate(2026, 8, 1), Priority::P2, 1, S::NoTarget, std::nullopt},
        {a, aug, dev, QDate(2026, 8, 1), Priority::P3, 0, S::NoTarget, none},
        {a, aug, prod, QDate(2026, 8, 15), Priority::P1, 1, S::Met, 0},
        {a, aug, prod, QDate(2026, 8, 15), Priority::P2, 0, S::NoTickets, none},
        {a, aug, prod, QDate(2026, 8, 15), Priority::P3, 0, S::NoTickets, none},
        {a, sep, prod, QDate(2026, 9, 1), Priority::P1, 0, S::NoTickets, none},
        {a, sep, prod, QDate(2026, 9, 1), Priority::P2, 0, S::NoTickets, none},
        {a, sep, prod, QDate(2026, 9, 1), Priority::P3, 1, S::Met, 0},
        {a, oct, prod, QDate(2026, 10, 1), Priority::P1, 0, S::NoTickets, none},
        {a, oct, prod, QDate(2026, 10, 1), Priority::P2, 1, S::Met, 6000},
        {a, oct, prod, QDate(2026, 10, 1), Priority::P3, 0, S::NoTickets, none},
        {z, aug, dev, QDate(2026, 8, 1), Priority::P1, 0, S::NoTarget, none},
        {z, aug, dev, QDate(2026, 8, 1), Priority::P2, 0, S::NoTarget, none},
        {z, aug, dev, QDate(2026, 8, 1), Priority::P3, 0, S::NoTarget, none},
        {z, sep, dev, QDate(2026, 9, 1), Priority::P1, 0, S::NoTarget, none},
        {z, sep, dev, QDate(2026, 9, 1), Priority::P2, 0, S::NoTarget, none},
        {z, sep, dev, QDate(2026, 9, 1), Priority::P3, 0, S::NoTarget, none},
        {z, oct, dev, QDate(2026, 10, 1), Priority::P1, 0, S::NoTarget, none},
        {z, oct, dev, QDate(2026, 10, 1), Priority::P2, 0, S::NoTarget, none},
        {z, oct, dev, QDate(2026, 10, 1), Priority::P3, 0, S::NoTarget, none},
    };
    const QList<ReportRow> &rows = builder.reportRows();
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].account, expected[i].account);
        QCOMPARE(rows[i].month, expected[i].month);
        QCOMPARE(rows[i].planId, expected[i].plan);
        QCOMPARE(rows[i].segmentStart, expected[i].start);
        QCOMPARE(rows[i].priority, expected[i].priority);
        QCOMPARE(rows[i].tickets, expected[i].tickets);
        QCOMPARE(rows[i].status, expected[i].status);
        if (i != 1) // the never-answered ticket's average is checked below
            QCOMPARE(rows[i].averageCentiMinutes, expected[i].average);
    }
    // Unanswered from 1 August 13:00 to 20 October 00:00 UTC: 79 days 11 hours.
    QCOMPARE(rows[1].averageCentiMinutes, std::optional<qint64>((79 * 24 + 11) * 6000));
    QCOMPARE(rows[1].provisional, true);

    // August: free for 14 days, then the $250 minimum for 17 of 31 days
    // (13709.68 cents); September: 4 % of $7,000; October: the minimum.
    const QList<CreditRow> &credits = builder.creditRows();
    QCOMPARE(credits.size(), 7);
    const QList<qint64> fees{0, 13710, 28000, 25000, 0, 0, 0};
    const QList<int> days{14, 17, 30, 31, 31, 30, 31};
    for (qsizetype i = 0; i < credits.size(); ++i) {
        QCOMPARE(credits[i].feeCents, fees[i]);
        QCOMPARE(credits[i].activeDays, days[i]);
        QCOMPARE(credits[i].creditCents, qint64(0));
    }
    QCOMPARE(credits[2].spendCents, qint64(700000));
    QCOMPARE(credits[3].claimDeadline, QDate(2026, 11, 30));
    QCOMPARE(credits[4].account, z);
}

void TestReportBuilder::statusCodes()
{
    QCOMPARE(reportStatusCode(ReportStatus::NoTarget), u"no_target"_s);
    QCOMPARE(reportStatusCode(ReportStatus::NoTickets), u"no_tickets"_s);
    QCOMPARE(reportStatusCode(ReportStatus::Met), u"met"_s);
    QCOMPARE(reportStatusCode(ReportStatus::Missed), u"missed"_s);
}

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "tst_reportbuilder.moc"
