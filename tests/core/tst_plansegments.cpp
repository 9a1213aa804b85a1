#include "PlanSegments.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

PlanChange change(const QString &plan, int year, int month, int day)
{
    return {plan, QDate(year, month, day)};
}

PlanSegment segment(const QString &plan, QDate start, QDate end)
{
    return {plan, start, end};
}

} // namespace

class TestPlanSegments : public QObject
{
    Q_OBJECT

private slots:
    void segments_data();
    void segments();
    void activeDays();
    void planOn_data();
    void planOn();
};

void TestPlanSegments::segments_data()
{
    QTest::addColumn<QList<PlanChange>>("history");
    QTest::addColumn<YearMonth>("month");
    QTest::addColumn<QList<PlanSegment>>("expected");

    const QString dev = u"developer"_s;
    const QString prod = u"production"_s;
    const QString ent = u"enterprise"_s;
    const QList<PlanChange> upDown{change(prod, 2026, 1, 1), change(ent, 2026, 9, 19),
                                   change(prod, 2026, 10, 13)};

    QTest::newRow("no history: developer all month")
        << QList<PlanChange>{} << YearMonth{2026, 9}
        << QList<PlanSegment>{segment(dev, QDate(2026, 9, 1), QDate(2026, 9, 30))};
    QTest::newRow("change before the month")
        << QList<PlanChange>{change(prod, 2026, 3, 15)} << YearMonth{2026, 9}
        << QList<PlanSegment>{segment(prod, QDate(2026, 9, 1), QDate(2026, 9, 30))};
    QTest::newRow("change after the month")
        << QList<PlanChange>{change(prod, 2026, 10, 1)} << YearMonth{2026, 9}
        << QList<PlanSegment>{segment(dev, QDate(2026, 9, 1), QDate(2026, 9, 30))};
    QTest::newRow("change on the first day does not split")
        << QList<PlanChange>{change(prod, 2026, 9, 1)} << YearMonth{2026, 9}
        << QList<PlanSegment>{segment(prod, QDate(2026, 9, 1), QDate(2026, 9, 30))};
    QTest::newRow("upgrade mid-month")
        << upDown << YearMonth{2026, 9}
        << QList<PlanSegment>{segment(prod, QDate(2026, 9, 1), QDate(2026, 9, 18)),
                              segment(ent, QDate(2026, 9, 19), QDate(2026, 9, 30))};
    QTest::newRow("downgrade the next month")
        << upDown << YearMonth{2026, 10}
        << QList<PlanSegment>{segment(ent, QDate(2026, 10, 1), QDate(2026, 10, 12)),
                              segment(prod, QDate(2026, 10, 13), QDate(2026, 10, 31))};
    QTest::newRow("unsorted history")
        << QList<PlanChange>{change(prod, 2026, 10, 13), change(ent, 2026, 9, 19), change(prod, 2026, 1, 1)}
        << YearMonth{2026, 10}
        << QList<PlanSegment>{segment(ent, QDate(2026, 10, 1), QDate(2026, 10, 12)),
                              segment(prod, QDate(2026, 10, 13), QDate(2026, 10, 31))};
    QTest::newRow("same plan set again does not split")
        << QList<PlanChange>{change(prod, 2026, 8, 1), change(prod, 2026, 9, 10), change(prod, 2026, 9, 20)}
        << YearMonth{2026, 9} << QList<PlanSegment>{segment(prod, QDate(2026, 9, 1), QDate(2026, 9, 30))};
    QTest::newRow("first change mid-month from developer")
        << QList<PlanChange>{change(ent, 2026, 9, 16)} << YearMonth{2026, 9}
        << QList<PlanSegment>{segment(dev, QDate(2026, 9, 1), QDate(2026, 9, 15)),
                              segment(ent, QDate(2026, 9, 16), QDate(2026, 9, 30))};
    QTest::newRow("there and back in one month")
        << QList<PlanChange>{change(prod, 2026, 9, 1), change(ent, 2026, 9, 10), change(prod, 2026, 9, 20)}
        << YearMonth{2026, 9}
        << QList<PlanSegment>{segment(prod, QDate(2026, 9, 1), QDate(2026, 9, 9)),
                              segment(ent, QDate(2026, 9, 10), QDate(2026, 9, 19)),
                              segment(prod, QDate(2026, 9, 20), QDate(2026, 9, 30))};
    QTest::newRow("change on the last day")
        << QList<PlanChange>{change(ent, 2026, 9, 30)} << YearMonth{2026, 9}
        << QList<PlanSegment>{segment(dev, QDate(2026, 9, 1), QDate(2026, 9, 29)),
                              segment(ent, QDate(2026, 9, 30), QDate(2026, 9, 30))};
    QTest::newRow("same date set twice: the later entry wins")
        << QList<PlanChange>{change(ent, 2026, 9, 10), change(prod, 2026, 9, 10)} << YearMonth{2026, 9}
        << QList<PlanSegment>{segment(dev, QDate(2026, 9, 1), QDate(2026, 9, 9)),
                              segment(prod, QDate(2026, 9, 10), QDate(2026, 9, 30))};
    QTest::newRow("leap February") << QList<PlanChange>{change(prod, 2028, 2, 15)} << YearMonth{2028, 2}
                                   << QList<PlanSegment>{
                                          segment(dev, QDate(2028, 2, 1), QDate(2028, 2, 14)),
                                          segment(prod, QDate(2028, 2, 15), QDate(2028, 2, 29))};
    QTest::newRow("change on leap day")
        << QList<PlanChange>{change(prod, 2028, 1, 1), change(ent, 2028, 2, 29)} << YearMonth{2028, 2}
        << QList<PlanSegment>{segment(prod, QDate(2028, 2, 1), QDate(2028, 2, 28)),
                              segment(ent, QDate(2028, 2, 29), QDate(2028, 2, 29))};
}

