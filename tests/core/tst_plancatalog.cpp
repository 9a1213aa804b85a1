#include "PlanCatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(TargetClock)

class TestPlanCatalog : public QObject
{
    Q_OBJECT

private slots:
    void seededPlansInDisplayOrder();
    void seededPrices_data();
    void seededPrices();
    void seededTargets_data();
    void seededTargets();
    void seededFeatures_data();
    void seededFeatures();
    void findUnknown();
    void featureCodesRoundTrip();
    void termsOnPicksTheTermsInForce_data();
    void termsOnPicksTheTermsInForce();
};

void TestPlanCatalog::seededPlansInDisplayOrder()
{
    const PlanCatalog catalog = PlanCatalog::seeded();
    QStringList ids;
    for (const Plan &plan : catalog.plans)
        ids << plan.id;
    QCOMPARE(ids, (QStringList{u"developer"_s, u"production"_s, u"enterprise"_s, u"personalized"_s}));
    QCOMPARE(catalog.find(u"developer")->name(u"fr"_s), u"Développeur"_s);
    QCOMPARE(catalog.find(u"enterprise")->name(u"fr"_s), u"Entreprise"_s);
    QCOMPARE(catalog.find(u"personalized")->name(u"fr"_s), u"Personnalisé"_s);
    QCOMPARE(catalog.find(u"personalized")->name(u"en"_s), u"Personalized"_s);
    for (const Plan &plan : catalog.plans) {
        QCOMPARE(plan.terms.size(), 1);
        QCOMPARE(plan.terms.first().effectiveFrom, QDate(2000, 1, 1));
    }
}

void TestPlanCatalog::seededPrices_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<qint64>("minimumCents");
    QTest::addColumn<bool>("free");
    QTest::newRow("developer") << u"developer"_s << 0 << qint64(0) << true;
    QTest::newRow("production") << u"production"_s << 400 << qint64(25000) << false;
    QTest::newRow("enterprise") << u"enterprise"_s << 600 << qint64(150000) << false;
    QTest::newRow("personalized") << u"personalized"_s << 800 << qint64(500000) << false;
}

void TestPlanCatalog::seededPrices()
{
    QFETCH(QString, id);
    QFETCH(int, basisPoints);
    QFETCH(qint64, minimumCents);
    QFETCH(bool, free);
    const PlanCatalog catalog = PlanCatalog::seeded();
    const Plan *plan = catalog.find(id);
    QVERIFY(plan);
    const PlanTerms &terms = plan->termsOn(QDate(2026, 10, 1));
    QCOMPARE(terms.percentBasisPoints, basisPoints);
    QCOMPARE(terms.minimumCents, minimumCents);
    QCOMPARE(terms.isFree(), free);
}

void TestPlanCatalog::seededTargets_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("priority");
    QTest::addColumn<TargetClock>("clock");
    QTest::addColumn<int>("minutes");
    const auto B = TargetClock::Business;
    const auto C = TargetClock::Continuous;
    const auto N = TargetClock::None;
    QTest::newRow("developer P1") << u"developer"_s << 0 << N << 0;
    QTest::newRow("developer P3") << u"developer"_s << 2 << N << 0;
    QTest::newRow("production P1") << u"production"_s << 0 << B << 180;
    QTest::newRow("production P2") << u"production"_s << 1 << B << 360;
    QTest::newRow("production P3") << u"production"_s << 2 << B << 540;
    QTest::newRow("enterprise P1") << u"enterprise"_s << 0 << C << 60;
    QTest::newRow("enterprise P2") << u"enterprise"_s << 1 << B << 120;
    QTest::newRow("enterprise P3") << u"enterprise"_s << 2 << B << 180;
    QTest::newRow("personalized P1") << u"personalized"_s << 0 << C << 60;
    QTest::newRow("personalized P2") << u"personalized"_s << 1 << B << 120;
    QTest::newRow("personalized P3") << u"personalized"_s << 2 << B << 180;
}

