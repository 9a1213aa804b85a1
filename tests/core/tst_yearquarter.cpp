// Quarters as the review command takes them: "YYYY-Qn", their months and
// their neighbours across a year's end.
#include "YearQuarter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestYearQuarter : public QObject
{
    Q_OBJECT

private slots:
    void parsesAndWrites()
    {
        QCOMPARE(YearQuarter::parse(u"2026-Q3"), (std::optional<YearQuarter>(YearQuarter{2026, 3})));
        QCOMPARE(YearQuarter::parse(u"2026-q1"), (std::optional<YearQuarter>(YearQuarter{2026, 1})));
        QCOMPARE((YearQuarter{2026, 4}).toString(), u"2026-Q4"_s);
        for (const auto &bad : {u"2026-Q0"_s, u"2026-Q5"_s, u"2026Q3"_s, u"2026-03"_s, u"26-Q3"_s,
                                u"0000-Q1"_s, u"2026-Q3 "_s, u"+026-Q3"_s})
            QVERIFY2(!YearQuarter::parse(bad), qPrintable(bad));
    }

    void hasThreeMonths()
    {
        const YearQuarter third{2026, 3};
        QCOMPARE(third.firstMonth(), (YearMonth{2026, 7}));
        QCOMPARE(third.lastMonth(), (YearMonth{2026, 9}));
        const auto months = third.months();
        QCOMPARE(months[1], (YearMonth{2026, 8}));
        QCOMPARE(YearQuarter::of({2026, 9}), third);
        QCOMPARE(YearQuarter::of({2026, 10}), (YearQuarter{2026, 4}));
        QCOMPARE(third.range().count(), 3);
    }

    void stepsAcrossTheYear()
    {
        QCOMPARE((YearQuarter{2026, 1}).previous(), (YearQuarter{2025, 4}));
        QCOMPARE((YearQuarter{2026, 4}).next(), (YearQuarter{2027, 1}));
        QVERIFY((YearQuarter{2025, 4}) < (YearQuarter{2026, 1}));
    }
};

QTEST_GUILESS_MAIN(TestYearQuarter)
#include "tst_yearquarter.moc"
