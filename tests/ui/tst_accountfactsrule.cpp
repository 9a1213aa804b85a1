#include "AccountStore.h"
#include "ContextFixture.h"
#include "ProductStore.h"
#include "ReportService.h"
#include "TicketStore.h"
#include "TicketTableModel.h"
#include "Timestamp.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

qint64 utc(const char *text)
{
    return parseIsoTimestamp(QString::fromLatin1(text))->utcSeconds;
}

} // namespace

// The report, the credits and the ticket table read an account's zone,
// calendar and plans through one loader with one rule: a zone the zone
// database does not know is an error naming the account and the zone, for
// all of them alike. Before, the table fell back to UTC and no business
// hours while the report refused, so its due and breached marks could
// disagree with the credits.
class TestAccountFactsRule : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_fixture.reset(); }
    void everyReaderAgreesOnAKnownZone();
    void everyReaderRefusesAnUnknownZoneAlike();

private:
    void setZoneBehindTheStoresBack(const QString &zone);
    Expected<ReportResult> report() const;

    std::unique_ptr<ContextFixture> m_fixture;
};

void TestAccountFactsRule::init()
{
    m_fixture = std::make_unique<ContextFixture>(utc("2026-03-02T20:00:00Z"));
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    AccountStore accounts(m_fixture->database());
    const auto acme = accounts.add(Account{0, QStringLiteral("Acme"), QStringLiteral("Europe/Paris"), {}});
    QVERIFY2(acme.ok(), qPrintable(acme.message()));
    QVERIFY(accounts.setPlan(*acme, QStringLiteral("production"), QDate(2026, 1, 1)).ok());
    QVERIFY(ProductStore(m_fixture->database()).add(QStringLiteral("Messaging"), ProductCategory::Ga).ok());
    QList<Ticket> tickets;
    for (int i = 0; i < 6; ++i) {
        Ticket ticket;
        ticket.id = QStringLiteral("T-%1").arg(i);
        ticket.account = QStringLiteral("Acme");
        ticket.subject = QStringLiteral("Subject %1").arg(i);
        ticket.priority = AllPriorities[i % 3];
        ticket.product = QStringLiteral("Messaging");
        ticket.channel = AllChannels[0];
        ticket.createdAt = utc("2026-02-02T08:00:00Z") + i * 86400;
        if (i % 2 == 0)
            ticket.firstResponseAt = ticket.createdAt + 5 * 3600;
        tickets << ticket;
    }
    const Status written = TicketStore(m_fixture->database()).upsert(tickets);
    QVERIFY2(written.ok(), qPrintable(written.message()));
}

// What another program (or an older version) could have written: the
// store's own writes check the zone, so the test goes around them.
void TestAccountFactsRule::setZoneBehindTheStoresBack(const QString &zone)
{
    QSqlQuery query(m_fixture->database().connection());
    query.prepare(QStringLiteral("UPDATE accounts SET time_zone = ? WHERE name = 'Acme'"));
    query.addBindValue(zone);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QCOMPARE(query.numRowsAffected(), 1);
}

Expected<ReportResult> TestAccountFactsRule::report() const
{
    ReportRequest request;
    request.months = {{2026, 2}, {2026, 2}};
    request.asOfUtc = m_fixture->context().nowUtc();
    return ReportService(m_fixture->database()).compute(request);
}

void TestAccountFactsRule::everyReaderAgreesOnAKnownZone()
{
    const auto computed = report();
    QVERIFY2(computed.ok(), qPrintable(computed.message()));
    QVERIFY(!computed->rows.isEmpty());
    TicketTableModel table(m_fixture->context());
    table.sort(TicketTableModel::Due, Qt::AscendingOrder);
    QVERIFY2(!table.failure(), qPrintable(table.failure() ? table.failure()->message : QString()));
    QCOMPARE(table.rowCount(), 6);
}

void TestAccountFactsRule::everyReaderRefusesAnUnknownZoneAlike()
{
    setZoneBehindTheStoresBack(QStringLiteral("Mars/Olympus"));
    const QString expected = QStringLiteral("account 'Acme' has an unknown time zone 'Mars/Olympus'");

    const auto computed = report();
    QVERIFY2(!computed.ok(), "the report was computed on a zone nobody knows");
    QCOMPARE(computed.errorKind(), Error::Kind::InvalidInput);
    QCOMPARE(computed.message(), expected);

    // In every order of the table, the stored ones included: no row shows
    // a time in a zone that is not the account's.
    for (const int column : {int(TicketTableModel::Created), int(TicketTableModel::Due)}) {
        TicketTableModel table(m_fixture->context());
        table.sort(column, Qt::AscendingOrder);
        QVERIFY2(table.failure(), "the ticket table fell back to another zone");
        QCOMPARE(table.failure()->kind, Error::Kind::InvalidInput);
        QCOMPARE(table.failure()->message, expected);
        QCOMPARE(table.rowCount(), 0);
    }

    // Put back, both read again.
    setZoneBehindTheStoresBack(QStringLiteral("Europe/Paris"));
    QVERIFY(report().ok());
    TicketTableModel table(m_fixture->context());
    QVERIFY(!table.failure());
    QCOMPARE(table.rowCount(), 6);
}

QTEST_MAIN(TestAccountFactsRule)
#include "tst_accountfactsrule.moc"
