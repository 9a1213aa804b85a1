// How an import's dry run tells new, updated and unchanged tickets: the
// stored tickets' digests match a ticket read with the same data, and
// differ in any field; SQLite's own path and Qt's give the same digests;
// and a dry run counts alike whether it reads the whole store first or
// asks the store's index a batch at a time. On SQLite and, as
// tst_storedticketdigests_postgresql, on PostgreSQL.
#include "AccountStore.h"
#include "Database.h"
#include "DryRunCount.h"
#include "HelpdeskImport.h"
#include "ProductStore.h"
#include "SqliteHandle.h"
#include "StoreFixture.h"
#include "StoredTicketDigests.h"
#include "TextDigest.h"
#include "TicketStore.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 March2At9 = 1772442000; // 2026-03-02 09:00 UTC

Ticket stored(const QString &id, const QString &account = u"Acme"_s)
{
    Ticket ticket;
    ticket.id = id;
    ticket.account = account;
    ticket.subject = u"Facture %1 non reçue"_s.arg(id);
    ticket.priority = Priority::P1;
    ticket.product = u"Voice"_s;
    ticket.channel = Channel::Email;
    ticket.createdAt = March2At9;
    ticket.firstResponseAt = March2At9 + 30 * 60;
    ticket.resolvedAt = March2At9 + 3 * 3600;
    return ticket;
}

// A Zendesk report of tickets 1, 2, 3 and 5 of Acme and 1 of Globex: 1 as
// stored, 2 with another subject, 3 solved later; 5 and Globex's new.
const QByteArray ZendeskReport =
    "Id,Organization,Subject,Priority,Via,Created at,Solved at,First reply time in minutes,"
    "First reply time in minutes within business hours\n"
    "1,Acme,Facture 1 non reçue,Urgent,Email,2026-03-02 09:00:00,2026-03-02 12:00:00,30,\n"
    "2,Acme,Facture 2 toujours pas reçue,Urgent,Email,2026-03-02 09:00:00,2026-03-02 12:00:00,30,\n"
    "3,Acme,Facture 3 non reçue,Urgent,Email,2026-03-02 09:00:00,2026-03-02 13:00:00,30,\n"
    "5,Acme,Facture 5 non reçue,Urgent,Email,2026-03-02 09:00:00,,30,\n"
    "1,Globex,Facture 1 non reçue,Urgent,Email,2026-03-02 09:00:00,,,\n";

} // namespace

class TestStoredTicketDigests : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void matchesTheSameDataAndNoOther();
    void readsAlikeThroughSqliteAndThroughQt();
    void countsAlikeFromTheWholeStoreAndFromItsIndex();
    void holdsMoreTicketsThanExpected();
    void countsAnExportLargerThanAHandOff();

private:
    quint64 keyOf(const Ticket &ticket) const;
    StoredTicketDigests::Match matchOf(const StoredTicketDigests &digests, const Ticket &ticket) const;
    Expected<ImportDryRun> dryRun();

    std::unique_ptr<StoreFixture> m_fixture;
    qint64 m_acme = 0;
    qint64 m_voice = 0;
};

void TestStoredTicketDigests::init()
{
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    Account acme;
    acme.name = u"Acme"_s;
    const auto added = AccountStore(m_fixture->database()).add(acme);
    QVERIFY2(added.ok(), qPrintable(added.message()));
    m_acme = *added;
    const auto voice = ProductStore(m_fixture->database()).add(u"Voice"_s, ProductCategory::Ga);
    QVERIFY2(voice.ok(), qPrintable(voice.message()));
    m_voice = *voice;
    const Status saved = TicketStore(m_fixture->database())
                             .upsert({stored(u"1"_s), stored(u"2"_s), stored(u"3"_s), stored(u"4"_s)});
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
}

void TestStoredTicketDigests::cleanup()
{
    usePortableSqlitePaths(false);
    m_fixture.reset();
}

