#include "Money.h"
#include "Plan.h"

#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void divideRoundHalfUp_data();
    void divideRoundHalfUp();
    void multiplyDivideRoundHalfUpHugeValues();
    void parseDollars_data();
    void parseDollars();
    void parseDollarsRejects_data();
    void parseDollarsRejects();
    void formatDollars_data();
    void formatDollars();
    void planFee_data();
    void planFee();
    void proratedFee_data();
    void proratedFee();
};

void TestMoney::divideRoundHalfUp_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("exact") << qint64(100) << qint64(4) << qint64(25);
    QTest::newRow("below half") << qint64(14) << qint64(10) << qint64(1);
    QTest::newRow("exactly half rounds up") << qint64(15) << qint64(10) << qint64(2);
    QTest::newRow("above half") << qint64(16) << qint64(10) << qint64(2);
    QTest::newRow("odd denominator just below half") << qint64(1) << qint64(3) << qint64(0);
    QTest::newRow("odd denominator just above half") << qint64(2) << qint64(3) << qint64(1);
    QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(0);
    QTest::newRow("huge denominator, no overflow")
        << std::numeric_limits<qint64>::max() / 2 + 1 << std::numeric_limits<qint64>::max() << qint64(1);
}

void TestMoney::divideRoundHalfUp()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE(::divideRoundHalfUp(numerator, denominator), expected);
}

void TestMoney::multiplyDivideRoundHalfUpHugeValues()
{
    // 10^17 cents × 800 overflows as a plain product; the quotient is 8 × 10^15.
    QCOMPARE(multiplyDivideRoundHalfUp(qint64(100'000'000'000'000'000), 800, 10000),
             qint64(8'000'000'000'000'000));
    // 1 000 000 000 000 000 001 × 3 / 4 = 750 000 000 000 000 000.75 → …001
    QCOMPARE(multiplyDivideRoundHalfUp(qint64(1'000'000'000'000'000'001), 3, 4),
             qint64(750'000'000'000'000'001));
}

void TestMoney::parseDollars_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("two decimals") << u"12500.50"_s << qint64(1250050);
    QTest::newRow("one decimal is tenths") << u"12500.5"_s << qint64(1250050);
    QTest::newRow("whole dollars") << u"12500"_s << qint64(1250000);
    QTest::newRow("cents only") << u"0.99"_s << qint64(99);
    QTest::newRow("dollar sign") << u"$12500.50"_s << qint64(1250050);
    QTest::newRow("thousands separators") << u"12,500.50"_s << qint64(1250050);
    QTest::newRow("sign and separators") << u"$1,234,567.89"_s << qint64(123456789);
    QTest::newRow("surrounding spaces") << u"  250 "_s << qint64(25000);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("largest") << u"92233720368547758.07"_s << std::numeric_limits<qint64>::max();
}

void TestMoney::parseDollars()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const Expected<qint64> parsed = ::parseDollars(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    QCOMPARE(*parsed, cents);
}

void TestMoney::parseDollarsRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty") << QString() << u"no digits"_s;
    QTest::newRow("sign only") << u"$"_s << u"no digits"_s;
    QTest::newRow("three decimals") << u"12.505"_s << u"more than two decimals"_s;
    QTest::newRow("negative") << u"-5.00"_s << u"negative"_s;
    QTest::newRow("negative after sign") << u"$-5"_s << u"negative"_s;
    QTest::newRow("letters") << u"12a"_s << u"unexpected character 'a'"_s;
    QTest::newRow("two points") << u"1.2.3"_s << u"unexpected character '.'"_s;
    QTest::newRow("trailing point") << u"12."_s << u"after the decimal point"_s;
    QTest::newRow("leading point") << u".5"_s << u"before the decimal point"_s;
    QTest::newRow("separator in a group of two") << u"1,25"_s << u"groups of three"_s;
    QTest::newRow("doubled separator") << u"12,,500"_s << u"groups of three"_s;
    QTest::newRow("leading separator") << u",500"_s << u"groups of three"_s;
    QTest::newRow("one cent too many") << u"92233720368547758.08"_s << u"too large"_s;
    QTest::newRow("far too many digits") << u"99999999999999999999999"_s << u"too large"_s;
}

void TestMoney::parseDollarsRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, why);
    const Expected<qint64> parsed = ::parseDollars(text);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.message().contains(why), qPrintable(parsed.message()));
    QVERIFY2(parsed.message().contains(u'"' + text + u'"'), qPrintable(parsed.message()));
}

void TestMoney::formatDollars_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("no separators") << qint64(1250050) << u"12500.50"_s;
    QTest::newRow("zero") << qint64(0) << u"0.00"_s;
    QTest::newRow("cents") << qint64(7) << u"0.07"_s;
    QTest::newRow("whole") << qint64(25000) << u"250.00"_s;
    QTest::newRow("negative") << qint64(-1205) << u"-12.05"_s;
    QTest::newRow("most negative") << std::numeric_limits<qint64>::min() << u"-92233720368547758.08"_s;
}

