// The statement's chart of daily averages, on the hand-worked October of
// tests/fixtures/golden: drawn at print resolution, one band a priority,
// red bars exactly in the bands where a day's average passed the target in
// force that day (Bistro's missed P1 on Enterprise, Acme's on Production),
// and a blank band for a priority without a ticket.
#include "Database.h"
#include "GoldenOctober.h"
#include "StatementChart.h"
#include "StatementService.h"
#include "StoreFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QRgb Within = qRgb(0x4a, 0x78, 0xa8);
const QRgb Above = qRgb(0xc0, 0x39, 0x2b);

// How many pixels of a priority's band have the colour.
int pixelsInBand(const QImage &chart, int priority, QRgb colour)
{
    const int plotHeight = chart.height() * 9 / 10;
    const int top = plotHeight * priority / PriorityCount;
    const int bottom = plotHeight * (priority + 1) / PriorityCount;
    int count = 0;
    for (int y = top; y < bottom; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(chart.constScanLine(y));
        for (int x = 0; x < chart.width(); ++x)
            count += (line[x] & 0xffffff) == (colour & 0xffffff) ? 1 : 0;
    }
    return count;
}

} // namespace

class TestStatementChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        const auto ids = GoldenOctober::setUp(m_fixture->database());
        QVERIFY2(ids.ok(), qPrintable(ids.message()));
    }

    void redExactlyWhereADayMissed_data()
    {
        QTest::addColumn<QString>("account");
        QTest::newRow("Bistro, plan change") << u"Bistro, Inc."_s;
        QTest::newRow("Acme") << u"Acme"_s;
    }

    void redExactlyWhereADayMissed()
    {
        QFETCH(QString, account);
        const auto statement =
            StatementService(m_fixture->database()).compute(account, {2026, 10}, GoldenOctober::AsOf);
        QVERIFY2(statement.ok(), qPrintable(statement.message()));
        const auto english = DocumentLanguage::load(u"en"_s);
        QVERIFY(english.ok());
        const QImage chart = statementChart(*statement, *english, statementChartPixels());
        QCOMPARE(chart.size(), QSize(1800, 687));
        QCOMPARE(qRound(chart.dotsPerMeterX() * 0.0254), 300);

        int missedBands = 0;
        for (int priority = 0; priority < PriorityCount; ++priority) {
            bool missed = false;
            bool within = false;
            for (const StatementDay &day : statement->days) {
                const auto average = day.averageSeconds[std::size_t(priority)];
                if (!average)
                    continue;
                const auto target = statement->targetSecondsOn(day.date, priority);
                (target && *average > *target ? missed : within) = true;
            }
            missedBands += missed ? 1 : 0;
            const QByteArray where = QByteArray::number(priority + 1);
            QVERIFY2((pixelsInBand(chart, priority, Above) > 0) == missed, where.constData());
            QVERIFY2((pixelsInBand(chart, priority, Within) > 0) == within, where.constData());
        }
        // Both accounts missed their P1 in October: the check above saw red.
        QVERIFY(missedBands >= 1);
        QVERIFY(pixelsInBand(chart, 0, Above) > 0);
    }

    void aMonthWithoutTicketsHasNoBars()
    {
        const auto statement =
            StatementService(m_fixture->database()).compute(u"Acme"_s, {2026, 8}, GoldenOctober::AsOf);
        QVERIFY2(statement.ok(), qPrintable(statement.message()));
        const auto french = DocumentLanguage::load(u"fr"_s);
        QVERIFY(french.ok());
        const QImage chart = statementChart(*statement, *french, statementChartPixels());
        for (int priority = 0; priority < PriorityCount; ++priority) {
            QCOMPARE(pixelsInBand(chart, priority, Above), 0);
            QCOMPARE(pixelsInBand(chart, priority, Within), 0);
        }
    }

private:
    std::unique_ptr<StoreFixture> m_fixture;
};

QTEST_MAIN(TestStatementChart)
#include "tst_statementchart.moc"
