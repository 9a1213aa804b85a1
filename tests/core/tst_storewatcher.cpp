// A change committed through one connection is seen by a watcher of another
// (PostgreSQL notifications, SQLite's data version); its own changes are not
// reported. On SQLite and, as tst_storewatcher_postgresql, PostgreSQL.
#include "AccountStore.h"
#include "Database.h"
#include "StoreWatcher.h"
#include "TestStore.h"

#include <QSignalSpy>
#include <QTest>

namespace {

Account account(const QString &name)
{
    Account a;
    a.name = name;
    return a;
}

} // namespace

class TestStoreWatcher : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        QVERIFY2(!m_store->location().isEmpty(), qPrintable(m_store->error()));
        auto watched = Database::open(m_store->location());
        QVERIFY2(watched.ok(), qPrintable(watched.message()));
        m_watched = std::move(*watched);
        auto other = Database::open(m_store->location());
        QVERIFY2(other.ok(), qPrintable(other.message()));
        m_other = std::move(*other);
    }
    void cleanup()
    {
        m_watched.reset();
        m_other.reset();
        m_store.reset();
    }

    void seesAChangeCommittedElsewhere()
    {
        StoreWatcher watcher(*m_watched, 50);
        QSignalSpy changed(&watcher, &StoreWatcher::changedElsewhere);
        QVERIFY(AccountStore(*m_other).add(account(QStringLiteral("Acme"))).ok());
        QVERIFY(changed.wait(10000));
        // Read through the watched connection, the change is there.
        QVERIFY(AccountStore(*m_watched).findByName(QStringLiteral("Acme")).ok());
    }

    void ignoresItsOwnChanges()
    {
        StoreWatcher watcher(*m_watched, 50);
        QSignalSpy changed(&watcher, &StoreWatcher::changedElsewhere);
        QVERIFY(AccountStore(*m_watched).add(account(QStringLiteral("Mine"))).ok());
        // A change elsewhere afterwards is the first and only one reported.
        QVERIFY(AccountStore(*m_other).add(account(QStringLiteral("Theirs"))).ok());
        QVERIFY(changed.wait(10000));
        QTest::qWait(300);
        QCOMPARE(changed.count(), 1);
    }

    void aFailedChangeIsNotReported()
    {
        StoreWatcher watcher(*m_watched, 50);
        QSignalSpy changed(&watcher, &StoreWatcher::changedElsewhere);
        QVERIFY(!m_other
                     ->transaction([] {
                         return Status::failure(Error::Kind::InvalidInput, QStringLiteral("changed my mind"));
                     })
                     .ok());
        QVERIFY(AccountStore(*m_other).add(account(QStringLiteral("Acme"))).ok());
        QVERIFY(changed.wait(10000));
        QTest::qWait(300);
        QCOMPARE(changed.count(), 1);
    }

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Database> m_watched;
    std::unique_ptr<Database> m_other;
};

QTEST_GUILESS_MAIN(TestStoreWatcher)
#include "tst_storewatcher.moc"
