// Which engine a --db location selects, and the messages of a PostgreSQL
// address that cannot be used; none of them needs a server.
#include "Database.h"
#include "TestStore.h"

#include <QTest>

class TestStoreAddress : public QObject
{
    Q_OBJECT

private slots:
    void pathIsSqlite()
    {
        TestStore store;
        if (store.isPostgreSql())
            QSKIP("a file path is only SQLite's");
        auto database = Database::open(store.location());
        QVERIFY2(database.ok(), qPrintable(database.message()));
        QCOMPARE((*database)->engine(), StoreEngine::Sqlite);
        QCOMPARE((*database)->location(), store.location());
    }

    void addressesAreRecognised()
    {
        QVERIFY(Database::isPostgreSqlAddress(QStringLiteral("postgresql://ann@db:5432/support")));
        QVERIFY(Database::isPostgreSqlAddress(QStringLiteral("postgres://db/support")));
        QVERIFY(!Database::isPostgreSqlAddress(QStringLiteral("/tmp/postgresql://x.sqlite")));
        QVERIFY(!Database::isPostgreSqlAddress(QStringLiteral("store.sqlite")));
    }

    void passwordInTheAddressIsRefused()
    {
        const auto database = Database::open(QStringLiteral("postgresql://ann:secret@127.0.0.1:1/support"));
        QVERIFY(!database.ok());
        QVERIFY2(database.message().contains(QStringLiteral("~/.pgpass")), qPrintable(database.message()));
        QVERIFY2(!database.message().contains(QStringLiteral("secret")), qPrintable(database.message()));
        const auto asOption =
            Database::open(QStringLiteral("postgresql://ann@127.0.0.1:1/support?password=secret"));
        QVERIFY(!asOption.ok());
        QVERIFY2(!asOption.message().contains(QStringLiteral("secret")), qPrintable(asOption.message()));
    }

    void addressWithoutDatabaseIsRefused()
    {
        const auto database = Database::open(QStringLiteral("postgresql://ann@127.0.0.1:5432"));
        QVERIFY(!database.ok());
        QVERIFY2(database.message().contains(QStringLiteral("postgresql://user@host:port/dbname")),
                 qPrintable(database.message()));
    }

    void unreachableServerSaysWhere()
    {
        // Port 1 on the loopback: refused at once, no server needed.
        const auto database = Database::open(QStringLiteral("postgresql://ann@127.0.0.1:1/support"));
        QVERIFY(!database.ok());
        QVERIFY2(database.message().startsWith(
                     QStringLiteral("could not connect to PostgreSQL at 127.0.0.1:1/support: ")),
                 qPrintable(database.message()));
    }
};

QTEST_GUILESS_MAIN(TestStoreAddress)
#include "tst_storeaddress.moc"
