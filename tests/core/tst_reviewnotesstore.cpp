// The notes of each account's quarterly status review: none until saved,
// kept per account and quarter, saved over the version read and refused when
// someone saved meanwhile, removed with the account. On SQLite and, as
// tst_reviewnotesstore_postgresql, on PostgreSQL.
#include "AccountStore.h"
#include "Database.h"
#include "ReviewNotesStore.h"
#include "StoreFixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestReviewNotesStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        Account acme;
        acme.name = u"Acme"_s;
        const auto id = AccountStore(m_fixture->database()).add(acme);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        m_account = *id;
    }
    void cleanup() { m_fixture.reset(); }

    void noneUntilSaved()
    {
        const auto notes = ReviewNotesStore(m_fixture->database()).find(m_account, {2026, 3});
        QVERIFY2(notes.ok(), qPrintable(notes.message()));
        QCOMPARE(notes->text, QString());
        QCOMPARE(notes->version, 0);
    }

    void keepsEachQuarterApart()
    {
        ReviewNotesStore store(m_fixture->database());
        const QString third =
            u"Passage au plan Entreprise ; revoir les délais P2.\nActions : former l'équipe."_s;
        QVERIFY(store.save(m_account, {2026, 3}, third, 0).ok());
        QVERIFY(store.save(m_account, {2026, 4}, u"Q4"_s, 0).ok());
        QCOMPARE(store.find(m_account, {2026, 3})->text, third);
        QCOMPARE(store.find(m_account, {2026, 3})->version, 1);
        QCOMPARE(store.find(m_account, {2026, 4})->text, u"Q4"_s);
        QCOMPARE(store.find(m_account, {2027, 1})->version, 0);
    }

    void savesOverTheVersionRead()
    {
        ReviewNotesStore store(m_fixture->database());
        QVERIFY(store.save(m_account, {2026, 3}, u"first"_s, 0).ok());
        const auto read = store.find(m_account, {2026, 3});
        QVERIFY(store.save(m_account, {2026, 3}, u"second"_s, read->version).ok());
        QCOMPARE(store.find(m_account, {2026, 3})->text, u"second"_s);
        QCOMPARE(store.find(m_account, {2026, 3})->version, read->version + 1);
    }

    void refusesASaveOverNotesChangedMeanwhile()
    {
        ReviewNotesStore store(m_fixture->database());
        QVERIFY(store.save(m_account, {2026, 3}, u"first"_s, 0).ok());
        const qint64 read = store.find(m_account, {2026, 3})->version;
        QVERIFY(store.save(m_account, {2026, 3}, u"by a colleague"_s, read).ok());

        const Status stale = store.save(m_account, {2026, 3}, u"mine"_s, read);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.errorKind(), Error::Kind::Conflict);
        QCOMPARE(stale.message(), u"the notes of the 2026-Q3 review were changed elsewhere since you opened "
                                  u"them (now: “by a colleague”); your change was not saved"_s);
        // Two people writing the quarter's first notes at once: the second
        // one is refused too.
        const Status second = store.save(m_account, {2026, 3}, u"also first"_s, 0);
        QCOMPARE(second.errorKind(), Error::Kind::Conflict);
        QCOMPARE(store.find(m_account, {2026, 3})->text, u"by a colleague"_s);
    }

    void goWithTheAccount()
    {
        ReviewNotesStore store(m_fixture->database());
        QVERIFY(store.save(m_account, {2026, 3}, u"notes"_s, 0).ok());
        QVERIFY(AccountStore(m_fixture->database()).remove(m_account).ok());
        QCOMPARE(store.find(m_account, {2026, 3})->version, 0);
        const Status orphan = store.save(m_account, {2026, 3}, u"notes"_s, 0);
        QCOMPARE(orphan.errorKind(), Error::Kind::NotFound);
    }

private:
    std::unique_ptr<StoreFixture> m_fixture;
    qint64 m_account = 0;
};

QTEST_GUILESS_MAIN(TestReviewNotesStore)
#include "tst_reviewnotesstore.moc"
