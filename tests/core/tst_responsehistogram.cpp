#include "ReportBuilder.h"
#include "UtcClock.h"

#include <QTest>

class TestResponseHistogram : public QObject
{
    Q_OBJECT

private slots:
    void bucketBounds_data();
    void bucketBounds();
    void reportRowsCarryTheDistribution();
};

void TestResponseHistogram::bucketBounds_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<int>("bucket");
    QTest::newRow("instant") << qint64(0) << 0;
    QTest::newRow("15 minutes is the first bucket") << qint64(15 * 60) << 0;
    QTest::newRow("one second more") << qint64(15 * 60 + 1) << 1;
    QTest::newRow("an hour") << qint64(3600) << 2;
    QTest::newRow("eight hours") << qint64(8 * 3600) << 5;
    QTest::newRow("a day") << qint64(24 * 3600) << 6;
    QTest::newRow("more than a day") << qint64(24 * 3600 + 1) << 7;
}

void TestResponseHistogram::bucketBounds()
{
    QFETCH(qint64, seconds);
    QFETCH(int, bucket);
    QCOMPARE(responseHistogramBucket(seconds), bucket);
}

void TestResponseHistogram::reportRowsCarryTheDistribution()
{
    const UtcClock clock;
    const qint64 day = QDate(1970, 1, 1).daysTo(QDate(2026, 3, 2)) * 86400;
    ReportBuilder builder(PlanCatalog::seeded(), MonthRange{{2026, 3}, {2026, 3}}, day + 10 * 86400);
    builder.beginAccount(AccountReportInput{QStringLiteral("Acme"), &clock, {}, {}});
    for (qint64 minutes : {10, 15, 16, 45, 3000})
        builder.addTicket(ReportTicket{day, day + minutes * 60, Priority::P2, true});
    builder.addTicket(ReportTicket{day, std::nullopt, Priority::P2, true}); // open for 10 days
    builder.addTicket(ReportTicket{day, day + 60, Priority::P2, false});    // excluded product
    builder.endAccount();

    const ReportRow &p2 = builder.reportRows().at(1);
    QCOMPARE(p2.priority, Priority::P2);
    const ResponseHistogram expected{2, 1, 1, 0, 0, 0, 0, 2};
    QCOMPARE(p2.responseHistogram, expected);
    QCOMPARE(builder.reportRows().at(0).responseHistogram, ResponseHistogram{});
}

QTEST_GUILESS_MAIN(TestResponseHistogram)
#include "tst_responsehistogram.moc"
