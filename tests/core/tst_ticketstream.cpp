#include "AccountStore.h"
#include "Database.h"
#include "ProductStore.h"
#include "StoreFixture.h"
#include "TicketSql.h"
#include "TicketStore.h"

#include <QSqlQuery>
#include <QTest>

namespace {

Ticket ticket(qint64 n, const char *account = "acme")
{
    Ticket t;
    t.id = QStringLiteral("T-%1").arg(n);
    t.account = QLatin1String(account);
    t.subject = QStringLiteral("Subject %1").arg(n);
    t.product = QStringLiteral("voice");
    t.priority = AllPriorities[std::size_t(n % 3)];
    t.channel = AllChannels[std::size_t(n % 4)];
    t.createdAt = 1'000'000 + n * 60;
    if (n % 2 == 0)
        t.firstResponseAt = t.createdAt + 120;
    return t;
}

// A source of `count` tickets numbered from `first`, with `last` replacing
// the final one when given.
TicketStore::TicketSource numbered(qint64 first, qint64 count, std::optional<Ticket> last = std::nullopt)
{
    return [first, count, last, n = qint64(0)](Ticket &out) mutable {
        if (n == count)
            return false;
        out = (n == count - 1 && last) ? *last : ticket(first + n);
        ++n;
        return true;
    };
}

} // namespace

