// The import into PostgreSQL sends its rows with COPY on the session of Qt's
// driver. Here (Debian's Qt links the system libpq) that path must be the
// one taken, or a silent fall-back to a statement per row would go
// unnoticed; it must store text exactly, refuse, cancel and report repeats
// as the portable path does, leave the same rows and versions, and run as
// many statements for 5,000 rows as for 100.
#include "AccountStore.h"
#include "Database.h"
#include "PgHandle.h"
#include "ProductStore.h"
#include "StoreFixture.h"
#include "TicketCsv.h"
#include "TicketImporter.h"
#include "TicketStore.h"

#include <QBuffer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Header =
    "id,account,subject,priority,product,channel,created_at,first_response_at,resolved_at\n";
constexpr qint64 March2026 = 1'772'323'200; // 2026-03-01T00:00:00Z

QByteArray row(const QByteArray &id, const char *account = "acme", const char *product = "voice",
               const QByteArray &subject = "s")
{
    return id + ',' + account + ',' + subject + ",P1," + product + ",email,2026-03-02T10:00:00Z,,\n";
}

// `count` tickets T<from>... of one account, one a minute.
QByteArray rows(int from, int count, const QByteArray &subject = "s")
{
    QByteArray bytes = Header;
    for (int number = from; number < from + count; ++number) {
        const QDateTime created = QDateTime::fromSecsSinceEpoch(March2026 + number * 60LL, QTimeZone::utc());
        bytes += "T" + QByteArray::number(number) + ",acme," + subject + ",P2,voice,chat," +
                 created.toString(Qt::ISODate).toLatin1() + ",,\n";
    }
    return bytes;
}

} // namespace

