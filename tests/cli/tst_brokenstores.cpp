// Stores the command line cannot or may not change: a file that is not a
// database, a truncated one, one from a newer SupportDesk, a read-only file
// and a store another program holds locked. Each is refused with a message
// that says so, and a refused file keeps every byte.
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::readFile;
using TestSupport::runCli;
using TestSupport::words;

namespace {

// A connection of the test's own, as another program would hold one.
class RawConnection
{
public:
    explicit RawConnection(const QString &path) : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(path);
        database.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase database = QSqlDatabase::database(m_name, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QString exec(const QString &statement) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(statement) ? QString() : query.lastError().text();
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

// Every command that writes, with arguments valid for the test store.
QList<QStringList> writingCommands(const QString &ticketFile)
{
    return {
        words({"account", "add", "Newco"}),
        words({"calendar", "add", "Night", "--tz", "UTC", "--hours", "mon-fri 22:00-06:00"}),
        words({"holiday", "add", "Night shift", "2026-12-24"}),
        words({"plan", "set", "Acme", "enterprise", "--from", "2026-11-01"}),
        words({"spend", "set", "Acme", "2026-11", "2500"}),
        words({"product", "add", "Video", "--category", "beta"}),
        words({"tickets", "import"}) << ticketFile,
        words({"claim", "Acme", "2026-10", "--filed", "2026-11-10"}),
    };
}

} // namespace

class TestBrokenStores : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fileThatIsNotADatabase_data();
    void fileThatIsNotADatabase();
    void truncatedDatabase_data();
    void truncatedDatabase();
    void storeOfANewerVersion();
    void storeOfAnotherApplication();
    void readOnlyStoreReadsButRefusesWrites();
    void lockedStoreWaitsThenSaysSo();
    void lockReleasedInTimeLetsTheWriteThrough();
    void storePathThatIsAFolder();

private:
    QStringList db(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--db"), m_store} + arguments;
    }
    void expectRefusedUntouched(const QStringList &arguments, const QString &fragment);

    QTemporaryDir m_folder;
    QString m_template;
    QString m_tickets;
    QString m_store;
    int m_run = 0;
};

void TestBrokenStores::initTestCase()
{
    QVERIFY(m_folder.isValid());
    m_template = m_folder.filePath(QStringLiteral("template.sqlite"));
    m_tickets = m_folder.filePath(QStringLiteral("tickets.csv"));
    QFile file(m_tickets);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,account,subject,priority,product,channel,created_at\n"
               "T-1,Acme,Down,P1,Messaging,email,2026-10-05T10:00:00Z\n");
    file.close();
    for (const QStringList &arguments :
         {words({"calendar", "add", "Night shift", "--tz", "UTC", "--hours", "mon-fri 22:00-06:00"}),
          words({"account", "add", "Acme"}),
          words({"plan", "set", "Acme", "production", "--from", "2026-01-01"}),
          words({"product", "add", "Messaging", "--category", "ga"}),
          words({"tickets", "import"}) << m_tickets}) {
        const auto result = runCli(QStringList{QStringLiteral("--db"), m_template} + arguments);
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }
}

