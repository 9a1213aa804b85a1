#include "AccountStore.h"
#include "AccountsView.h"
#include "AppContext.h"
#include "CalendarStore.h"
#include "ContextFixture.h"
#include "Database.h"
#include "Formatting.h"
#include "HoursSpec.h"
#include "ProductStore.h"
#include "ReportCharts.h"
#include "ReportMonthlyModel.h"
#include "ReportTableModel.h"
#include "ReportsView.h"
#include "TicketStore.h"
#include "Timestamp.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <memory>

namespace {

qint64 utc(const char *text)
{
    return parseIsoTimestamp(QString::fromLatin1(text)).value().utcSeconds;
}

} // namespace

class TestReportsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void reportFollowsAPlanChange();
    void hiddenReportWaitsUntilShown();
    void monthlySummaryAddsUpAccounts();
    void chartsDrawTheMonthsAndSaveAsPng();
    void languageChangeRetitlesTheColumns();

private:
    // Acme, in UTC, on a calendar open around the clock (so business time is
    // real time and every expected figure is plain arithmetic), with P1
    // tickets answered after 5 hours in February 2026.
    void addAcmeWithSlowP1Tickets();
    int rowOf(const ReportTableModel &model, const QString &account, Priority priority) const;

    std::unique_ptr<ContextFixture> m_fixture;
};

void TestReportsView::init()
{
    m_fixture = std::make_unique<ContextFixture>(utc("2026-03-10T12:00:00Z"));
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
}

void TestReportsView::cleanup()
{
    m_fixture.reset();
}

void TestReportsView::addAcmeWithSlowP1Tickets()
{
    Calendar allDay;
    allDay.name = QStringLiteral("Around the clock");
    allDay.timeZoneId = QStringLiteral("UTC");
    allDay.schedule = parseHoursSpec(u"mon-sun 00:00-24:00").value();
    QVERIFY(CalendarStore(m_fixture->database()).add(allDay).ok());
    Account acme;
    acme.name = QStringLiteral("Acme");
    acme.calendarName = allDay.name;
    QVERIFY(AccountStore(m_fixture->database()).add(acme).ok());
    QVERIFY(ProductStore(m_fixture->database()).add(QStringLiteral("Messaging"), ProductCategory::Ga).ok());

    QList<Ticket> tickets;
    for (int i = 0; i < 2; ++i) {
        Ticket ticket;
        ticket.id = QStringLiteral("T%1").arg(i);
        ticket.account = acme.name;
        ticket.subject = QStringLiteral("Messages stuck");
        ticket.priority = Priority::P1;
        ticket.product = QStringLiteral("Messaging");
        ticket.createdAt = utc("2026-02-10T08:00:00Z") + i * 86400;
        ticket.firstResponseAt = ticket.createdAt + 5 * 3600; // 300 minutes
        tickets << ticket;
    }
    const Status saved = TicketStore(m_fixture->database()).upsert(tickets);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
}

int TestReportsView::rowOf(const ReportTableModel &model, const QString &account, Priority priority) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const ReportRow &r = model.rows().at(row);
        if (r.account == account && r.priority == priority)
            return row;
    }
    return -1;
}