class TestPgCopyImport : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (TestStore::postgresServer().isEmpty())
            QSKIP("the COPY import is PostgreSQL's: set SUPPORTDESK_TEST_POSTGRES");
        usePortablePostgresPaths(false);
        m_fixture = makeStore();
        QVERIFY(m_fixture);
    }
    void cleanup()
    {
        usePortablePostgresPaths(false);
        m_fixture.reset();
    }

    void guardChoosesCopyHere()
    {
        QVERIFY2(postgresHandleOf(m_fixture->database()),
                 "this program should call the libpq of Qt's PostgreSQL driver, on its session, here");
        usePortablePostgresPaths(true);
        QVERIFY(!postgresHandleOf(m_fixture->database()));
    }

    void textIsStoredExactly()
    {
        // Written by the export's own writer, so that the export after the
        // import must give the file back byte for byte.
        const QStringList subjects = {u"\"quoted\", with a comma"_s,
                                      u"two\nlines"_s,
                                      u"a\ttab"_s,
                                      u"back\\slash \\N \\t"_s,
                                      u"\\."_s,
                                      u"end\n\\.\nmore"_s,
                                      u"cr\r\nlf"_s,
                                      u"Ünïcödé — 日本語 🎫"_s,
                                      u""_s,
                                      u"=formula"_s};
        QByteArray file;
        QBuffer buffer(&file);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        TicketCsvWriter writer(&buffer);
        writer.writeHeader();
        for (int at = 0; at < subjects.size(); ++at) {
            Ticket ticket;
            ticket.id = u"X%1"_s.arg(at + 10);
            ticket.account = u"acme"_s;
            ticket.subject = subjects.at(at);
            ticket.product = u"voice"_s;
            ticket.createdAt = March2026 + at * 60;
            if (at % 2)
                ticket.resolvedAt = ticket.createdAt + 30;
            writer.write(ticket);
        }
        buffer.close();
        const auto imported = import(file);
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(imported->tickets, qint64(subjects.size()));
        QCOMPARE(exported(*m_fixture), file);
    }

    void aRefusedRowWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown product")
            << row("B1", "acme", "fax")
            << u"t.csv:5: column product: unknown product \"fax\": add it first (product add NAME --category "
               u"CATEGORY)"_s;
        QTest::newRow("bad time") << "B1,acme,s,P1,voice,email,2026-13-02T10:00:00Z,,\n"_ba << QString();
    }
    void aRefusedRowWritesNothing()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, message);
        QVERIFY(import(rows(1, 3)).ok());
        const QByteArray before = exported(*m_fixture);
        const auto result = import(rows(1, 3).replace("P2", "P3") + bad + row("A9"));
        QVERIFY(!result.ok());
        QCOMPARE(result.errorKind(), Error::Kind::InvalidInput);
        if (!message.isEmpty())
            QCOMPARE(result.message(), message);
        QVERIFY2(result.message().startsWith(u"t.csv:5: column "_s), qPrintable(result.message()));
        QCOMPARE(exported(*m_fixture), before);
        QCOMPARE(versions(*m_fixture), QList<qint64>({1, 1, 1}));
    }

    void aCancelWritesNothing_data()
    {
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("while sending the rows") << 1;
        QTest::newRow("once they are sent") << -1;
    }
    void aCancelWritesNothing()
    {
        QFETCH(int, cancelAt);
        QVERIFY(import(rows(1, 3)).ok());
        const QByteArray before = exported(*m_fixture);
        int writingCalls = 0;
        const auto result = import(rows(1, 40000), [&](const ImportProgress &progress) {
            if (progress.phase == ImportProgress::Phase::Writing)
                return writingCalls++ != cancelAt;
            return progress.phase != ImportProgress::Phase::Indexing || cancelAt >= 0;
        });
        QCOMPARE(result.errorKind(), Error::Kind::Cancelled);
        QVERIFY(writingCalls > 1);
        QCOMPARE(exported(*m_fixture), before);
        // The session is whole again: the next import works.
        QVERIFY(import(rows(4, 2)).ok());
        QCOMPARE(versions(*m_fixture), QList<qint64>({1, 1, 1, 1, 1}));
    }

    void aRepeatIsReportedAsThePortablePathDoes_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("new ticket, multi-line subject between")
            << Header + row("T1") + row("T1", "globex", "voice", "\"two\nlines\"") + row("T2") + row(" T1 ")
            << u"t.csv:6: ticket \"T1\" of account \"acme\" appears twice, on lines 2 and 6"_s;
        QTest::newRow("stored ticket")
            << Header + row("A1") + row("A2") + row("A1") + row("A2")
            << u"t.csv:4: ticket \"A1\" of account \"acme\" appears twice, on lines 2 and 4"_s;
        QTest::newRow("before a bad line")
            << Header + row("T1") + row("T1") + row("T2", "acme", "fax")
            << u"t.csv:3: ticket \"T1\" of account \"acme\" appears twice, on lines 2 and 3"_s;
    }
    void aRepeatIsReportedAsThePortablePathDoes()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, message);
        QVERIFY(import(Header + row("A1") + row("A2")).ok());
        const auto copied = import(file);
        QCOMPARE(copied.message(), message);
        QCOMPARE(copied.errorKind(), Error::Kind::InvalidInput);
        usePortablePostgresPaths(true);
        const auto portable = import(file);
        QCOMPARE(portable.message(), message);
        QCOMPARE(versions(*m_fixture), QList<qint64>({1, 1}));
    }

    void bothPathsLeaveTheSameStore()
    {
        const auto other = makeStore();
        QVERIFY(other);
        // New tickets, then some updated and new ones mixed.
        const QList<QByteArray> files = {rows(1, 300), rows(250, 100, "again"),
                                         rows(1, 10, "\"third\ttime\"")};
        for (const QByteArray &file : files) {
            usePortablePostgresPaths(false);
            const auto copied = import(file);
            QVERIFY2(copied.ok(), qPrintable(copied.message()));
            usePortablePostgresPaths(true);
            const auto portable = import(file, {}, other.get());
            QVERIFY2(portable.ok(), qPrintable(portable.message()));
            QCOMPARE(copied->tickets, portable->tickets);
        }
        QCOMPARE(dump(*m_fixture), dump(*other));
        const QList<qint64> stored = versions(*m_fixture);
        QCOMPARE(stored.size(), 349);
        QCOMPARE(stored.first(), 2); // in the first file and the third
        QCOMPARE(stored.last(), 1);
        QCOMPARE(stored.at(260), 2); // T261: in the first two files
    }

    void statementsDoNotGrowWithTheRows()
    {
        QString error;
        QVERIFY2(
            m_fixture->store().runAsAdmin({u"CREATE EXTENSION IF NOT EXISTS pg_stat_statements"_s}, &error),
            qPrintable(error));
        const auto statementsOf = [&](const QByteArray &file) -> qint64 {
            QSqlQuery query(m_fixture->database().connection());
            // This database's only: other tests count on the same server.
            if (!query.exec(u"SELECT pg_stat_statements_reset(0, oid, 0) FROM pg_database "
                            u"WHERE datname = current_database()"_s))
                return -1;
            query.finish();
            if (!import(file).ok())
                return -1;
            if (!query.exec(u"SELECT sum(calls) FROM pg_stat_statements WHERE dbid = (SELECT oid FROM "
                            u"pg_database WHERE datname = current_database())"_s) ||
                !query.next())
                return -1;
            return query.value(0).toLongLong();
        };
        const qint64 few = statementsOf(rows(1, 100));
        const qint64 many = statementsOf(rows(101, 5000));
        QVERIFY(few > 0);
        QCOMPARE(many, few);
        QCOMPARE(versions(*m_fixture).size(), 5100);
    }

    void aLostConnectionFailsNamingTheFile()
    {
        QSqlQuery query(m_fixture->database().connection());
        QVERIFY(query.exec(u"SELECT pg_backend_pid()"_s) && query.next());
        const qint64 backend = query.value(0).toLongLong();
        query.finish();
        int writingCalls = 0;
        const auto result = import(rows(1, 40000), [&](const ImportProgress &progress) {
            if (progress.phase == ImportProgress::Phase::Writing && writingCalls++ == 1) {
                QString error;
                if (!m_fixture->store().runAsAdmin({u"SELECT pg_terminate_backend(%1)"_s.arg(backend)},
                                                   &error))
                    qWarning("%s", qPrintable(error));
            }
            return true;
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.errorKind(), Error::Kind::Storage);
        QVERIFY2(result.message().startsWith(u"t.csv: "_s), qPrintable(result.message()));
        QVERIFY2(result.message().contains(u"connection"_s), qPrintable(result.message()));
        // Opened again at the next action: nothing was written.
        QCOMPARE(versions(*m_fixture), QList<qint64>());
        QVERIFY(import(rows(1, 2)).ok());
        QCOMPARE(versions(*m_fixture), QList<qint64>({1, 1}));
    }

private:
    std::unique_ptr<StoreFixture> makeStore()
    {
        auto fixture = std::make_unique<StoreFixture>();
        if (!fixture->ok()) {
            qWarning("%s", qPrintable(fixture->error()));
            return nullptr;
        }
        for (const QString &name : {u"acme"_s, u"globex"_s}) {
            Account account;
            account.name = name;
            if (!AccountStore(fixture->database()).add(account).ok())
                return nullptr;
        }
        if (!ProductStore(fixture->database()).add(u"voice"_s, ProductCategory::Ga).ok())
            return nullptr;
        return fixture;
    }

    Expected<ImportSummary> import(const QByteArray &bytes, const TicketImporter::Progress &progress = {},
                                   StoreFixture *into = nullptr)
    {
        const QString path = m_fixture->filePath(u"t.csv"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return Expected<ImportSummary>::failure(Error::Kind::Storage, u"cannot write the file"_s);
        file.close();
        return TicketImporter((into ? into : m_fixture.get())->database()).importFile(path, progress);
    }

    static QByteArray exported(const StoreFixture &fixture)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        if (!buffer.open(QIODevice::WriteOnly))
            return {};
        TicketCsvWriter writer(&buffer);
        writer.writeHeader();
        const Status read =
            TicketStore(fixture.database()).forEachTicket(TicketFilter{}, [&](const Ticket &ticket) {
                writer.write(ticket);
            });
        return read.ok() ? bytes : QByteArray("read failed: ") + read.message().toUtf8();
    }

    // Every column of every ticket row, ids and versions included.
    static QStringList dump(const StoreFixture &fixture)
    {
        QStringList lines;
        QSqlQuery query(fixture.database().connection());
        if (!query.exec(
                u"SELECT id, account_id, ticket_id, subject, priority, product_id, channel, created_at, "
                u"first_response_at, resolved_at, version FROM tickets ORDER BY id"_s))
            return {query.lastError().text()};
        while (query.next()) {
            QStringList cells;
            for (int column = 0; column < 11; ++column)
                cells << (query.isNull(column) ? u"NULL"_s : query.value(column).toString());
            lines << cells.join(u'|');
        }
        return lines;
    }

    static QList<qint64> versions(const StoreFixture &fixture)
    {
        QList<qint64> found;
        QSqlQuery query(fixture.database().connection());
        if (!query.exec(u"SELECT version FROM tickets ORDER BY id"_s))
            return {-1};
        while (query.next())
            found << query.value(0).toLongLong();
        return found;
    }

    std::unique_ptr<StoreFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestPgCopyImport)
#include "tst_pgcopyimport.moc"
