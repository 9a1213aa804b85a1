#include "Database.h"
#include "ProductStore.h"
#include "StoreFixture.h"

#include <QTest>

class TestProductStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    }
    void cleanup() { m_fixture.reset(); }

    void keepsEveryCategory()
    {
        ProductStore store(m_fixture->database());
        QHash<qint64, ProductCategory> expected;
        for (ProductCategory category : AllProductCategories) {
            const auto id = store.add(QStringLiteral("Product ") + productCategoryCode(category), category);
            QVERIFY2(id.ok(), qPrintable(id.message()));
            expected.insert(*id, category);
        }
        QCOMPARE(store.categoryById().value(), expected);
        const auto carrier = store.findByName(QStringLiteral("Product carrier"));
        QVERIFY(carrier.ok());
        QCOMPARE(carrier->category, ProductCategory::Carrier);
    }

    void listsByName()
    {
        ProductStore store(m_fixture->database());
        QVERIFY(store.add(QStringLiteral("Voice"), ProductCategory::Ga).ok());
        QVERIFY(store.add(QStringLiteral("Number porting"), ProductCategory::SpecialistTeam).ok());
        QVERIFY(store.add(QStringLiteral("AI assistants"), ProductCategory::Beta).ok());
        const QList<Product> products = store.all().value();
        QCOMPARE(products.size(), 3);
        QCOMPARE(products[0].name, QStringLiteral("AI assistants"));
        QCOMPARE(products[0].category, ProductCategory::Beta);
        QCOMPARE(products[1].name, QStringLiteral("Number porting"));
        QCOMPARE(products[2].name, QStringLiteral("Voice"));
        QCOMPARE(products[2].category, ProductCategory::Ga);
    }

    void refusesBadProducts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("taken") << QStringLiteral("Voice")
                               << QStringLiteral("a product named 'Voice' already exists");
        QTest::newRow("empty") << QString() << QStringLiteral("a product needs a name");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("a product needs a name");
    }

    void refusesBadProducts()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        ProductStore store(m_fixture->database());
        QVERIFY(store.add(QStringLiteral("Voice"), ProductCategory::Ga).ok());
        const auto added = store.add(name, ProductCategory::Alpha);
        QVERIFY(!added.ok());
        QCOMPARE(added.message(), message);
        QCOMPARE(store.all().value().size(), 1);
    }

    void findsNothingWithAMessage()
    {
        const auto missing = ProductStore(m_fixture->database()).findByName(QStringLiteral("Fax"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.message(), QStringLiteral("no product named 'Fax'"));
    }

private:
    std::unique_ptr<StoreFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestProductStore)
#include "tst_productstore.moc"
