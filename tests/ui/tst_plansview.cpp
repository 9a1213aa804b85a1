#include "AppContext.h"
#include "ContextFixture.h"
#include "Database.h"
#include "Formatting.h"
#include "PlanComparisonModel.h"
#include "PlansView.h"
#include "Timestamp.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <memory>

class TestPlansView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void comparisonShowsTheVendorPage();
    void priceFollowsTheSpend();
    void picksTheCheapestPlanMeetingTheNeeds_data();
    void picksTheCheapestPlanMeetingTheNeeds();
    void explainsWhyTheOthersDoNotFit();
    void spendThatIsNotAnAmountIsRefused();
    void languageChangeRetitlesTheRows();

private:
    int columnOf(const QString &planId) const;

    std::unique_ptr<ContextFixture> m_fixture;
    std::unique_ptr<PlansView> m_view;
};

void TestPlansView::init()
{
    m_fixture =
        std::make_unique<ContextFixture>(parseIsoTimestamp(u"2026-03-10T12:00:00Z").value().utcSeconds);
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    m_view = std::make_unique<PlansView>(m_fixture->context());
}

void TestPlansView::cleanup()
{
    m_view.reset();
    m_fixture.reset();
}

int TestPlansView::columnOf(const QString &planId) const
{
    const PlanComparisonModel *model = m_view->comparisonModel();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal, Formatting::RawValueRole).toString() == planId)
            return column;
    }
    return -1;
}

void TestPlansView::comparisonShowsTheVendorPage()
{
    PlanComparisonModel *model = m_view->comparisonModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->columnCount(), 4);
    // With no needs ticked, the free plan fits and is marked as the advice.
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Developer ✔"));
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Production"));
    QVERIFY(model->index(PlanComparisonModel::PriceRule, 0).data(Qt::BackgroundRole).isValid());
    const int production = columnOf(QStringLiteral("production"));
    const int enterprise = columnOf(QStringLiteral("enterprise"));
    const int developer = columnOf(QStringLiteral("developer"));
    QCOMPARE(model->index(PlanComparisonModel::PriceRule, developer).data().toString(),
             QStringLiteral("Free"));
    QCOMPARE(model->index(PlanComparisonModel::PriceRule, production).data().toString(),
             QStringLiteral("4% of monthly spend, at least $250.00"));
    QCOMPARE(model->index(PlanComparisonModel::ResponseP1, production).data().toString(),
             QStringLiteral("%1, business hours")
                 .arg(Formatting::targetMinutes(m_fixture->context().locale(), 180)));
    QCOMPARE(model->index(PlanComparisonModel::ResponseP1, enterprise).data().toString(),
             QStringLiteral("%1, 24/7").arg(Formatting::targetMinutes(m_fixture->context().locale(), 60)));
    QCOMPARE(model->index(PlanComparisonModel::ResponseP1, developer).data().toString(), QStringLiteral("—"));
    QCOMPARE(model->index(PlanComparisonModel::ResponseP3, enterprise).data(Formatting::RawValueRole).toInt(),
             180);
    const int phone = PlanComparisonModel::FirstFeature + int(PlanFeature::PhoneSupport);
    QCOMPARE(model->headerData(phone, Qt::Vertical).toString(), QStringLiteral("Phone support"));
    QCOMPARE(model->index(phone, enterprise).data().toString(), QStringLiteral("Yes"));
    QCOMPARE(model->index(phone, production).data().toString(), QStringLiteral("—"));
    QCOMPARE(model->index(phone, production).data(Formatting::RawValueRole).toBool(), false);
}

void TestPlansView::priceFollowsTheSpend()
{
    PlanComparisonModel *model = m_view->comparisonModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int production = columnOf(QStringLiteral("production"));
    const int enterprise = columnOf(QStringLiteral("enterprise"));
    // No spend: a paid plan costs its minimum.
    QCOMPARE(model->index(PlanComparisonModel::PriceForSpend, production)
                 .data(Formatting::RawValueRole)
                 .toLongLong(),
             25000);
    m_view->setSpendText(QStringLiteral("$30,000.50"));
    QCOMPARE(m_view->spendCents(), std::optional<qint64>(3000050));
    // 4 % of $30,000.50 = $1,200.02; 6 % = $1,800.03 (half-up).
    QCOMPARE(model->index(PlanComparisonModel::PriceForSpend, production)
                 .data(Formatting::RawValueRole)
                 .toLongLong(),
             120002);
    QCOMPARE(model->index(PlanComparisonModel::PriceForSpend, enterprise)
                 .data(Formatting::RawValueRole)
                 .toLongLong(),
             180003);
    QCOMPARE(model->index(PlanComparisonModel::PriceForSpend, production).data().toString(),
             QStringLiteral("$1,200.02"));
}

