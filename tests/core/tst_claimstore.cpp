#include "AccountStore.h"
#include "ClaimStore.h"
#include "Database.h"
#include "StoreFixture.h"

#include <QSqlQuery>
#include <QTest>

class TestClaimStore : public QObject
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

    void balanceSumsAcceptedCredits()
    {
        ClaimStore store(m_fixture->database());
        QCOMPARE(store.balanceCents(m_acme).value(), 0);
        QVERIFY(
            store.record(m_acme, {2026, 9}, QDate(2026, 10, 5), ClaimOutcome::Accepted, 25'000, 100).ok());
        QVERIFY(
            store.record(m_acme, {2026, 10}, QDate(2026, 10, 20), ClaimOutcome::MonthNotOver, 0, 200).ok());
        QVERIFY(
            store.record(m_acme, {2026, 10}, QDate(2026, 11, 2), ClaimOutcome::Accepted, 12'345, 300).ok());
        // A rejected claim grants nothing, whatever amount it came with.
        QVERIFY(store.record(m_acme, {2026, 8}, QDate(2026, 10, 6), ClaimOutcome::Late, 9'999, 400).ok());
        QVERIFY(
            store.record(m_other, {2026, 10}, QDate(2026, 11, 2), ClaimOutcome::Accepted, 1'000, 500).ok());
        QCOMPARE(store.balanceCents(m_acme).value(), 25'000 + 12'345);
        QCOMPARE(store.balanceCents(m_other).value(), 1'000);
        QVERIFY(store.hasAccepted(m_acme, {2026, 9}).value());
        QVERIFY(store.hasAccepted(m_acme, {2026, 10}).value());
        QVERIFY(!store.hasAccepted(m_acme, {2026, 8}).value());
        QVERIFY(!store.hasAccepted(m_other, {2026, 9}).value());
    }

    void keepsEveryClaimInOrder()
    {
        ClaimStore store(m_fixture->database());
        QVERIFY(store.record(m_acme, {2026, 10}, QDate(2026, 11, 3), ClaimOutcome::NoMissedGuarantee, 0, 2000)
                    .ok());
        QVERIFY(
            store.record(m_acme, {2026, 10}, QDate(2026, 10, 31), ClaimOutcome::MonthNotOver, 0, 1000).ok());
        QVERIFY(store.record(m_acme, {2026, 9}, QDate(2026, 11, 4), ClaimOutcome::Late, 0, 3000).ok());
        QVERIFY(store.record(m_acme, {2026, 8}, QDate(2026, 9, 1), ClaimOutcome::Accepted, 700, 4000).ok());
        QVERIFY(
            store.record(m_acme, {2026, 8}, QDate(2026, 9, 2), ClaimOutcome::AlreadyClaimed, 0, 5000).ok());
        const QList<ClaimRecord> claims = store.forAccount(m_acme).value();
        QCOMPARE(claims.size(), 5);
        QCOMPARE(claims[0].outcome, ClaimOutcome::MonthNotOver);
        QCOMPARE(claims[0].filedDate, QDate(2026, 10, 31));
        QCOMPARE(claims[0].recordedAt, 1000);
        QCOMPARE(claims[1].outcome, ClaimOutcome::NoMissedGuarantee);
        QCOMPARE(claims[2].outcome, ClaimOutcome::Late);
        QCOMPARE(claims[2].month, (YearMonth{2026, 9}));
        QCOMPARE(claims[3].outcome, ClaimOutcome::Accepted);
        QCOMPARE(claims[3].amountCents, 700);
        QCOMPARE(claims[3].accountId, m_acme);
        QCOMPARE(claims[4].outcome, ClaimOutcome::AlreadyClaimed);
        QVERIFY(store.forAccount(m_other).value().isEmpty());
    }

    void storesTheOutcomeWords()
    {
        ClaimStore store(m_fixture->database());
        QVERIFY(store.record(m_acme, {2026, 10}, QDate(2026, 10, 31), ClaimOutcome::MonthNotOver, 0, 1).ok());
        QVERIFY(
            store.record(m_acme, {2026, 10}, QDate(2026, 11, 1), ClaimOutcome::NoMissedGuarantee, 0, 2).ok());
        QVERIFY(store.record(m_acme, {2026, 10}, QDate(2026, 11, 2), ClaimOutcome::Accepted, 5, 3).ok());
        QVERIFY(
            store.record(m_acme, {2026, 10}, QDate(2026, 11, 3), ClaimOutcome::AlreadyClaimed, 0, 4).ok());
        QVERIFY(store.record(m_acme, {2026, 1}, QDate(2026, 11, 3), ClaimOutcome::Late, 0, 5).ok());
        QSqlQuery query(m_fixture->database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT outcome FROM claims ORDER BY recorded_at")));
        QStringList outcomes;
        while (query.next())
            outcomes << query.value(0).toString();
        QCOMPARE(outcomes, (QStringList{QStringLiteral("month_not_over"),
                                        QStringLiteral("no_missed_guarantee"), QStringLiteral("accepted"),
                                        QStringLiteral("already_claimed"), QStringLiteral("late")}));
    }

    void refusesASecondCreditAndBadClaims()
    {
        ClaimStore store(m_fixture->database());
        QVERIFY(store.record(m_acme, {2026, 10}, QDate(2026, 11, 2), ClaimOutcome::Accepted, 500, 1).ok());
        const auto again =
            store.record(m_acme, {2026, 10}, QDate(2026, 11, 3), ClaimOutcome::Accepted, 500, 2);
        QVERIFY(!again.ok());
        QCOMPARE(again.message(),
                 QStringLiteral("the credit of 2026-10 was already granted to this account"));
        QVERIFY(!store.record(m_acme, {2026, 11}, QDate(2026, 12, 2), ClaimOutcome::Accepted, -5, 3).ok());
        QVERIFY(!store.record(m_acme, {2026, 11}, QDate(), ClaimOutcome::Accepted, 5, 3).ok());
        QVERIFY(
            !store.record(m_other + 100, {2026, 11}, QDate(2026, 12, 2), ClaimOutcome::Accepted, 5, 3).ok());
        QCOMPARE(store.balanceCents(m_acme).value(), 500);
        QCOMPARE(store.forAccount(m_acme).value().size(), 1);
    }

private:
    std::unique_ptr<StoreFixture> m_fixture;
    qint64 m_acme = 0;
    qint64 m_other = 0;
};

QTEST_GUILESS_MAIN(TestClaimStore)
#include "tst_claimstore.moc"
