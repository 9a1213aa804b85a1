#include "PlanAdvisor.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate Today(2026, 10, 15);

PlanNeeds needs(std::optional<int> p1 = {}, std::optional<int> p2 = {}, std::optional<int> p3 = {},
                bool continuousP1 = false, std::initializer_list<PlanFeature> features = {})
{
    PlanNeeds result;
    result.maxResponseMinutes = {p1, p2, p3};
    result.needContinuousP1 = continuousP1;
    for (PlanFeature feature : features)
        result.requiredFeatureMask |= PlanCatalog::featureBit(feature);
    return result;
}

} // namespace

Q_DECLARE_METATYPE(PlanNeeds)

class TestPlanAdvisor : public QObject
{
    Q_OBJECT

private slots:
    void cheapest_data();
    void cheapest();
    void quotesEveryPlanInOrder();
    void tieGoesToTheEarlierPlan();
    void usesTheTermsInForce();
};

void TestPlanAdvisor::cheapest_data()
{
    QTest::addColumn<qint64>("spend");
    QTest::addColumn<PlanNeeds>("needs");
    QTest::addColumn<QString>("plan"); // empty: none meets the needs

    using F = PlanFeature;
    QTest::newRow("no needs: developer") << qint64(1000000) << needs() << u"developer"_s;
    QTest::newRow("email only: developer")
        << qint64(1000000) << needs({}, {}, {}, false, {F::EmailSupport}) << u"developer"_s;
    QTest::newRow("chat: production")
        << qint64(1000000) << needs({}, {}, {}, false, {F::ChatSupport}) << u"production"_s;
    QTest::newRow("P2 within 6 business hours: production") << qint64(0) << needs({}, 360) << u"production"_s;
    QTest::newRow("P3 within 5 hours: enterprise") << qint64(0) << needs({}, {}, 300) << u"enterprise"_s;
    QTest::newRow("P1 within 60 minutes 24/7: enterprise")
        << qint64(1000000) << needs(60, {}, {}, true) << u"enterprise"_s;
    // 6 % of $1,000,000 is $60,000 against 8 % for Personalized: still Enterprise.
    QTest::newRow("P1 24/7 on a large spend: enterprise")
        << qint64(100000000) << needs(60, {}, {}, true) << u"enterprise"_s;
    QTest::newRow("P1 around the clock, any time: enterprise")
        << qint64(0) << needs({}, {}, {}, true) << u"enterprise"_s;
    QTest::newRow("phone: enterprise")
        << qint64(0) << needs({}, {}, {}, false, {F::PhoneSupport}) << u"enterprise"_s;
    QTest::newRow("technical account manager: personalized")
        << qint64(0) << needs({}, {}, {}, false, {F::TechnicalAccountManager}) << u"personalized"_s;
    QTest::newRow("quarterly review and phone: personalized")
        << qint64(0) << needs({}, {}, {}, false, {F::QuarterlyStatusReview, F::PhoneSupport})
        << u"personalized"_s;
    QTest::newRow("P1 within 30 minutes: none") << qint64(0) << needs(30) << QString();
}

void TestPlanAdvisor::cheapest()
{
    QFETCH(qint64, spend);
    QFETCH(PlanNeeds, needs);
    QFETCH(QString, plan);
    const std::optional<QString> chosen = cheapestPlanMeeting(PlanCatalog::seeded(), Today, spend, needs);
    QCOMPARE(chosen.value_or(QString()), plan);
}

void TestPlanAdvisor::quotesEveryPlanInOrder()
{
    // $10,000 of spend: free, 4 % = $400, the $1,500 and $5,000 minimums.
    const QList<PlanQuote> quotes = quotePlans(PlanCatalog::seeded(), Today, 1000000,
                                               needs(60, {}, {}, true, {PlanFeature::PhoneSupport}));
    QCOMPARE(quotes.size(), 4);
    QCOMPARE(quotes[0].planId, u"developer"_s);
    QCOMPARE(quotes[0].monthlyFeeCents, qint64(0));
    QCOMPARE(quotes[0].meetsNeeds, false);
    // No P1 guarantee, none around the clock, no phone.
    QCOMPARE(quotes[0].unmetReasons.size(), 3);
    QCOMPARE(quotes[1].planId, u"production"_s);
    QCOMPARE(quotes[1].monthlyFeeCents, qint64(40000));
    QCOMPARE(quotes[1].meetsNeeds, false);
    // P1 in 180 business minutes, not around the clock, no phone.
    QCOMPARE(quotes[1].unmetReasons.size(), 3);
    QVERIFY2(quotes[1].unmetReasons.first().contains(u"180"_s), qPrintable(quotes[1].unmetReasons.first()));
    QCOMPARE(quotes[2].planId, u"enterprise"_s);
    QCOMPARE(quotes[2].monthlyFeeCents, qint64(150000));
    QCOMPARE(quotes[2].meetsNeeds, true);
    QVERIFY(quotes[2].unmetReasons.isEmpty());
    QCOMPARE(quotes[3].planId, u"personalized"_s);
    QCOMPARE(quotes[3].monthlyFeeCents, qint64(500000));
    QCOMPARE(quotes[3].meetsNeeds, true);
}

void TestPlanAdvisor::tieGoesToTheEarlierPlan()
{
    PlanCatalog catalog = PlanCatalog::seeded();
    Plan twin = *catalog.find(u"enterprise");
    twin.id = u"enterprise_plus"_s;
    catalog.plans.append(twin);
    QCOMPARE(cheapestPlanMeeting(catalog, Today, 0, needs(60)), std::optional(u"enterprise"_s));
}

void TestPlanAdvisor::usesTheTermsInForce()
{
    // Production gains phone support and costs 5 % from 2027 on.
    PlanCatalog catalog = PlanCatalog::seeded();
    Plan &production = catalog.plans[1];
    PlanTerms edited = production.terms.first();
    edited.effectiveFrom = QDate(2027, 1, 1);
    edited.percentBasisPoints = 500;
    edited.set(PlanFeature::PhoneSupport);
    production.terms.append(edited);

    const PlanNeeds phone = needs({}, {}, {}, false, {PlanFeature::PhoneSupport});
    QCOMPARE(cheapestPlanMeeting(catalog, QDate(2026, 12, 31), 1000000, phone),
             std::optional(u"enterprise"_s));
    QCOMPARE(cheapestPlanMeeting(catalog, QDate(2027, 1, 1), 1000000, phone), std::optional(u"production"_s));
    // 5 % of $10,000.
    QCOMPARE(quotePlans(catalog, QDate(2027, 1, 1), 1000000, phone)[1].monthlyFeeCents, qint64(50000));
}

QTEST_GUILESS_MAIN(TestPlanAdvisor)
#include "tst_planadvisor.moc"