void TestBrokenStores::init()
{
    m_store = m_folder.filePath(QStringLiteral("store-%1.sqlite").arg(++m_run));
    QVERIFY(QFile::copy(m_template, m_store));
    QVERIFY(QFile::setPermissions(m_store, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TestBrokenStores::cleanup()
{
    QFile::setPermissions(m_store, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// Both a writing and a reading command are refused, and the file keeps every byte.
void TestBrokenStores::expectRefusedUntouched(const QStringList &arguments, const QString &fragment)
{
    const QByteArray before = readFile(m_store);
    const auto result = runCli(db(arguments));
    const QString err = QString::fromUtf8(result.err);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(err.startsWith(QStringLiteral("supportdesk-cli: ")) && err.contains(fragment), qPrintable(err));
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(readFile(m_store), before);
}

void TestBrokenStores::fileThatIsNotADatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("id,account\nT-1,Acme\n").repeated(300);
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                          16)
                                   .repeated(512);
    QTest::newRow("SQLite header then garbage")
        << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xff');
}

void TestBrokenStores::fileThatIsNotADatabase()
{
    QFETCH(QByteArray, content);
    QFile file(m_store);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    for (const QStringList &arguments : {words({"account", "add", "Newco"}), words({"tickets", "export"})})
        expectRefusedUntouched(arguments, QStringLiteral("is not a SupportDesk store"));
}

void TestBrokenStores::truncatedDatabase_data()
{
    QTest::addColumn<int>("keptBytes");
    QTest::newRow("inside the header") << 60;
    QTest::newRow("first page only") << 4096;
    QTest::newRow("half") << -2;
}

void TestBrokenStores::truncatedDatabase()
{
    QFETCH(int, keptBytes);
    QFile file(m_store);
    QVERIFY(file.size() > 4 * 4096);
    QVERIFY(file.resize(keptBytes == -2 ? file.size() / 2 : keptBytes));
    for (const QStringList &arguments :
         {words({"spend", "set", "Acme", "2026-11", "2500"}), words({"report", "--month", "2026-10"})}) {
        expectRefusedUntouched(arguments, QStringLiteral("looks damaged"));
    }
}

void TestBrokenStores::storeOfANewerVersion()
{
    {
        RawConnection raw(m_store);
        QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = 99")), QString());
    }
    for (const QStringList &arguments : {words({"account", "add", "Newco"}), words({"plans"})})
        expectRefusedUntouched(arguments, QStringLiteral("was written by a newer version of SupportDesk"));
}

void TestBrokenStores::storeOfAnotherApplication()
{
    QFile::remove(m_store);
    {
        RawConnection raw(m_store);
        QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")), QString());
    }
    expectRefusedUntouched(words({"account", "add", "Newco"}), QStringLiteral("another application"));
}

void TestBrokenStores::readOnlyStoreReadsButRefusesWrites()
{
    QVERIFY(QFile::setPermissions(m_store, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = readFile(m_store);
    const auto exported = runCli(db(words({"tickets", "export"})));
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QVERIFY(exported.out.contains("T-1,Acme,Down,P1,Messaging,email,2026-10-05T10:00:00Z,,\n"));
    for (const QStringList &arguments : writingCommands(m_tickets))
        expectRefusedUntouched(arguments, QStringLiteral("the store is read-only"));
    QCOMPARE(readFile(m_store), before);
}

// Another program's write transaction: reading goes on (the store is in WAL
// mode); a write waits for the busy timeout, then says why it gave up.
void TestBrokenStores::lockedStoreWaitsThenSaysSo()
{
    RawConnection other(m_store);
    QCOMPARE(other.exec(QStringLiteral("BEGIN EXCLUSIVE")), QString());
    QCOMPARE(other.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('held', 'by the test')")),
             QString());

    const auto report = runCli(db(words({"report", "--month", "2026-10", "--format", "csv"})));
    QVERIFY2(report.exitCode == 0, report.err.constData());

    const auto spend = runCli(db(words({"spend", "set", "Acme", "2026-11", "2500"})));
    QCOMPARE(spend.exitCode, 1);
    QVERIFY2(spend.err.startsWith("supportdesk-cli: the store is locked by another program"),
             spend.err.constData());
    QVERIFY2(spend.err.contains("nothing was changed"), spend.err.constData());
    QCOMPARE(other.exec(QStringLiteral("ROLLBACK")), QString());

    const auto credits =
        runCli(db(words({"credits", "--month", "2026-11", "--account", "Acme", "--format", "csv"})));
    QVERIFY2(credits.out.contains(",0.00,"), credits.out.constData()); // no spend was written
    const auto again = runCli(db(words({"spend", "set", "Acme", "2026-11", "2500"})));
    QVERIFY2(again.exitCode == 0, again.err.constData());
}

// A write that waits less than the busy timeout simply goes through.
void TestBrokenStores::lockReleasedInTimeLetsTheWriteThrough()
{
    RawConnection other(m_store);
    QCOMPARE(other.exec(QStringLiteral("BEGIN EXCLUSIVE")), QString());
    QProcess cli;
    cli.start(QStringLiteral(SUPPORTDESK_CLI_PATH), db(words({"spend", "set", "Acme", "2026-11", "2500"})));
    QVERIFY(cli.waitForStarted());
    // Well inside the five seconds the command waits for the lock.
    QTest::qWait(500);
    QCOMPARE(other.exec(QStringLiteral("COMMIT")), QString());
    QVERIFY(cli.waitForFinished(60'000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QCOMPARE(cli.readAllStandardOutput(), QByteArray("spend of Acme for 2026-11: 2500.00\n"));
}

void TestBrokenStores::storePathThatIsAFolder()
{
    const auto result = runCli(QStringList{QStringLiteral("--db"), m_folder.path()} + words({"plans"}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("is not a file"), result.err.constData());
}

QTEST_GUILESS_MAIN(TestBrokenStores)
#include "tst_brokenstores.moc"
