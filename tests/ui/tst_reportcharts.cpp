#include "PortfolioMonths.h"

#include <QTest>

namespace {

const MonthRange FirstQuarter{{2026, 1}, {2026, 3}};

ReportRow row(const char *account, YearMonth month, Priority priority, ReportStatus status)
{
    ReportRow r;
    r.account = QString::fromLatin1(account);
    r.month = month;
    r.priority = priority;
    r.status = status;
    const bool judged = status == ReportStatus::Met || status == ReportStatus::Missed;
    r.target =
        status == ReportStatus::NoTarget ? ResponseTarget{} : ResponseTarget{TargetClock::Business, 60};
    r.tickets = status == ReportStatus::NoTickets ? 0 : 2;
    r.answered = r.tickets;
    r.totalResponseSeconds = r.tickets * 1800;
    if (judged)
        r.withinTargetBasisPoints = status == ReportStatus::Met ? 10000 : 5000;
    return r;
}

CreditRow credit(const char *account, YearMonth month, qint64 cents)
{
    CreditRow c;
    c.account = QString::fromLatin1(account);
    c.month = month;
    c.creditCents = cents;
    return c;
}

// Every account and priority of the first quarter of 2026, as the report of
// all accounts gives them.
QList<ReportRow> quarterRows()
{
    return {
        // January: Acme changed plans on the 15th, meeting P1 in the first
        // half and missing it in the second; it met P2 in both halves.
        row("Acme", {2026, 1}, Priority::P1, ReportStatus::Met),
        row("Acme", {2026, 1}, Priority::P1, ReportStatus::Missed),
        row("Acme", {2026, 1}, Priority::P2, ReportStatus::Met),
        row("Acme", {2026, 1}, Priority::P2, ReportStatus::Met),
        row("Blue Harbor", {2026, 1}, Priority::P1, ReportStatus::Met),
        // Neither a plan without a target nor a month without tickets says
        // whether a promise was kept.
        row("Cobalt", {2026, 1}, Priority::P1, ReportStatus::NoTarget),
        row("Driftwood", {2026, 1}, Priority::P1, ReportStatus::NoTickets),
        // February: no P1 ticket anywhere.
        row("Acme", {2026, 2}, Priority::P1, ReportStatus::NoTickets),
        row("Blue Harbor", {2026, 2}, Priority::P1, ReportStatus::NoTickets),
        row("Blue Harbor", {2026, 2}, Priority::P3, ReportStatus::Met),
        // March: every P1 account missed.
        row("Blue Harbor", {2026, 3}, Priority::P1, ReportStatus::Missed),
        // Outside the range asked for.
        row("Acme", {2026, 4}, Priority::P1, ReportStatus::Met),
    };
}

QList<CreditRow> quarterCredits()
{
    return {credit("Acme", {2026, 1}, 25000), credit("Acme", {2026, 1}, 10000),
            credit("Blue Harbor", {2026, 3}, 5050), credit("Blue Harbor", {2026, 4}, 99900)};
}

} // namespace

class TestReportCharts : public QObject
{
    Q_OBJECT

private slots:
    void countsEachAccountMonthOnce();
    void leavesAMonthWithoutJudgedAccountsEmpty();
    void addsUpTheCreditsOwedPerMonth();
};

void TestReportCharts::countsEachAccountMonthOnce()
{
    const QList<PortfolioMonth> months = portfolioMonths(quarterRows(), {}, FirstQuarter);
    QCOMPARE(months.size(), 3);
    QCOMPARE(months[0].month, (YearMonth{2026, 1}));
    const int p1 = priorityIndex(Priority::P1);
    const int p2 = priorityIndex(Priority::P2);
    // Acme's split month is one account-month, missed; Blue Harbor met:
    // Cobalt and Driftwood are not judged.
    QCOMPARE(months[0].accountMonths[p1], 2);
    QCOMPARE(months[0].metPercent[p1], std::optional<double>(50.0));
    QCOMPARE(months[0].accountMonths[p2], 1);
    QCOMPARE(months[0].metPercent[p2], std::optional<double>(100.0));
    QCOMPARE(months[2].accountMonths[p1], 1);
    QCOMPARE(months[2].metPercent[p1], std::optional<double>(0.0));
}

void TestReportCharts::leavesAMonthWithoutJudgedAccountsEmpty()
{
    const QList<PortfolioMonth> months = portfolioMonths(quarterRows(), {}, FirstQuarter);
    const int p1 = priorityIndex(Priority::P1);
    QCOMPARE(months[1].accountMonths[p1], 0);
    QCOMPARE(months[1].metPercent[p1], std::nullopt);
    QCOMPARE(months[1].metPercent[priorityIndex(Priority::P3)], std::optional<double>(100.0));
    QCOMPARE(months[0].metPercent[priorityIndex(Priority::P3)], std::nullopt);
}

void TestReportCharts::addsUpTheCreditsOwedPerMonth()
{
    const QList<PortfolioMonth> months = portfolioMonths(quarterRows(), quarterCredits(), FirstQuarter);
    QCOMPARE(months[0].creditCents, 35000);
    QCOMPARE(months[1].creditCents, 0);
    QCOMPARE(months[2].creditCents, 5050);
}

QTEST_GUILESS_MAIN(TestReportCharts)
#include "tst_reportcharts.moc"
