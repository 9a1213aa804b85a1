#include "ContextFixture.h"
#include "Formatting.h"
#include "PortfolioMonths.h"
#include "ReportCharts.h"
#include "ReportMonthlyModel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QTabWidget>
#include <QTest>
#include <memory>

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

// The points drawn for a priority, one list per unbroken run of the line.
QList<QList<QPointF>> runsOf(const QChart *chart, Priority priority)
{
    QList<QList<QPointF>> runs;
    for (QAbstractSeries *series : chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (line && line->name() == Formatting::priorityShort(priority) && line->count() > 0)
            runs << line->points();
    }
    return runs;
}

QList<double> barsOf(const QChart *chart)
{
    QList<double> values;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    values << set->at(i);
            }
        }
    }
    return values;
}

} // namespace

class TestReportCharts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countsEachAccountMonthOnce();
    void leavesAMonthWithoutJudgedAccountsEmpty();
    void addsUpTheCreditsOwedPerMonth();
    void allAccountsChartShowsTheShareMetAndTheCredits();
    void oneAccountChartKeepsItsAveragesAgainstTheTarget();

private:
    std::unique_ptr<ContextFixture> m_fixture;
};

void TestReportCharts::init()
{
    m_fixture = std::make_unique<ContextFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
}

void TestReportCharts::cleanup()
{
    m_fixture.reset();
}

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

void TestReportCharts::allAccountsChartShowsTheShareMetAndTheCredits()
{
    ReportMonthlyModel model(m_fixture->context());
    ReportCharts charts(&model);
    model.setRows(quarterRows(), FirstQuarter);
    charts.setReport(quarterRows(), quarterCredits(), FirstQuarter, true);
    QVERIFY(charts.showsAllAccounts());
    QCOMPARE(charts.findChild<QTabWidget *>()->tabText(ReportCharts::Targets), QStringLiteral("Targets met"));

    const QChart *met = charts.chart(ReportCharts::Targets);
    // February breaks the P1 line: two runs, no point at 0 % for it.
    const QList<QList<QPointF>> p1 = runsOf(met, Priority::P1);
    QCOMPARE(p1.size(), 2);
    QCOMPARE(p1[0], QList<QPointF>{QPointF(0, 50)});
    QCOMPARE(p1[1], QList<QPointF>{QPointF(2, 0)});
    QCOMPARE(runsOf(met, Priority::P2), QList<QList<QPointF>>{{QPointF(0, 100)}});
    QCOMPARE(runsOf(met, Priority::P3), QList<QList<QPointF>>{{QPointF(1, 100)}});
    // Nothing of the averages, which mean nothing across plans.
    for (QAbstractSeries *series : met->series())
        QVERIFY2(!series->name().contains(QStringLiteral("average")), qPrintable(series->name()));

    QCOMPARE(barsOf(charts.chart(ReportCharts::Credits)), (QList<double>{350.0, 0.0, 50.5}));
}

void TestReportCharts::oneAccountChartKeepsItsAveragesAgainstTheTarget()
{
    QList<ReportRow> acme;
    for (const ReportRow &r : quarterRows()) {
        if (r.account == u"Acme")
            acme << r;
    }
    ReportMonthlyModel model(m_fixture->context());
    ReportCharts charts(&model);
    charts.setReport(acme, {credit("Acme", {2026, 1}, 25000)}, FirstQuarter, false);
    model.setRows(acme, FirstQuarter);
    QVERIFY(!charts.showsAllAccounts());
    QCOMPARE(charts.findChild<QTabWidget *>()->tabText(ReportCharts::Targets),
             QStringLiteral("Average response"));

    const QChart *average = charts.chart(ReportCharts::Targets);
    QCOMPARE(average->series().size(), 2 * PriorityCount);
    auto *p1Average = qobject_cast<QLineSeries *>(average->series().at(0));
    auto *p1Target = qobject_cast<QLineSeries *>(average->series().at(1));
    QVERIFY(p1Average && p1Target);
    QCOMPARE(p1Average->name(), QStringLiteral("P1 average"));
    // January's two segments of 2 tickets answered in 30 minutes each.
    QCOMPARE(p1Average->points(), QList<QPointF>{QPointF(0, 30)});
    QCOMPARE(p1Target->at(0), QPointF(0, 60));
    QCOMPARE(barsOf(charts.chart(ReportCharts::Credits)), (QList<double>{250.0, 0.0, 0.0}));
}

QTEST_MAIN(TestReportCharts)
#include "tst_reportcharts.moc"