void TestPlanSegments::segments()
{
    QFETCH(QList<PlanChange>, history);
    QFETCH(YearMonth, month);
    QFETCH(QList<PlanSegment>, expected);
    const QList<PlanSegment> actual = planSegments(history, month);
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual[i].planId, expected[i].planId);
        QCOMPARE(actual[i].start, expected[i].start);
        QCOMPARE(actual[i].end, expected[i].end);
    }
}

void TestPlanSegments::activeDays()
{
    QCOMPARE(segment(u"production"_s, QDate(2026, 9, 1), QDate(2026, 9, 18)).activeDays(), 18);
    QCOMPARE(segment(u"enterprise"_s, QDate(2026, 9, 19), QDate(2026, 9, 30)).activeDays(), 12);
    QCOMPARE(segment(u"enterprise"_s, QDate(2028, 2, 29), QDate(2028, 2, 29)).activeDays(), 1);
    QCOMPARE(segment(u"developer"_s, QDate(2028, 2, 1), QDate(2028, 2, 29)).activeDays(), 29);
}

void TestPlanSegments::planOn_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("plan");
    QTest::newRow("before the first entry") << QDate(2025, 12, 31) << u"developer"_s;
    QTest::newRow("on the first entry") << QDate(2026, 1, 1) << u"production"_s;
    QTest::newRow("day before the upgrade") << QDate(2026, 9, 18) << u"production"_s;
    QTest::newRow("day of the upgrade") << QDate(2026, 9, 19) << u"enterprise"_s;
    QTest::newRow("after the downgrade") << QDate(2027, 5, 5) << u"production"_s;
}

void TestPlanSegments::planOn()
{
    QFETCH(QDate, date);
    QFETCH(QString, plan);
    const QList<PlanChange> history{change(u"production"_s, 2026, 10, 13),
                                    change(u"production"_s, 2026, 1, 1),
                                    change(u"enterprise"_s, 2026, 9, 19)};
    QCOMPARE(::planOn(history, date), plan);
}

QTEST_GUILESS_MAIN(TestPlanSegments)
#include "tst_plansegments.moc"