quint64 TestStoredTicketDigests::keyOf(const Ticket &ticket) const
{
    return StoredTicketDigests::keyOf(m_acme, TextDigest::of(ticket.id));
}

StoredTicketDigests::Match TestStoredTicketDigests::matchOf(const StoredTicketDigests &digests,
                                                            const Ticket &ticket) const
{
    return digests.match(keyOf(ticket), StoredTicketDigests::digest(ticket, m_voice));
}

void TestStoredTicketDigests::matchesTheSameDataAndNoOther()
{
    const auto digests = StoredTicketDigests::read(m_fixture->database());
    QVERIFY2(digests.ok(), qPrintable(digests.message()));
    QCOMPARE(digests->size(), 4);
    using Match = StoredTicketDigests::Match;
    QCOMPARE(matchOf(*digests, stored(u"1"_s)), Match::Same);
    QCOMPARE(matchOf(*digests, stored(u"9"_s)), Match::Absent);
    QCOMPARE(digests->match(StoredTicketDigests::keyOf(m_acme + 1, TextDigest::of(u"1")),
                            StoredTicketDigests::digest(stored(u"1"_s), m_voice)),
             Match::Absent); // another account's ticket 1

    const std::vector<std::pair<const char *, std::function<void(Ticket &)>>> changes{
        {"subject", [](Ticket &t) { t.subject += u'.'; }},
        {"priority", [](Ticket &t) { t.priority = Priority::P2; }},
        {"channel", [](Ticket &t) { t.channel = Channel::Chat; }},
        {"created", [](Ticket &t) { t.createdAt -= 1; }},
        {"first response", [](Ticket &t) { *t.firstResponseAt += 1; }},
        {"no first response", [](Ticket &t) { t.firstResponseAt.reset(); }},
        {"resolved", [](Ticket &t) { *t.resolvedAt += 60; }},
        {"not resolved", [](Ticket &t) { t.resolvedAt.reset(); }},
    };
    for (const auto &[field, change] : changes) {
        Ticket ticket = stored(u"2"_s);
        change(ticket);
        QVERIFY2(matchOf(*digests, ticket) == Match::Different, field);
    }
    const Ticket ticket = stored(u"3"_s);
    QCOMPARE(digests->match(keyOf(ticket), StoredTicketDigests::digest(ticket, m_voice + 1)),
             Match::Different);
}

void TestStoredTicketDigests::readsAlikeThroughSqliteAndThroughQt()
{
    Ticket accented = stored(u"é-7"_s);
    accented.subject = u"Échéance 🚀 dépassée"_s;
    accented.firstResponseAt.reset();
    QVERIFY(TicketStore(m_fixture->database()).upsert({accented}).ok());
    for (const bool portable : {false, true}) {
        usePortableSqlitePaths(portable);
        const auto digests = StoredTicketDigests::read(m_fixture->database());
        QVERIFY2(digests.ok(), qPrintable(digests.message()));
        QCOMPARE(digests->size(), 5);
        QCOMPARE(matchOf(*digests, accented), StoredTicketDigests::Match::Same);
        QCOMPARE(matchOf(*digests, stored(u"4"_s)), StoredTicketDigests::Match::Same);
    }
}

