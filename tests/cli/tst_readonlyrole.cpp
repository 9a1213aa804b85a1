// The two roles of "db roles" on PostgreSQL: the reader's store opens
// read-only and refuses every write with the read-only message, the writer's
// changes it. Skipped without a PostgreSQL server (SUPPORTDESK_TEST_POSTGRES).
#include "AccountStore.h"
#include "Database.h"
#include "TestStore.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QTest>

using TestSupport::runCli;
using TestSupport::words;

class TestReadOnlyRole : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (TestStore::postgresServer().isEmpty())
            QSKIP("roles exist on PostgreSQL only: set SUPPORTDESK_TEST_POSTGRES");
        m_store = std::make_unique<TestStore>();
        QVERIFY2(!m_store->location().isEmpty(), qPrintable(m_store->error()));
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        m_writer = QStringLiteral("sd_writer_") + suffix;
        m_reader = QStringLiteral("sd_reader_") + suffix;
        const auto run = runCli(QStringList{QStringLiteral("--db"), m_store->location(), QStringLiteral("db"),
                                            QStringLiteral("roles"), QStringLiteral("--writer"), m_writer,
                                            QStringLiteral("--reader"), m_reader});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains(m_writer.toUtf8() + "' may change the store"), run.out.constData());
    }
    void cleanup()
    {
        if (!m_store)
            return;
        m_store->runAsAdmin({QStringLiteral("DROP OWNED BY %1, %2").arg(m_writer, m_reader)});
        m_store.reset();
        TestStore::runOnServer({QStringLiteral("DROP ROLE IF EXISTS %1, %2").arg(m_writer, m_reader)});
    }

    void readerCannotWrite()
    {
        auto reader = Database::open(m_store->locationAs(m_reader));
        QVERIFY2(reader.ok(), qPrintable(reader.message()));
        QVERIFY((*reader)->isReadOnly());
        Account account;
        account.name = QStringLiteral("Acme");
        const auto added = AccountStore(**reader).add(account);
        QVERIFY(!added.ok());
        QVERIFY2(added.message().startsWith(QStringLiteral("the store is read-only")),
                 qPrintable(added.message()));
        QVERIFY(AccountStore(**reader).all().value().isEmpty());

        const auto run = runCli(QStringList{QStringLiteral("--db"), m_store->locationAs(m_reader)} +
                                words({"account", "add", "Acme"}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("the store is read-only"), run.err.constData());
        // Reading works as for anyone.
        QCOMPARE(runCli(QStringList{QStringLiteral("--db"), m_store->locationAs(m_reader)} + words({"plans"}))
                     .exitCode,
                 0);
    }

    void writerChangesTheStore()
    {
        auto writer = Database::open(m_store->locationAs(m_writer));
        QVERIFY2(writer.ok(), qPrintable(writer.message()));
        QVERIFY(!(*writer)->isReadOnly());
        Account account;
        account.name = QStringLiteral("Acme");
        const auto added = AccountStore(**writer).add(account);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        account = *AccountStore(**writer).findById(*added);
        account.timeZoneId = QStringLiteral("Europe/Paris");
        QVERIFY(AccountStore(**writer).update(account).ok());

        auto reader = Database::open(m_store->locationAs(m_reader));
        QVERIFY2(reader.ok(), qPrintable(reader.message()));
        QCOMPARE(AccountStore(**reader).findByName(QStringLiteral("Acme"))->timeZoneId,
                 QStringLiteral("Europe/Paris"));
    }

private:
    std::unique_ptr<TestStore> m_store;
    QString m_writer;
    QString m_reader;
};

QTEST_GUILESS_MAIN(TestReadOnlyRole)
#include "tst_readonlyrole.moc"
