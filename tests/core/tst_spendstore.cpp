#include "AccountStore.h"
#include "Database.h"
#include "SpendStore.h"
#include "StoreFixture.h"

#include <QTest>

class TestSpendStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        Account acme;
        acme.name = QStringLiteral("Acme");
        m_acme = *AccountStore(m_fixture->database()).add(acme);
        Account other;
        other.name = QStringLiteral("Borealis");
        m_other = *AccountStore(m_fixture->database()).add(other);
    }
    void cleanup() { m_fixture.reset(); }

    void setsReplacesAndClears()
    {
        SpendStore store(m_fixture->database());
        QCOMPARE(store.get(m_acme, {2026, 10}).value(), std::nullopt);
        QVERIFY(store.set(m_acme, {2026, 10}, 1'250'050).ok());
        QCOMPARE(store.get(m_acme, {2026, 10}).value(), std::optional<qint64>(1'250'050));
        QVERIFY(store.set(m_acme, {2026, 10}, 0).ok());
        QCOMPARE(store.get(m_acme, {2026, 10}).value(), std::optional<qint64>(0));
        QVERIFY(store.clear(m_acme, {2026, 10}).ok());
        QCOMPARE(store.get(m_acme, {2026, 10}).value(), std::nullopt);
    }

    void groupsByAccountAndMonth()
    {
        SpendStore store(m_fixture->database());
        QVERIFY(store.set(m_acme, {2025, 12}, 500).ok());
        QVERIFY(store.set(m_acme, {2026, 1}, 700).ok());
        QVERIFY(store.set(m_other, {2026, 1}, 900).ok());
        // YearMonth::index() is year * 12 + month - 1.
        const QHash<int, qint64> acme{{2025 * 12 + 11, 500}, {2026 * 12 + 0, 700}};
        QCOMPARE(store.forAccount(m_acme).value(), acme);
        const auto all = store.all().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.value(m_acme), acme);
        QCOMPARE(all.value(m_other), (QHash<int, qint64>{{2026 * 12, 900}}));
    }

    void refusesNegativeSpendAndUnknownAccount()
    {
        SpendStore store(m_fixture->database());
        const Status negative = store.set(m_acme, {2026, 10}, -1);
        QVERIFY(!negative.ok());
        QCOMPARE(negative.message(), QStringLiteral("the spend of 2026-10 cannot be negative"));
        QVERIFY(!store.set(m_other + 100, {2026, 10}, 10).ok());
        QVERIFY(store.all().value().isEmpty());
    }

private:
    std::unique_ptr<StoreFixture> m_fixture;
    qint64 m_acme = 0;
    qint64 m_other = 0;
};

QTEST_GUILESS_MAIN(TestSpendStore)
#include "tst_spendstore.moc"