Expected<ImportDryRun> TestStoredTicketDigests::dryRun()
{
    const QString path = m_fixture->filePath(u"zendesk.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ZendeskReport) != ZendeskReport.size())
        return Expected<ImportDryRun>::failure(Error::Kind::Storage, u"cannot write "_s + path);
    file.close();
    HelpdeskImportOptions options;
    options.zone = u"UTC"_s;
    options.product = u"Voice"_s;
    options.createMissing = true;
    return HelpdeskImport(m_fixture->database()).dryRun(path, options);
}

void TestStoredTicketDigests::countsAlikeFromTheWholeStoreAndFromItsIndex()
{
    const qint64 bytes = ZendeskReport.size();
    QVERIFY(DryRunCount::readsWholeStore(4, bytes));
    for (const bool wholeStore : {true, false}) {
        if (!wholeStore) {
            // Another account's tickets, enough for the index to pay.
            Account padding;
            padding.name = u"Padding"_s;
            QVERIFY(AccountStore(m_fixture->database()).add(padding).ok());
            QList<Ticket> many;
            for (int i = 0; i < int(bytes / 8) + 1; ++i)
                many.append(stored(QString::number(i), u"Padding"_s));
            QVERIFY(TicketStore(m_fixture->database()).upsert(many).ok());
            QVERIFY(!DryRunCount::readsWholeStore(4 + many.size(), bytes));
        }
        const auto run = dryRun();
        QVERIFY2(run.ok(), qPrintable(run.message()));
        QCOMPARE(run->tickets, qint64(5));
        QCOMPARE(run->newTickets, qint64(2));
        QCOMPARE(run->updated, qint64(2));
        QCOMPARE(run->unchanged, qint64(1));
        QCOMPARE(run->refused, qint64(0));
        QCOMPARE(run->accountsToCreate, QStringList{u"Globex"_s});
    }
}

void TestStoredTicketDigests::holdsMoreTicketsThanExpected()
{
    sqlite3 *handle = sqliteHandleOf(m_fixture->database().connection());
    if (!handle)
        QSKIP("SQLite's own path only");
    QList<Ticket> more;
    for (int i = 5; i < 300; ++i)
        more.append(stored(QString::number(i)));
    QVERIFY(TicketStore(m_fixture->database()).upsert(more).ok());
    for (const qsizetype expected : {0, 1, 299, 100000}) {
        StoredTicketDigests digests;
        const std::atomic_bool never{false};
        const auto error = digests.readSqlite(handle, never, expected);
        QVERIFY2(!error, qPrintable(error ? error->text() : QString()));
        QCOMPARE(digests.size(), 299);
        for (int i = 1; i < 300; ++i)
            QCOMPARE(matchOf(digests, stored(QString::number(i))), StoredTicketDigests::Match::Same);
        QCOMPARE(matchOf(digests, stored(u"300"_s)), StoredTicketDigests::Match::Absent);
    }
}

void TestStoredTicketDigests::countsAnExportLargerThanAHandOff()
{
    // 20,000 stored, a third of them changed in the report, and 500 new:
    // read and counted in batches, handed from one thread to the other
    // several times, before and after the store's scan ends.
    constexpr int Stored = 20000;
    constexpr int New = 500;
    QList<Ticket> many;
    for (int i = 5; i < Stored + 1; ++i)
        many.append(stored(QString::number(i)));
    QVERIFY(TicketStore(m_fixture->database()).upsert(many).ok());
    QByteArray report = ZendeskReport.left(ZendeskReport.indexOf('\n') + 1);
    int changed = 0;
    for (int i = 1; i <= Stored + New; ++i) {
        const bool changes = i % 3 == 0 && i <= Stored;
        changed += changes ? 1 : 0;
        report += QByteArray::number(i) + ",Acme,Facture " + QByteArray::number(i) + " non reçue," +
                  (changes ? "High" : "Urgent") + ",Email,2026-03-02 09:00:00,2026-03-02 12:00:00,30,\n";
    }
    const QString path = m_fixture->filePath(u"large.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(report) == report.size());
    file.close();
    QVERIFY(DryRunCount::readsWholeStore(Stored, report.size()));
    HelpdeskImportOptions options;
    options.zone = u"UTC"_s;
    options.product = u"Voice"_s;
    const auto run = HelpdeskImport(m_fixture->database()).dryRun(path, options);
    QVERIFY2(run.ok(), qPrintable(run.message()));
    QCOMPARE(run->tickets, qint64(Stored + New));
    QCOMPARE(run->newTickets, qint64(New));
    QCOMPARE(run->updated, qint64(changed));
    QCOMPARE(run->unchanged, qint64(Stored - changed));
}

QTEST_GUILESS_MAIN(TestStoredTicketDigests)
#include "tst_storedticketdigests.moc"
