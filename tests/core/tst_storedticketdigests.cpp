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
// Tickets given one by one, as a mapped export gives them.
class GivenTickets final : public ImportSource
{
public:
    explicit GivenTickets(QList<Ticket> tickets) : m_tickets(std::move(tickets)) {}
    std::optional<Ticket> next() override
    {
        if (m_next == m_tickets.size())
            return std::nullopt;
        return m_tickets.at(m_next++);
    }
    bool atError() const override { return false; }
    QString error() const override { return {}; }
    int line() const override { return int(m_next) + 1; }
    qint64 bytesRead() const override { return 0; }

private:
    QList<Ticket> m_tickets;
    qsizetype m_next = 0;
};

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
    void countsThePartTheOtherThreadReads();
    void countsEveryTicketWhereverTheFileIsCut_data();
    void countsEveryTicketWhereverTheFileIsCut();

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

void TestStoredTicketDigests::countsThePartTheOtherThreadReads()
{
    Ticket renamed = stored(u"2"_s);
    renamed.subject = u"Facture 2 toujours pas reçue"_s;
    GivenTickets head({stored(u"1"_s), renamed});
    GivenTickets rest({stored(u"3"_s), stored(u"9"_s), stored(u"1"_s, u"Globex"_s)});
    const auto idsOf = [this](const Ticket &ticket) {
        return TicketNameIds{ticket.account == u"Acme" ? m_acme : 0, m_voice};
    };
    int splits = 0;
    const DryRunCount::SplitOff splitOff = [&]() -> std::optional<DryRunCount::Part> {
        ++splits;
        return DryRunCount::Part{&rest, idsOf};
    };
    ImportDryRun result;
    const Status counted = DryRunCount::countTickets(
        m_fixture->database(), head, idsOf, 1 << 20, [] { return true; }, result, splitOff);
    QVERIFY2(counted.ok(), qPrintable(counted.message()));
    if (!sqliteHandleOf(m_fixture->database().connection())) {
        // Through Qt the store is read first, on this thread: nothing is
        // read apart.
        QCOMPARE(splits, 0);
        QCOMPARE(result.tickets, qint64(2));
        return;
    }
    QCOMPARE(splits, 1);
    QCOMPARE(result.tickets, qint64(5));
    QCOMPARE(result.newTickets, qint64(2)); // 9, and Globex's 1
    QCOMPARE(result.updated, qint64(1));
    QCOMPARE(result.unchanged, qint64(2));
    QStringList firstShown;
    for (const Ticket &ticket : std::as_const(result.firstTickets))
        firstShown << ticket.account + u' ' + ticket.id;
    QCOMPARE(firstShown, (QStringList{u"Acme 1"_s, u"Acme 2"_s, u"Acme 3"_s, u"Acme 9"_s, u"Globex 1"_s}));
}

void TestStoredTicketDigests::countsEveryTicketWhereverTheFileIsCut_data()
{
    QTest::addColumn<bool>("longSubjectInTheMiddle");
    QTest::newRow("rows of a line each") << false;
    // Wherever the cut for two threads falls there, it is inside that
    // quoted field: the file is then read again, whole.
    QTest::newRow("a subject of 120,000 lines in the middle") << true;
}

void TestStoredTicketDigests::countsEveryTicketWhereverTheFileIsCut()
{
    QFETCH(bool, longSubjectInTheMiddle);
    // 20,000 stored, a third changed; 60,000 new; a row without its
    // creation time every 7,001 rows, refused at its line; an account the
    // store lacks near the end. Large enough for its rest to be read apart.
    constexpr int Stored = 20000;
    constexpr int Rows = 80000;
    QList<Ticket> many;
    for (int i = 5; i <= Stored; ++i)
        many.append(stored(QString::number(i)));
    QVERIFY(TicketStore(m_fixture->database()).upsert(many).ok());
    QByteArray report = ZendeskReport.left(ZendeskReport.indexOf('\n') + 1);
    QByteArray longSubject = "\"";
    for (int i = 0; i < 120000; ++i)
        longSubject += "ligne " + QByteArray::number(i) + " du message\n";
    longSubject += "\"";
    int line = 1;
    qint64 changed = 0;
    qint64 refused = 0;
    QList<int> refusedLines;
    for (int i = 1; i <= Rows; ++i) {
        ++line;
        if (longSubjectInTheMiddle && i == Rows / 2) {
            report += "L,Acme," + longSubject + ",Urgent,Email,2026-03-02 09:00:00,,30,\n";
            line += 120001;
        }
        const bool changes = i % 3 == 0 && i <= Stored;
        const bool noCreation = i % 7001 == 0;
        changed += changes && !noCreation ? 1 : 0;
        if (noCreation) {
            ++refused;
            refusedLines << line;
        }
        report += QByteArray::number(i) + (i == Rows - 10 ? ",Globex" : ",Acme") + ",Facture " +
                  QByteArray::number(i) + " non reçue," + (changes ? "High" : "Urgent") + ",Email," +
                  (noCreation ? "" : "2026-03-02 09:00:00") + ",2026-03-02 12:00:00,30,\n";
    }
    const QString path = m_fixture->filePath(u"cut.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(report) == report.size());
    file.close();
    QVERIFY(report.size() > (5 << 20));
    HelpdeskImportOptions options;
    options.zone = u"UTC"_s;
    options.product = u"Voice"_s;
    options.createMissing = true;
    const auto run = HelpdeskImport(m_fixture->database()).dryRun(path, options);
    QVERIFY2(run.ok(), qPrintable(run.message()));
    const qint64 read = Rows - refused + (longSubjectInTheMiddle ? 1 : 0);
    QCOMPARE(run->tickets, read);
    QCOMPARE(run->refused, refused);
    QCOMPARE(run->updated, changed);
    QCOMPARE(run->unchanged, qint64(Stored) - changed - 2); // rows 7001 and 14002 refused
    QCOMPARE(run->newTickets, read - run->updated - run->unchanged);
    QCOMPARE(run->accountsToCreate, QStringList{u"Globex"_s});
    QList<int> lines;
    for (const RowRefusal &refusal : std::as_const(run->refusals))
        lines << refusal.line;
    QCOMPARE(lines, refusedLines);
    QCOMPARE(run->firstTickets.size(), ImportDryRun::FirstShown);
    QCOMPARE(run->firstTickets.first().id, u"1"_s);
}

QTEST_GUILESS_MAIN(TestStoredTicketDigests)
#include "tst_storedticketdigests.moc"
