#include "Database.h"
#include "PlanCatalog.h"
#include "PlanStore.h"
#include "StoreFixture.h"

#include <QTest>

namespace {

ResponseTarget target(TargetClock clock, int minutes)
{
    return {clock, minutes};
}

PlanTerms terms(QDate from, int percent, qint64 minimum, std::array<ResponseTarget, PriorityCount> targets,
                std::initializer_list<PlanFeature> features)
{
    PlanTerms t;
    t.effectiveFrom = from;
    t.percentBasisPoints = percent;
    t.minimumCents = minimum;
    t.targets = targets;
    for (PlanFeature feature : features)
        t.set(feature);
    return t;
}

void compareTerms(const PlanTerms &actual, const PlanTerms &expected)
{
    QCOMPARE(actual.effectiveFrom, expected.effectiveFrom);
    QCOMPARE(actual.percentBasisPoints, expected.percentBasisPoints);
    QCOMPARE(actual.minimumCents, expected.minimumCents);
    for (Priority priority : AllPriorities) {
        QCOMPARE(actual.target(priority).clock, expected.target(priority).clock);
        QCOMPARE(actual.target(priority).minutes, expected.target(priority).minutes);
    }
    QCOMPARE(actual.featureMask, expected.featureMask);
}

const Plan *findPlan(const PlanCatalog &catalog, const QString &id)
{
    for (const Plan &plan : catalog.plans) {
        if (plan.id == id)
            return &plan;
    }
    return nullptr;
}

} // namespace

class TestPlanStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    }
    void cleanup() { m_fixture.reset(); }

    void holdsTheSeededCatalog()
    {
        const PlanCatalog catalog = PlanStore(m_fixture->database()).catalog().value();
        const PlanCatalog seeded = PlanCatalog::seeded();
        QCOMPARE(catalog.plans.size(), seeded.plans.size());
        for (qsizetype i = 0; i < seeded.plans.size(); ++i) {
            QCOMPARE(catalog.plans[i].id, seeded.plans[i].id);
            QCOMPARE(catalog.plans[i].nameEn, seeded.plans[i].nameEn);
            QCOMPARE(catalog.plans[i].nameFr, seeded.plans[i].nameFr);
            QCOMPARE(catalog.plans[i].terms.size(), seeded.plans[i].terms.size());
            for (qsizetype t = 0; t < seeded.plans[i].terms.size(); ++t)
                compareTerms(catalog.plans[i].terms[t], seeded.plans[i].terms[t]);
        }
    }

    void seededPlansAreTheVendorsOnes()
    {
        const PlanCatalog catalog = PlanStore(m_fixture->database()).catalog().value();
        QStringList ids;
        for (const Plan &plan : catalog.plans)
            ids << plan.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("developer"), QStringLiteral("production"),
                                   QStringLiteral("enterprise"), QStringLiteral("personalized")}));
        // Production: 4 % of spend, at least $250, 3/6/9 business hours; chat but no phone.
        const PlanTerms &production = catalog.plans[1].terms.first();
        QCOMPARE(production.percentBasisPoints, 400);
        QCOMPARE(production.minimumCents, 25'000);
        QCOMPARE(production.target(Priority::P1), target(TargetClock::Business, 180));
        QCOMPARE(production.target(Priority::P3), target(TargetClock::Business, 540));
        QVERIFY(production.has(PlanFeature::ChatSupport));
        QVERIFY(!production.has(PlanFeature::PhoneSupport));
        // Enterprise: P1 within an hour around the clock.
        const PlanTerms &enterprise = catalog.plans[2].terms.first();
        QCOMPARE(enterprise.target(Priority::P1), target(TargetClock::Continuous, 60));
        QCOMPARE(catalog.plans[2].nameFr, QStringLiteral("Entreprise"));
        QVERIFY(catalog.plans[0].terms.first().isFree());
        QVERIFY(!catalog.plans[0].terms.first().target(Priority::P1).exists());
        QVERIFY(catalog.plans[3].terms.first().has(PlanFeature::QuarterlyStatusReview));
    }

    void newTermsKeepTheOldOnes()
    {
        PlanStore store(m_fixture->database());
        const PlanTerms raise = terms(QDate(2027, 1, 1), 450, 30'000,
                                      {target(TargetClock::Business, 120), target(TargetClock::Business, 360),
                                       target(TargetClock::None, 0)},
                                      {PlanFeature::EmailSupport, PlanFeature::PhoneSupport});
        QVERIFY(store.saveTerms(QStringLiteral("production"), raise).ok());
        const PlanCatalog raised = store.catalog().value();
        const Plan *production = findPlan(raised, QStringLiteral("production"));
        QVERIFY(production);
        QCOMPARE(production->terms.size(), 2);
        QCOMPARE(production->terms[0].percentBasisPoints, 400);
        compareTerms(production->terms[1], raise);

        // Saving terms for the same date replaces them.
        PlanTerms corrected = raise;
        corrected.percentBasisPoints = 425;
        QVERIFY(store.saveTerms(QStringLiteral("production"), corrected).ok());
        const PlanCatalog catalog = store.catalog().value();
        QCOMPARE(findPlan(catalog, QStringLiteral("production"))->terms.size(), 2);
        compareTerms(findPlan(catalog, QStringLiteral("production"))->terms[1], corrected);
    }

    void refusesBadTerms_data()
    {
        QTest::addColumn<QString>("planId");
        QTest::addColumn<PlanTerms>("planTerms");
        QTest::addColumn<QString>("message");
        const PlanTerms good = terms(QDate(2027, 1, 1), 400, 25'000,
                                     {target(TargetClock::Business, 180), target(TargetClock::Business, 360),
                                      target(TargetClock::Business, 540)},
                                     {});
        QTest::newRow("unknown plan") << QStringLiteral("gold") << good << QStringLiteral("no plan 'gold'");
        PlanTerms bad = good;
        bad.effectiveFrom = QDate();
        QTest::newRow("no date") << QStringLiteral("production") << bad
                                 << QStringLiteral(
                                        "terms of plan 'production' need the date they apply from");
        bad = good;
        bad.minimumCents = -1;
        QTest::newRow("negative minimum") << QStringLiteral("production") << bad
                                          << QStringLiteral("plan 'production': a price cannot be negative");
        bad = good;
        bad.targets[1] = target(TargetClock::Continuous, 0);
        QTest::newRow("zero minutes")
            << QStringLiteral("production") << bad
            << QStringLiteral("plan 'production': the P2 target needs a number of minutes above 0");
    }

    void refusesBadTerms()
    {
        QFETCH(QString, planId);
        QFETCH(PlanTerms, planTerms);
        QFETCH(QString, message);
        PlanStore store(m_fixture->database());
        const Status status = store.saveTerms(planId, planTerms);
        QVERIFY(!status.ok());
        QCOMPARE(status.message(), message);
        QCOMPARE(findPlan(store.catalog().value(), QStringLiteral("production"))->terms.size(), 1);
    }

    void addsAPlanAfterTheOthers()
    {
        PlanStore store(m_fixture->database());
        Plan gold;
        gold.id = QStringLiteral("gold");
        gold.nameEn = QStringLiteral("Gold");
        gold.terms = {terms(QDate(2026, 1, 1), 500, 100'000,
                            {target(TargetClock::Continuous, 30), target(TargetClock::Business, 60),
                             target(TargetClock::Business, 240)},
                            {PlanFeature::EmailSupport, PlanFeature::TechnicalAccountManager}),
                      terms(QDate(2026, 7, 1), 550, 100'000,
                            {target(TargetClock::Continuous, 30), target(TargetClock::Business, 60),
                             target(TargetClock::Business, 240)},
                            {PlanFeature::EmailSupport})};
        QVERIFY(store.addPlan(gold).ok());
        const PlanCatalog catalog = store.catalog().value();
        QCOMPARE(catalog.plans.size(), 5);
        const Plan &stored = catalog.plans.last();
        QCOMPARE(stored.id, QStringLiteral("gold"));
        QCOMPARE(stored.nameFr, QStringLiteral("Gold")); // no French name: the English one
        QCOMPARE(stored.terms.size(), 2);
        compareTerms(stored.terms[0], gold.terms[0]);
        compareTerms(stored.terms[1], gold.terms[1]);

        const Status twice = store.addPlan(gold);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.message(), QStringLiteral("a plan with id 'gold' already exists"));
        Plan noTerms = gold;
        noTerms.id = QStringLiteral("silver");
        noTerms.terms.clear();
        QCOMPARE(store.addPlan(noTerms).message(), QStringLiteral("plan 'silver' needs its terms"));
        Plan spaced = gold;
        spaced.id = QStringLiteral("gold plus");
        QVERIFY(!store.addPlan(spaced).ok());
        QCOMPARE(store.catalog().value().plans.size(), 5);
    }

private:
    std::unique_ptr<StoreFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestPlanStore)
#include "tst_planstore.moc"
