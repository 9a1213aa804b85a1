#include "AppContext.h"
#include "ContextFixture.h"
#include "Database.h"
#include "Formatting.h"
#include "PlanCatalog.h"
#include "ReportTableModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <memory>

class TestReportTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEachRowAgainstItsTarget();
    void statusSaysItselfInWordsAndColour_data();
    void statusSaysItselfInWordsAndColour();
    void sortsByValueNotText();
    void retranslateSignalsHeaders();

private:
    static ReportRow row(Priority priority, ReportStatus status, bool provisional = false);

    std::unique_ptr<ContextFixture> m_fixture;
    std::unique_ptr<ReportTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestReportTableModel::init()
{
    m_fixture = std::make_unique<ContextFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    m_model = std::make_unique<ReportTableModel>(m_fixture->context());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestReportTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_fixture.reset();
}

ReportRow TestReportTableModel::row(Priority priority, ReportStatus status, bool provisional)
{
    ReportRow r;
    r.account = QStringLiteral("Acme");
    r.month = {2026, 2};
    r.planId = QStringLiteral("production");
    r.segmentStart = QDate(2026, 2, 1);
    r.segmentEnd = QDate(2026, 2, 28);
    r.priority = priority;
    r.clock = TargetClock::Business;
    r.target = {TargetClock::Business, 180};
    r.status = status;
    r.provisional = provisional;
    return r;
}

void TestReportTableModel::showsEachRowAgainstItsTarget()
{
    ReportRow missed = row(Priority::P1, ReportStatus::Missed);
    missed.tickets = 4;
    missed.answered = 3;
    missed.averageCentiMinutes = 24050; // 240.50 minutes
    missed.withinTargetBasisPoints = 2500;
    ReportRow none = row(Priority::P2, ReportStatus::NoTickets);
    m_model->setRows({missed, none}, PlanCatalog::seeded());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(ReportTableModel::ColumnCount));
    const QLocale locale = m_fixture->context().locale();
    QCOMPARE(m_model->index(0, ReportTableModel::Plan).data().toString(), QStringLiteral("Production"));
    QCOMPARE(m_model->index(0, ReportTableModel::Month).data().toString(),
             Formatting::month(locale, {2026, 2}));
    QCOMPARE(m_model->index(0, ReportTableModel::Priority).data().toString(), QStringLiteral("P1"));
    QCOMPARE(m_model->index(0, ReportTableModel::Target).data().toString(),
             QStringLiteral("%1, business hours").arg(Formatting::targetMinutes(locale, 180)));
    QCOMPARE(m_model->index(0, ReportTableModel::Tickets).data().toString(), QStringLiteral("4"));
    QCOMPARE(m_model->index(0, ReportTableModel::Answered).data().toString(), QStringLiteral("3"));
    QCOMPARE(m_model->index(0, ReportTableModel::Average).data().toString(), QStringLiteral("240.50 min"));
    QCOMPARE(m_model->index(0, ReportTableModel::WithinTarget).data().toString(),
             Formatting::percentBasisPoints(locale, 2500));
    // Without tickets there is no average and no share: a dash, no value.
    QCOMPARE(m_model->index(1, ReportTableModel::Average).data().toString(), QStringLiteral("—"));
    QVERIFY(!m_model->index(1, ReportTableModel::Average).data(Formatting::RawValueRole).isValid());
}

void TestReportTableModel::statusSaysItselfInWordsAndColour_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("provisional");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("bold");

    QTest::newRow("met") << int(ReportStatus::Met) << false << "Met"
                         << "met" << false;
    QTest::newRow("missed") << int(ReportStatus::Missed) << false << "Missed"
                            << "missed" << true;
    QTest::newRow("no target") << int(ReportStatus::NoTarget) << false << "No target"
                               << "no_target" << false;
    QTest::newRow("no tickets") << int(ReportStatus::NoTickets) << false << "No tickets"
                                << "no_tickets" << false;
    QTest::newRow("provisional") << int(ReportStatus::Met) << true << "Met, provisional"
                                 << "met" << false;
}

void TestReportTableModel::statusSaysItselfInWordsAndColour()
{
    QFETCH(int, status);
    QFETCH(bool, provisional);
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(bool, bold);
    m_model->setRows({row(Priority::P1, ReportStatus(status), provisional)}, PlanCatalog::seeded());
    const QModelIndex index = m_model->index(0, ReportTableModel::Status);
    QCOMPARE(index.data().toString(), text);
    QCOMPARE(index.data(Formatting::RawValueRole).toString(), code);
    QVERIFY(index.data(Qt::ForegroundRole).value<QBrush>().color().isValid());
    QCOMPARE(index.data(Qt::FontRole).isValid() && index.data(Qt::FontRole).value<QFont>().bold(), bold);
}

void TestReportTableModel::sortsByValueNotText()
{
    // 9.50 minutes sorts before 10.00 although "10" < "9" as text.
    ReportRow slow = row(Priority::P1, ReportStatus::Met);
    slow.tickets = 1;
    slow.averageCentiMinutes = 1000;
    ReportRow fast = row(Priority::P2, ReportStatus::Met);
    fast.tickets = 1;
    fast.averageCentiMinutes = 950;
    m_model->setRows({slow, fast}, PlanCatalog::seeded());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(Formatting::RawValueRole);
    proxy.sort(ReportTableModel::Average, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, ReportTableModel::Average).data().toString(), QStringLiteral("9.50 min"));
    QCOMPARE(proxy.index(1, ReportTableModel::Average).data().toString(), QStringLiteral("10.00 min"));
}

void TestReportTableModel::retranslateSignalsHeaders()
{
    QSignalSpy spy(m_model.get(), &QAbstractItemModel::headerDataChanged);
    m_model->retranslate();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).value<Qt::Orientation>(), Qt::Horizontal);
}

QTEST_MAIN(TestReportTableModel)
#include "tst_reporttablemodel.moc"