void TestMoney::formatDollars()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(::formatDollars(cents), text);
    QCOMPARE(::formatHundredths(cents), text); // minutes and percents alike
}

void TestMoney::planFee_data()
{
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<qint64>("minimumCents");
    QTest::addColumn<qint64>("spendCents");
    QTest::addColumn<qint64>("fee");
    // 4 % of $6,250.13 = $250.0052 → $250.01, just above the $250 minimum.
    QTest::newRow("percent rounds up the half cent")
        << 400 << qint64(25000) << qint64(625013) << qint64(25001);
    // 4 % of $6,250.12 = $250.0048 → $250.00.
    QTest::newRow("percent rounds down") << 400 << qint64(25000) << qint64(625012) << qint64(25000);
    // 4 % of $6,000 = $240: the minimum wins.
    QTest::newRow("minimum wins below") << 400 << qint64(25000) << qint64(600000) << qint64(25000);
    QTest::newRow("no spend pays the minimum") << 600 << qint64(150000) << qint64(0) << qint64(150000);
    // 6 % of $100,000.25 = $6,000.015 → $6,000.02 (half-up).
    QTest::newRow("exact half cent") << 600 << qint64(150000) << qint64(10000025) << qint64(600002);
    QTest::newRow("8 % of $100,000") << 800 << qint64(500000) << qint64(10000000) << qint64(800000);
    QTest::newRow("free plan") << 0 << qint64(0) << qint64(10000000) << qint64(0);
}

void TestMoney::planFee()
{
    QFETCH(int, basisPoints);
    QFETCH(qint64, minimumCents);
    QFETCH(qint64, spendCents);
    QFETCH(qint64, fee);
    PlanTerms terms;
    terms.percentBasisPoints = basisPoints;
    terms.minimumCents = minimumCents;
    QCOMPARE(::planFee(terms, spendCents), fee);
}

void TestMoney::proratedFee_data()
{
    QTest::addColumn<qint64>("fee");
    QTest::addColumn<int>("activeDays");
    QTest::addColumn<int>("daysInMonth");
    QTest::addColumn<qint64>("expected");
    // Production on $10,000 of spend is $400; 12 of 30 days is $160.
    QTest::newRow("production 12 of 30 days") << qint64(40000) << 12 << 30 << qint64(16000);
    QTest::newRow("whole month") << qint64(40000) << 30 << 30 << qint64(40000);
    // $250 × 1 / 31 = 806.4516… cents → $8.06.
    QTest::newRow("one day of 31 rounds down") << qint64(25000) << 1 << 31 << qint64(806);
    // $250 × 2 / 31 = 1612.903… cents → $16.13.
    QTest::newRow("two days of 31 rounds up") << qint64(25000) << 2 << 31 << qint64(1613);
    // 1 cent × 1 / 2 = 0.5 cent → 1 cent.
    QTest::newRow("half a cent rounds up") << qint64(1) << 1 << 2 << qint64(1);
    // $1,500 × 14 / 28 (February) = $750.
    QTest::newRow("half of February") << qint64(150000) << 14 << 28 << qint64(75000);
    QTest::newRow("free") << qint64(0) << 10 << 31 << qint64(0);
}

void TestMoney::proratedFee()
{
    QFETCH(qint64, fee);
    QFETCH(int, activeDays);
    QFETCH(int, daysInMonth);
    QFETCH(qint64, expected);
    QCOMPARE(::proratedFee(fee, activeDays, daysInMonth), expected);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