// The streaming upsert behind imports and the demo: large loads rebuild the
// table's indexes once, and every outcome is all rows or none.
class TestTicketStream : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        Account account;
        account.name = QStringLiteral("acme");
        QVERIFY(AccountStore(m_fixture->database()).add(account).ok());
        QVERIFY(ProductStore(m_fixture->database()).add(QStringLiteral("voice"), ProductCategory::Ga).ok());
        m_indexes = indexes();
        // By account and creation, by creation; PostgreSQL also has one for
        // each order of the ticket table (schema version 4).
        QCOMPARE(m_indexes.size(), m_fixture->database().engine() == StoreEngine::PostgreSql ? 9 : 2);
    }
    void cleanup() { m_fixture.reset(); }

    void addsThenUpdatesWithoutDuplicates_data()
    {
        QTest::addColumn<qint64>("expected");
        QTest::newRow("updating the indexes row by row") << qint64(0);
        QTest::newRow("rebuilding the indexes") << qint64(1'000'000);
    }
    void addsThenUpdatesWithoutDuplicates()
    {
        QFETCH(qint64, expected);
        TicketStore store(m_fixture->database());
        QVERIFY(store.upsertStream(numbered(0, 300), expected).ok());
        Ticket changed = ticket(299);
        changed.subject = QStringLiteral("changed");
        changed.firstResponseAt = std::nullopt;
        QVERIFY(store.upsertStream(numbered(200, 150, changed), expected).ok());

        QCOMPARE(store.count({}).value(), qint64(349));
        QList<Ticket> stored;
        QVERIFY(store.forEachTicket({}, [&](const Ticket &t) { stored.append(t); }).ok());
        QCOMPARE(stored.size(), 349);
        QCOMPARE(stored[299].id, QStringLiteral("T-299"));
        QCOMPARE(stored[299].subject, QStringLiteral("changed"));
        QCOMPARE(stored[299].firstResponseAt, std::optional<qint64>());
        QCOMPARE(stored[300].subject, QStringLiteral("Subject 300"));
        QCOMPARE(stored[348].id, QStringLiteral("T-348"));
        QCOMPARE(indexes(), m_indexes);
    }

    void failureLeavesTicketsAndIndexesAsTheyWere_data()
    {
        QTest::addColumn<qint64>("expected");
        QTest::newRow("updating the indexes row by row") << qint64(0);
        QTest::newRow("rebuilding the indexes") << qint64(1'000'000);
    }
    void failureLeavesTicketsAndIndexesAsTheyWere()
    {
        QFETCH(qint64, expected);
        TicketStore store(m_fixture->database());
        QVERIFY(store.upsertStream(numbered(0, 10), 0).ok());
        const Status status = store.upsertStream(numbered(10, 500, ticket(509, "nobody")), expected);
        QVERIFY(!status.ok());
        QCOMPARE(status.message(), QStringLiteral("ticket 'T-509': no account named 'nobody'"));
        QCOMPARE(store.count({}).value(), qint64(10));
        QCOMPARE(indexes(), m_indexes);
    }

    void insideATransactionIsPartOfIt()
    {
        TicketStore store(m_fixture->database());
        const Status outer = m_fixture->database().transaction([&]() -> Status {
            if (Status inner = store.upsertStream(numbered(0, 100), 1'000'000); !inner)
                return inner;
            return Status::failure(Error::Kind::InvalidInput, QStringLiteral("the caller changed its mind"));
        });
        QVERIFY(!outer.ok());
        QCOMPARE(store.count({}).value(), qint64(0));
        QCOMPARE(indexes(), m_indexes);
    }

    // The portable writer, the one of engines other than SQLite, run here on
    // whichever engine the test run is for: the same rows, updates and
    // repeats as SQLite's own interface.
    void bothWritersStoreTheSameRows_data()
    {
        QTest::addColumn<TicketSql::StreamWriter>("writer");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("native, row by row") << TicketSql::StreamWriter::Native << qint64(0);
        QTest::newRow("native, rebuilding the indexes")
            << TicketSql::StreamWriter::Native << qint64(1'000'000);
        QTest::newRow("portable") << TicketSql::StreamWriter::Portable << qint64(0);
        QTest::newRow("portable, told a large count")
            << TicketSql::StreamWriter::Portable << qint64(1'000'000);
    }
    void bothWritersStoreTheSameRows()
    {
        QFETCH(TicketSql::StreamWriter, writer);
        QFETCH(qint64, expected);
        const auto stream = [&](const TicketStore::TicketSource &source,
                                const TicketStore::RepeatHandler &onRepeat) {
            return TicketSql::upsertStream(m_fixture->database(), source, expected, onRepeat, writer);
        };
        QList<Ticket> repeats;
        const auto refuse = [&repeats](const Ticket &t) {
            repeats.append(t);
            return Status::failure(Error::Kind::InvalidInput, QStringLiteral("repeated: %1").arg(t.id));
        };
        QVERIFY(stream(numbered(0, 300), refuse).ok());
        Ticket changed = ticket(348);
        changed.subject = QStringLiteral("changed, with é and 😀");
        changed.firstResponseAt = std::nullopt;
        // Stored tickets updated once each, new ones added: no repeat.
        QVERIFY(stream(numbered(200, 149, changed), refuse).ok());
        QVERIFY(repeats.isEmpty());

        TicketStore store(m_fixture->database());
        QCOMPARE(store.count({}).value(), qint64(349));
        QList<Ticket> stored;
        QVERIFY(store.forEachTicket({}, [&](const Ticket &t) { stored.append(t); }).ok());
        QCOMPARE(stored.size(), 349);
        QCOMPARE(stored[348].subject, changed.subject);
        QCOMPARE(stored[348].firstResponseAt, std::optional<qint64>());
        QCOMPARE(stored[298].firstResponseAt, ticket(298).firstResponseAt);
        QCOMPARE(stored[300].subject, QStringLiteral("Subject 300"));
        QCOMPARE(stored[300].priority, ticket(300).priority);
        QCOMPARE(stored[300].channel, ticket(300).channel);
        QCOMPARE(stored[300].createdAt, ticket(300).createdAt);
        QCOMPARE(indexes(), m_indexes);

        // A stored ticket updated twice, then a new one added twice: each is
        // a repeat, and all of the stream is undone.
        Status status = stream(numbered(400, 3, ticket(401)), refuse);
        QCOMPARE(status.message(), QStringLiteral("repeated: T-401"));
        status = stream(numbered(10, 3, ticket(10)), refuse);
        QCOMPARE(status.message(), QStringLiteral("repeated: T-10"));
        QCOMPARE(repeats.size(), 2);
        QCOMPARE(store.count({}).value(), qint64(349));
        // Without a handler a repeat is one more update: the last one stays.
        Ticket last = ticket(5);
        last.subject = QStringLiteral("last");
        QVERIFY(stream(numbered(5, 2, last), {}).ok());
        QVERIFY(stream(numbered(5, 1), {}).ok() && stream(numbered(5, 1, last), {}).ok());
        stored.clear();
        QVERIFY(store.forEachTicket({}, [&](const Ticket &t) { stored.append(t); }).ok());
        QCOMPARE(stored[5].subject, QStringLiteral("last"));
        QCOMPARE(store.count({}).value(), qint64(349));
        QCOMPARE(indexes(), m_indexes);
    }

private:
    QStringList indexes() const
    {
        QStringList sql;
        QSqlQuery query(m_fixture->database().connection());
        // The table's own indexes, not those of its keys.
        if (m_fixture->database().engine() == StoreEngine::PostgreSql) {
            query.exec(
                QStringLiteral("SELECT indexdef FROM pg_indexes WHERE tablename = 'tickets' AND indexname "
                               "NOT LIKE 'tickets_pkey' AND indexname NOT LIKE 'tickets_%_key' "
                               "ORDER BY indexname"));
        } else {
            query.exec(
                QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets' "
                               "AND sql IS NOT NULL ORDER BY name"));
        }
        while (query.next())
            sql << query.value(0).toString();
        return sql;
    }

    std::unique_ptr<StoreFixture> m_fixture;
    QStringList m_indexes;
};

QTEST_GUILESS_MAIN(TestTicketStream)
#include "tst_ticketstream.moc"
