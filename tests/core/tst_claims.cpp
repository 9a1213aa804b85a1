#include "Claims.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ClaimOutcome)

class TestClaims : public QObject
{
    Q_OBJECT

private slots:
    void deadline_data();
    void deadline();
    void decide_data();
    void decide();
    void outcomeCodes();
};

void TestClaims::deadline_data()
{
    QTest::addColumn<YearMonth>("month");
    QTest::addColumn<QDate>("deadline");
    QTest::newRow("October 2026") << YearMonth{2026, 10} << QDate(2026, 11, 30);
    QTest::newRow("January of a common year runs into March") << YearMonth{2026, 1} << QDate(2026, 3, 2);
    QTest::newRow("January of a leap year") << YearMonth{2028, 1} << QDate(2028, 3, 1);
    QTest::newRow("February of a leap year") << YearMonth{2028, 2} << QDate(2028, 3, 30);
    QTest::newRow("December crosses the year") << YearMonth{2026, 12} << QDate(2027, 1, 30);
    QTest::newRow("September") << YearMonth{2026, 9} << QDate(2026, 10, 30);
}

void TestClaims::deadline()
{
    QFETCH(YearMonth, month);
    QFETCH(QDate, deadline);
    QCOMPARE(claimDeadline(month), deadline);
}

void TestClaims::decide_data()
{
    QTest::addColumn<QDate>("filed");
    QTest::addColumn<bool>("alreadyAccepted");
    QTest::addColumn<qint64>("credit");
    QTest::addColumn<ClaimOutcome>("outcome");

    // All for October 2026, whose deadline is 30 November.
    QTest::newRow("before the month")
        << QDate(2026, 9, 30) << false << qint64(5000) << ClaimOutcome::MonthNotOver;
    QTest::newRow("first day of the month")
        << QDate(2026, 10, 1) << false << qint64(5000) << ClaimOutcome::MonthNotOver;
    QTest::newRow("last day of the month")
        << QDate(2026, 10, 31) << false << qint64(5000) << ClaimOutcome::MonthNotOver;
    QTest::newRow("month not over beats already claimed")
        << QDate(2026, 10, 15) << true << qint64(0) << ClaimOutcome::MonthNotOver;
    QTest::newRow("day after the month")
        << QDate(2026, 11, 1) << false << qint64(5000) << ClaimOutcome::Accepted;
    QTest::newRow("on the deadline") << QDate(2026, 11, 30) << false << qint64(5000)
                                     << ClaimOutcome::Accepted;
    QTest::newRow("day after the deadline")
        << QDate(2026, 12, 1) << false << qint64(5000) << ClaimOutcome::Late;
    QTest::newRow("late beats already claimed")
        << QDate(2027, 2, 1) << true << qint64(5000) << ClaimOutcome::Late;
    QTest::newRow("late beats no missed guarantee")
        << QDate(2026, 12, 1) << false << qint64(0) << ClaimOutcome::Late;
    QTest::newRow("already claimed") << QDate(2026, 11, 10) << true << qint64(5000)
                                     << ClaimOutcome::AlreadyClaimed;
    QTest::newRow("already claimed beats no missed guarantee")
        << QDate(2026, 11, 10) << true << qint64(0) << ClaimOutcome::AlreadyClaimed;
    QTest::newRow("no credit") << QDate(2026, 11, 10) << false << qint64(0)
                               << ClaimOutcome::NoMissedGuarantee;
    QTest::newRow("one cent of credit")
        << QDate(2026, 11, 10) << false << qint64(1) << ClaimOutcome::Accepted;
}

void TestClaims::decide()
{
    QFETCH(QDate, filed);
    QFETCH(bool, alreadyAccepted);
    QFETCH(qint64, credit);
    QFETCH(ClaimOutcome, outcome);
    QCOMPARE(decideClaim(YearMonth{2026, 10}, filed, alreadyAccepted, credit), outcome);
}

void TestClaims::outcomeCodes()
{
    QCOMPARE(claimOutcomeCode(ClaimOutcome::Accepted), u"accepted"_s);
    QCOMPARE(claimOutcomeCode(ClaimOutcome::MonthNotOver), u"month_not_over"_s);
    QCOMPARE(claimOutcomeCode(ClaimOutcome::Late), u"late"_s);
    QCOMPARE(claimOutcomeCode(ClaimOutcome::AlreadyClaimed), u"already_claimed"_s);
    QCOMPARE(claimOutcomeCode(ClaimOutcome::NoMissedGuarantee), u"no_missed_guarantee"_s);
}

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
