#include "Database.h"
#include "ProductStore.h"
#include "TestStore.h"

#include <QTest>

class TestProductStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        QVERIFY2(!m_store->location().isEmpty(), qPrintable(m_store->error()));
        auto database = Database::open(m_store->location());
        QVERIFY2(database.ok(), qPrintable(database.error()));
        m_db = std::move(*database);
    }
    void cleanup()
    {
        m_db.reset();
        m_store.reset();
    }

    void keepsEveryCategory()
    {
        ProductStore store(*m_db);
        QHash<qint64, ProductCategory> expected;
        for (ProductCategory category : AllProductCategories) {
            const auto id = store.add(QStringLiteral("Product ") + productCategoryCode(category), category);
            QVERIFY2(id.ok(), qPrintable(id.error()));
            expected.insert(*id, category);
        }
        QCOMPARE(store.categoryById(), expected);
        const auto carrier = store.findByName(QStringLiteral("Product carrier"));
        QVERIFY(carrier.ok());
        QCOMPARE(carrier->category, ProductCategory::Carrier);
    }

    void listsByName()
    {
        ProductStore store(*m_db);
        QVERIFY(store.add(QStringLiteral("Voice"), ProductCategory::Ga).ok());
        QVERIFY(store.add(QStringLiteral("Number porting"), ProductCategory::SpecialistTeam).ok());
        QVERIFY(store.add(QStringLiteral("AI assistants"), ProductCategory::Beta).ok());
        const QList<Product> products = store.all();
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
        ProductStore store(*m_db);
        QVERIFY(store.add(QStringLiteral("Voice"), ProductCategory::Ga).ok());
        const auto added = store.add(name, ProductCategory::Alpha);
        QVERIFY(!added.ok());
        QCOMPARE(added.error(), message);
        QCOMPARE(store.all().size(), 1);
    }

    void findsNothingWithAMessage()
    {
        const auto missing = ProductStore(*m_db).findByName(QStringLiteral("Fax"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error(), QStringLiteral("no product named 'Fax'"));
    }

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestProductStore)
#include "tst_productstore.moc"