void TestPlanCatalog::seededTargets()
{
    QFETCH(QString, id);
    QFETCH(int, priority);
    QFETCH(TargetClock, clock);
    QFETCH(int, minutes);
    const PlanCatalog catalog = PlanCatalog::seeded();
    const ResponseTarget &target = catalog.find(id)->termsOn(QDate(2026, 1, 1)).target(Priority(priority));
    QCOMPARE(target.clock, clock);
    if (target.exists())
        QCOMPARE(target.minutes, minutes);
}

void TestPlanCatalog::seededFeatures_data()
{
    QTest::addColumn<QString>("feature");
    QTest::addColumn<QStringList>("plans");
    const QStringList all{u"developer"_s, u"production"_s, u"enterprise"_s, u"personalized"_s};
    QTest::newRow("status") << u"api_status_notifications"_s << all;
    QTest::newRow("email") << u"email_support"_s << all;
    QTest::newRow("chat") << u"chat_support"_s
                          << QStringList{u"production"_s, u"enterprise"_s, u"personalized"_s};
    QTest::newRow("phone") << u"phone_support"_s << QStringList{u"enterprise"_s, u"personalized"_s};
    QTest::newRow("tam") << u"technical_account_manager"_s << QStringList{u"personalized"_s};
    QTest::newRow("escalation") << u"escalation_line"_s << QStringList{u"personalized"_s};
    QTest::newRow("review") << u"quarterly_status_review"_s << QStringList{u"personalized"_s};
}

void TestPlanCatalog::seededFeatures()
{
    QFETCH(QString, feature);
    QFETCH(QStringList, plans);
    const auto parsed = PlanCatalog::parseFeature(feature);
    QVERIFY(parsed);
    QStringList having;
    for (const Plan &plan : PlanCatalog::seeded().plans) {
        if (plan.termsOn(QDate(2026, 1, 1)).has(*parsed))
            having << plan.id;
    }
    QCOMPARE(having, plans);
}

void TestPlanCatalog::findUnknown()
{
    const PlanCatalog catalog = PlanCatalog::seeded();
    QCOMPARE(catalog.find(u"gold"), nullptr);
    QCOMPARE(catalog.find(u"Enterprise"), nullptr);
}

void TestPlanCatalog::featureCodesRoundTrip()
{
    for (PlanFeature feature : AllPlanFeatures) {
        QCOMPARE(PlanCatalog::parseFeature(PlanCatalog::featureCode(feature)), std::optional(feature));
        QVERIFY(qstrlen(PlanCatalog::featureLabel(feature)) > 0);
    }
    QCOMPARE(PlanCatalog::parseFeature(u" Phone_Support "), std::optional(PlanFeature::PhoneSupport));
    QCOMPARE(PlanCatalog::parseFeature(u"fax_support"), std::nullopt);
    QCOMPARE(PlanCatalog::featureCode(PlanFeature::EscalationLine), u"escalation_line"_s);
}

void TestPlanCatalog::termsOnPicksTheTermsInForce_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("basisPoints");
    QTest::newRow("before all terms: the earliest") << QDate(1999, 12, 31) << 400;
    QTest::newRow("first day of the first terms") << QDate(2000, 1, 1) << 400;
    QTest::newRow("day before the edit") << QDate(2026, 6, 30) << 400;
    QTest::newRow("day of the edit") << QDate(2026, 7, 1) << 500;
    QTest::newRow("long after") << QDate(2030, 1, 1) << 500;
}

void TestPlanCatalog::termsOnPicksTheTermsInForce()
{
    QFETCH(QDate, date);
    QFETCH(int, basisPoints);
    Plan plan = *PlanCatalog::seeded().find(u"production");
    PlanTerms edited = plan.terms.first();
    edited.effectiveFrom = QDate(2026, 7, 1);
    edited.percentBasisPoints = 500;
    plan.terms.append(edited);
    QCOMPARE(plan.termsOn(date).percentBasisPoints, basisPoints);
}

QTEST_GUILESS_MAIN(TestPlanCatalog)
#include "tst_plancatalog.moc"
