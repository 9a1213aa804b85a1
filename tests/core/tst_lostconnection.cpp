// A PostgreSQL store whose server ends the session in the middle of an
// operation (an administrator's pg_terminate_backend, a restart, a network
// cut): the operation fails as a whole, of kind Storage, and gives neither
// an empty nor a partial result. PostgreSQL only: a SQLite file has no
// session to lose (its damaged pages are tst_damagedstores' and
// tst_damagedviews').
#include "Database.h"
#include "DemoGenerator.h"
#include "ReportService.h"
#include "StoreFixture.h"
#include "TicketStore.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <memory>
#include <thread>

class TestLostConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ticketsCutOffMidStreamFail();
    void countOnAnEndedSessionFails();
    void reportCutOffWhileReadingFails();

private:
    // A session of its own on the fixture's store, as the application opens one.
    std::unique_ptr<Database> openStore();
    static qint64 backendOf(const Database &database);
    // Ends that session from the server's side, as an administrator would.
    void terminate(qint64 backend);

    std::unique_ptr<StoreFixture> m_fixture;
    qint64 m_tickets = 0;
};

void TestLostConnection::initTestCase()
{
    m_fixture = std::make_unique<StoreFixture>();
    if (!m_fixture->store().isPostgreSql())
        QSKIP("a session ended by the server is PostgreSQL's: set SUPPORTDESK_TEST_POSTGRES");
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    // Far more than the sockets' buffers hold (some megabytes on loopback):
    // the server is still sending when the session ends.
    DemoOptions options;
    options.accounts = 20;
    options.tickets = 30000;
    options.months = 6;
    options.nowUtc = QDateTime(QDate(2026, 11, 30), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const auto made = DemoGenerator(m_fixture->database()).generate(options);
    QVERIFY2(made.ok(), qPrintable(made.message()));
    m_tickets = made->tickets;
    QString error;
    QVERIFY2(m_fixture->store().runAsAdmin(
                 {QStringLiteral("UPDATE tickets SET subject = subject || repeat('.', 2000)")}, &error),
             qPrintable(error));
}

std::unique_ptr<Database> TestLostConnection::openStore()
{
    auto opened = Database::open(m_fixture->store().location());
    if (!opened) {
        qWarning("%s", qPrintable(opened.message()));
        return nullptr;
    }
    return std::move(*opened);
}

qint64 TestLostConnection::backendOf(const Database &database)
{
    QSqlQuery query(database.connection());
    const auto found = database.readFirstRow(query, QStringLiteral("SELECT pg_backend_pid()"));
    return found.ok() && *found ? query.value(0).toLongLong() : 0;
}

void TestLostConnection::terminate(qint64 backend)
{
    QString error;
    QVERIFY2(m_fixture->store().runAsAdmin({QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)},
                                           &error),
             qPrintable(error));
}

void TestLostConnection::ticketsCutOffMidStreamFail()
{
    const auto database = openStore();
    QVERIFY(database);
    const qint64 backend = backendOf(*database);
    QVERIFY(backend > 0);
    qint64 rows = 0;
    const Status read = TicketStore(*database).forEachTicket({}, [&](const Ticket &) {
        // The session ends once the first ticket is in: the rest never comes.
        if (++rows == 1)
            terminate(backend);
    });
    QVERIFY2(!read.ok(), "the stream ended as if complete although the session was gone");
    QCOMPARE(read.errorKind(), Error::Kind::Storage);
    QVERIFY2(read.message().contains(database->location()), qPrintable(read.message()));
    QVERIFY(rows >= 1);
    QVERIFY(rows < m_tickets);
}

void TestLostConnection::countOnAnEndedSessionFails()
{
    const auto database = openStore();
    QVERIFY(database);
    const TicketStore tickets(*database);
    const auto before = tickets.count({});
    QVERIFY2(before.ok(), qPrintable(before.message()));
    QCOMPARE(*before, m_tickets);

    terminate(backendOf(*database));
    const auto after = tickets.count({});
    QVERIFY2(!after.ok(), "a count came from a session the server had ended");
    QCOMPARE(after.errorKind(), Error::Kind::Storage);
}

// The session ends while the report waits for the tickets, after it has
// read the accounts, plans and spend: no report from what came before.
void TestLostConnection::reportCutOffWhileReadingFails()
{
    const auto database = openStore();
    QVERIFY(database);
    const qint64 backend = backendOf(*database);
    QVERIFY(backend > 0);
    ReportRequest request;
    request.months = {{2026, 6}, {2026, 11}};
    request.asOfUtc = QDateTime(QDate(2026, 11, 30), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QVERIFY2(ReportService(*database).compute(request).ok(), "the report must work before the session ends");

    // Another session holds the tickets locked, so that the report waits
    // for them; a third ends the report's session while it waits.
    const auto locker = openStore();
    QVERIFY(locker);
    QSqlQuery lock(locker->connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN")));
    QVERIFY(lock.exec(QStringLiteral("LOCK TABLE tickets IN ACCESS EXCLUSIVE MODE")));
    const QString endWhileWaiting =
        QStringLiteral(
            "DO $$ BEGIN"
            " FOR attempt IN 1..3000 LOOP"
            "  IF EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = %1 AND wait_event_type = 'Lock') THEN"
            "   PERFORM pg_terminate_backend(%1); RETURN;"
            "  END IF;"
            "  PERFORM pg_sleep(0.01);"
            " END LOOP;"
            " RAISE EXCEPTION 'the report never waited for the tickets';"
            " END $$")
            .arg(backend);
    bool terminated = false;
    QString error;
    std::thread ender([&] { terminated = m_fixture->store().runAsAdmin({endWhileWaiting}, &error); });
    const auto report = ReportService(*database).compute(request);
    ender.join();
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    QVERIFY2(terminated, qPrintable(error));
    QVERIFY2(!report.ok(), "a report came from a session the server had ended");
    QCOMPARE(report.errorKind(), Error::Kind::Storage);
    // The message says the session was lost, not that the store is damaged.
    QVERIFY2(report.message().startsWith(
                 QStringLiteral("the connection to the store '%1' was lost").arg(database->location())),
             qPrintable(report.message()));
}

QTEST_GUILESS_MAIN(TestLostConnection)
#include "tst_lostconnection.moc"
