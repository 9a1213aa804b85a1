#include "AccountStore.h"
#include "Database.h"
#include "ProductStore.h"
#include "TestStore.h"
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
        m_store = std::make_unique<TestStore>();
        QVERIFY2(!m_store->location().isEmpty(), qPrintable(m_store->error()));
        auto database = Database::open(m_store->location());
        QVERIFY2(database.ok(), qPrintable(database.error()));
        m_db = std::move(*database);
        Account account;
        account.name = QStringLiteral("acme");
        QVERIFY(AccountStore(*m_db).add(account).ok());
        QVERIFY(ProductStore(*m_db).add(QStringLiteral("voice"), ProductCategory::Ga).ok());
        m_indexes = indexes();
        QCOMPARE(m_indexes.size(), 3);
    }
    void cleanup()
    {
        m_db.reset();
        m_store.reset();
    }

    void addsThenUpdatesWithoutDuplicates_data()
    {
        QTest::addColumn<qint64>("expected");
        QTest::newRow("updating the indexes row by row") << qint64(0);
        QTest::newRow("rebuilding the indexes") << qint64(1'000'000);
    }
    void addsThenUpdatesWithoutDuplicates()
    {
        QFETCH(qint64, expected);
        TicketStore store(*m_db);
        QVERIFY(store.upsertStream(numbered(0, 300), expected).ok());
        Ticket changed = ticket(299);
        changed.subject = QStringLiteral("changed");
        changed.firstResponseAt = std::nullopt;
        QVERIFY(store.upsertStream(numbered(200, 150, changed), expected).ok());

        QCOMPARE(store.count({}), qint64(349));
        QList<Ticket> stored;
        store.forEachTicket({}, [&](const Ticket &t) { stored.append(t); });
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
        TicketStore store(*m_db);
        QVERIFY(store.upsertStream(numbered(0, 10), 0).ok());
        const Status status = store.upsertStream(numbered(10, 500, ticket(509, "nobody")), expected);
        QVERIFY(!status.ok());
        QCOMPARE(status.error(), QStringLiteral("ticket 'T-509': no account named 'nobody'"));
        QCOMPARE(store.count({}), qint64(10));
        QCOMPARE(indexes(), m_indexes);
    }

    void insideATransactionIsPartOfIt()
    {
        TicketStore store(*m_db);
        const Status outer = m_db->transaction([&]() -> Status {
            if (Status inner = store.upsertStream(numbered(0, 100), 1'000'000); !inner)
                return inner;
            return Status::failure(QStringLiteral("the caller changed its mind"));
        });
        QVERIFY(!outer.ok());
        QCOMPARE(store.count({}), qint64(0));
        QCOMPARE(indexes(), m_indexes);
    }

private:
    QStringList indexes() const
    {
        QStringList sql;
        QSqlQuery query(m_db->connection());
        // The table's own indexes, not those of its keys.
        if (m_db->engine() == StoreEngine::PostgreSql) {
            query.exec(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE tablename = 'tickets' AND indexname "
                                      "NOT LIKE 'tickets_pkey' AND indexname NOT LIKE 'tickets_%_key' "
                                      "ORDER BY indexname"));
        } else {
            query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets' "
                                      "AND sql IS NOT NULL ORDER BY name"));
        }
        while (query.next())
            sql << query.value(0).toString();
        return sql;
    }

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Database> m_db;
    QStringList m_indexes;
};

QTEST_GUILESS_MAIN(TestTicketStream)
#include "tst_ticketstream.moc"