void TestPlansView::picksTheCheapestPlanMeetingTheNeeds_data()
{
    QTest::addColumn<QString>("spend");
    QTest::addColumn<int>("p1");
    QTest::addColumn<int>("p2");
    QTest::addColumn<bool>("continuousP1");
    QTest::addColumn<quint32>("features");
    QTest::addColumn<QString>("expected");

    const quint32 none = 0;
    QTest::newRow("no needs: free") << "10000" << 0 << 0 << false << none << "developer";
    QTest::newRow("P2 within 6 hours") << "10000" << 0 << 360 << false << none << "production";
    QTest::newRow("chat support") << "10000" << 0 << 0 << false
                                  << PlanCatalog::featureBit(PlanFeature::ChatSupport) << "production";
    QTest::newRow("P1 within an hour") << "10000" << 60 << 0 << false << none << "enterprise";
    QTest::newRow("P1 around the clock") << "100000" << 0 << 0 << true << none << "enterprise";
    QTest::newRow("phone support") << "0" << 0 << 0 << false
                                   << PlanCatalog::featureBit(PlanFeature::PhoneSupport) << "enterprise";
    QTest::newRow("technical account manager")
        << "10000" << 0 << 0 << false << PlanCatalog::featureBit(PlanFeature::TechnicalAccountManager)
        << "personalized";
    QTest::newRow("P1 within 30 minutes: none") << "10000" << 30 << 0 << false << none << "";
}

void TestPlansView::picksTheCheapestPlanMeetingTheNeeds()
{
    QFETCH(QString, spend);
    QFETCH(int, p1);
    QFETCH(int, p2);
    QFETCH(bool, continuousP1);
    QFETCH(quint32, features);
    QFETCH(QString, expected);

    m_view->setSpendText(spend);
    PlanNeeds needs;
    if (p1 > 0)
        needs.maxResponseMinutes[0] = p1;
    if (p2 > 0)
        needs.maxResponseMinutes[1] = p2;
    needs.needContinuousP1 = continuousP1;
    needs.requiredFeatureMask = features;
    m_view->setNeeds(needs);
    // The form holds what was set, and the advice follows it.
    QCOMPARE(m_view->needs().maxResponseMinutes, needs.maxResponseMinutes);
    QCOMPARE(m_view->needs().requiredFeatureMask, features);
    QCOMPARE(m_view->recommendedPlanId().value_or(QString()), expected);
    if (expected.isEmpty())
        QCOMPARE(m_view->adviceText(), QStringLiteral("No plan meets all these needs."));
}

void TestPlansView::explainsWhyTheOthersDoNotFit()
{
    m_view->setSpendText(QStringLiteral("10000"));
    PlanNeeds needs;
    needs.requiredFeatureMask = PlanCatalog::featureBit(PlanFeature::PhoneSupport);
    m_view->setNeeds(needs);
    QCOMPARE(m_view->adviceText(),
             QStringLiteral("The cheapest plan that meets these needs: Enterprise, $1,500.00 a month."));
    const QString others = m_view->otherPlansText();
    QVERIFY2(others.contains(QStringLiteral("Production does not fit: Phone support is not included.")),
             qPrintable(others));
    QVERIFY2(others.contains(QStringLiteral("Personalized fits too, but costs $5,000.00 a month.")),
             qPrintable(others));
}

void TestPlansView::spendThatIsNotAnAmountIsRefused()
{
    m_view->setSpendText(QStringLiteral("12.345"));
    QVERIFY(!m_view->spendCents());
    QVERIFY(!m_view->recommendedPlanId());
    m_view->setSpendText(QStringLiteral("12.34"));
    QCOMPARE(m_view->spendCents(), std::optional<qint64>(1234));
}

void TestPlansView::languageChangeRetitlesTheRows()
{
    QSignalSpy spy(m_view->comparisonModel(), &QAbstractItemModel::headerDataChanged);
    QEvent event(QEvent::LanguageChange);
    QApplication::sendEvent(m_view.get(), &event);
    QVERIFY(spy.count() >= 1);
}

QTEST_MAIN(TestPlansView)
#include "tst_plansview.moc"