void TestReportsView::reportFollowsAPlanChange()
{
    addAcmeWithSlowP1Tickets();
    ReportsView reports(m_fixture->context());
    reports.show(); // a visible report follows every change at once
    AccountsView accounts(m_fixture->context());
    QAbstractItemModelTester tester(reports.tableModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    reports.setMonths({{2026, 2}, {2026, 2}});
    reports.setAccountName(QStringLiteral("Acme"));

    // On developer there is no target: 300 minutes are measured, nothing owed.
    ReportTableModel *model = reports.tableModel();
    QCOMPARE(model->rowCount(), 3);
    int p1 = rowOf(*model, QStringLiteral("Acme"), Priority::P1);
    QVERIFY(p1 >= 0);
    QCOMPARE(model->rows().at(p1).planId, QStringLiteral("developer"));
    QCOMPARE(model->rows().at(p1).status, ReportStatus::NoTarget);
    QCOMPARE(model->rows().at(p1).averageCentiMinutes, std::optional<qint64>(30000));
    QCOMPARE(model->index(p1, ReportTableModel::Status).data().toString(), QStringLiteral("No target"));

    // Production from the first of February: P1 is due within 3 business
    // hours, so 5 hours miss it and the month owes its $250 minimum.
    accounts.selectAccount(AccountStore(m_fixture->database()).findByName(QStringLiteral("Acme"))->id);
    QVERIFY(accounts.changePlanFrom(QStringLiteral("production"), QDate(2026, 2, 1)));
    QCOMPARE(model->rowCount(), 3);
    p1 = rowOf(*model, QStringLiteral("Acme"), Priority::P1);
    QCOMPARE(model->rows().at(p1).planId, QStringLiteral("production"));
    QCOMPARE(model->rows().at(p1).status, ReportStatus::Missed);
    QCOMPARE(model->index(p1, ReportTableModel::Status).data().toString(), QStringLiteral("Missed"));
    QCOMPARE(model->index(p1, ReportTableModel::Status).data(Formatting::RawValueRole).toString(),
             QStringLiteral("missed"));
    QCOMPARE(model->index(p1, ReportTableModel::WithinTarget).data(Formatting::RawValueRole).toLongLong(), 0);
    const int p2 = rowOf(*model, QStringLiteral("Acme"), Priority::P2);
    QCOMPARE(model->rows().at(p2).status, ReportStatus::NoTickets);
    QVERIFY(reports.summaryLabel()->text().contains(Formatting::money(m_fixture->context().locale(), 25000)));

    // A change from the 15th splits the month: two segments, three rows each.
    QVERIFY(accounts.changePlanFrom(QStringLiteral("enterprise"), QDate(2026, 2, 15)));
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(model->rows().at(3).planId, QStringLiteral("enterprise"));
    QCOMPARE(model->rows().at(3).segmentStart, QDate(2026, 2, 15));
    QCOMPARE(model->rows().at(3).status, ReportStatus::NoTickets);
}

void TestReportsView::hiddenReportWaitsUntilShown()
{
    addAcmeWithSlowP1Tickets();
    QTabWidget tabs;
    auto *tickets = new QWidget;
    auto *reports = new ReportsView(m_fixture->context());
    tabs.addTab(tickets, QStringLiteral("Tickets"));
    tabs.addTab(reports, QStringLiteral("Reports"));
    tabs.show();
    // Behind another tab, the view has not read the store: its models are
    // empty until it is shown.
    QCOMPARE(reports->isVisible(), false);
    QCOMPARE(reports->findChild<QTableView *>()->model()->rowCount(), 0);

    tabs.setCurrentWidget(reports);
    QCOMPARE(reports->isVisible(), true);
    QVERIFY(reports->findChild<QTableView *>()->model()->rowCount() > 0);

    // A change made while it is hidden again is computed when asked for.
    tabs.setCurrentWidget(tickets);
    reports->setMonths({{2026, 2}, {2026, 2}});
    reports->setAccountName(QStringLiteral("Acme"));
    QCOMPARE(reports->tableModel()->rowCount(), 3);
}

void TestReportsView::monthlySummaryAddsUpAccounts()
{
    ReportMonthlyModel model(m_fixture->context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ReportRow a;
    a.account = QStringLiteral("A");
    a.month = {2026, 1};
    a.priority = Priority::P1;
    a.target = {TargetClock::Business, 180};
    a.tickets = 2;
    a.totalResponseSeconds = 2 * 3600; // 60 min on average
    a.withinTargetBasisPoints = 10000;
    ReportRow b = a;
    b.account = QStringLiteral("B");
    b.target = {TargetClock::Continuous, 60};
    b.tickets = 3;
    b.totalResponseSeconds = 3 * 7200; // 120 min on average
    b.withinTargetBasisPoints = 0;
    ReportRow none = a;
    none.account = QStringLiteral("C");
    none.target = {};
    none.tickets = 0;
    none.totalResponseSeconds = 0;
    none.withinTargetBasisPoints.reset();
    model.setRows({a, b, none}, {{2026, 1}, {2026, 2}});

    QCOMPARE(model.rowCount(), 2);
    const ReportMonthlyModel::Cell &january = model.cell(0, Priority::P1);
    QCOMPARE(january.tickets, 5);
    // (2 × 60 + 3 × 120) / 5 = 96 minutes; the targets differ, so the line
    // shows their ticket-weighted mean (2 × 180 + 3 × 60) / 5 = 108.
    QCOMPARE(*january.averageMinutes, 96.0);
    QCOMPARE(*january.targetMinutes, 108.0);
    QCOMPARE(*january.withinPercent, 40.0);
    QCOMPARE(model.index(0, ReportMonthlyModel::FirstAverage).data(Formatting::RawValueRole).toDouble(),
             96.0);
    // No tickets in February: no average rather than zero.
    QVERIFY(!model.cell(1, Priority::P1).averageMinutes);
    QVERIFY(!model.index(1, ReportMonthlyModel::FirstAverage).data(Formatting::RawValueRole).isValid());
    QCOMPARE(model.index(1, ReportMonthlyModel::FirstAverage).data().toString(), QStringLiteral("—"));
}

void TestReportsView::chartsDrawTheMonthsAndSaveAsPng()
{
    addAcmeWithSlowP1Tickets();
    QVERIFY(AccountStore(m_fixture->database())
                .setPlan(AccountStore(m_fixture->database()).findByName(QStringLiteral("Acme"))->id,
                         QStringLiteral("production"), QDate(2026, 1, 1))
                .ok());
    ReportsView reports(m_fixture->context());
    reports.resize(1000, 800);
    reports.setMonths({{2026, 1}, {2026, 3}});
    QCOMPARE(reports.monthlyModel()->rowCount(), 3);

    // Of all accounts: the share that met their P1 target, judged in
    // February only (January and March had no P1 ticket), and the $250
    // minimum credit Acme is owed for it.
    QVERIFY(reports.charts()->showsAllAccounts());
    QChart *met = reports.charts()->chart(ReportCharts::Targets);
    QList<QPointF> p1Met;
    for (QAbstractSeries *series : met->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        QVERIFY(line);
        if (line->name() == QStringLiteral("P1"))
            p1Met << line->points();
    }
    QCOMPARE(p1Met, QList<QPointF>{QPointF(1, 0)});
    auto *credits =
        qobject_cast<QBarSeries *>(reports.charts()->chart(ReportCharts::Credits)->series().value(0));
    QVERIFY(credits);
    QCOMPARE(credits->barSets().at(0)->at(0), 0.0);
    QCOMPARE(credits->barSets().at(0)->at(1), 250.0);
    QCOMPARE(credits->barSets().at(0)->at(2), 0.0);

    // Of one account: its averages against its plan's target.
    reports.setAccountName(QStringLiteral("Acme"));
    QVERIFY(!reports.charts()->showsAllAccounts());
    QChart *average = reports.charts()->chart(ReportCharts::Targets);
    // Per priority an average line and a dashed target line.
    QCOMPARE(average->series().size(), 6);
    auto *p1Average = qobject_cast<QLineSeries *>(average->series().at(0));
    auto *p1Target = qobject_cast<QLineSeries *>(average->series().at(1));
    QVERIFY(p1Average && p1Target);
    QCOMPARE(p1Average->count(), 1); // only February has P1 tickets
    QCOMPARE(p1Average->at(0), QPointF(1, 300));
    QCOMPARE(p1Target->count(), 3); // production's 180 minutes every month
    QCOMPARE(p1Target->at(2), QPointF(2, 180));
    QCOMPARE(p1Target->pen().style(), Qt::DashLine);

    // Both P1 tickets took 300 minutes: the "up to 8 hours" bucket.
    QChart *distribution = reports.charts()->chart(ReportCharts::Distribution);
    QVERIFY(reports.charts()->hasDistribution());
    QCOMPARE(distribution->series().size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(distribution->series().at(0));
    QVERIFY(bars);
    QCOMPARE(bars->count(), PriorityCount);
    QBarSet *p1Bars = bars->barSets().at(0);
    QCOMPARE(p1Bars->count(), int(ResponseHistogramBuckets));
    QCOMPARE(p1Bars->at(5), 2.0);
    QCOMPARE(p1Bars->at(4), 0.0);
    QCOMPARE(bars->barSets().at(1)->sum(), 0.0);

    reports.charts()->setCurrentChart(ReportCharts::Distribution);
    const QString path = m_fixture->filePath(QStringLiteral("chart.png"));
    QVERIFY(reports.saveChartPng(path));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100);
}

void TestReportsView::languageChangeRetitlesTheColumns()
{
    ReportsView reports(m_fixture->context());
    QSignalSpy spy(reports.tableModel(), &QAbstractItemModel::headerDataChanged);
    QEvent event(QEvent::LanguageChange);
    QApplication::sendEvent(&reports, &event);
    QVERIFY(spy.count() >= 1);
    QCOMPARE(reports.tableModel()->headerData(ReportTableModel::Status, Qt::Horizontal).toString(),
             QStringLiteral("Status"));
}

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
