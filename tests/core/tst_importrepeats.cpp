#include "AccountStore.h"
#include "Database.h"
#include "ProductStore.h"
#include "StoreFixture.h"
#include "TicketImporter.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Header =
    "id,account,subject,priority,product,channel,created_at,first_response_at,resolved_at\n";

QByteArray row(const char *id, const char *account = "acme", const char *product = "voice")
{
    return QByteArray(id) + ',' + account + ",s," + "P1," + product + ",email,2026-03-02T10:00:00Z,,\n";
}

} // namespace

// A ticket repeated within one file is refused by the import, naming both
// lines, whether the ticket is new or already in the store.
class TestImportRepeats : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        for (const QString &name : {u"acme"_s, u"globex"_s}) {
            Account account;
            account.name = name;
            QVERIFY(AccountStore(m_fixture->database()).add(account).ok());
        }
        QVERIFY(ProductStore(m_fixture->database()).add(u"voice"_s, ProductCategory::Ga).ok());
    }
    void cleanup() { m_fixture.reset(); }

    void refusesANewTicketTwice()
    {
        // The multi-line subject checks that lines are the file's physical lines.
        const auto result =
            import(Header + row("T1") + "T1,globex,\"two\nlines\",P1,voice,email,2026-03-02T10:00:00Z,,\n" +
                   row("T2") + row(" T1 "));
        QCOMPARE(result.message(),
                 u"t.csv:6: ticket \"T1\" of account \"acme\" appears twice, on lines 2 and 6"_s);
        QCOMPARE(ticketCount(), 0);
    }

    void refusesAStoredTicketTwice()
    {
        QVERIFY(import(Header + row("T1") + row("T2")).ok());
        // Updating every stored ticket once is no repeat.
        QVERIFY(import(Header + row("T2") + row("T1") + row("T3")).ok());
        QCOMPARE(ticketCount(), 3);
        const auto result = import(Header + row("T4") + row("T2") + row("T1") + row("T2"));
        QCOMPARE(result.message(),
                 u"t.csv:5: ticket \"T2\" of account \"acme\" appears twice, on lines 3 and 5"_s);
        QCOMPARE(ticketCount(), 3);
    }

    void theFirstBadLineIsReported()
    {
        // A line that is both a repeat and names an unknown product is
        // refused for what can be seen in the line itself.
        auto result = import(Header + row("T1") + row("T1", "acme", "fax"));
        QCOMPARE(result.message(), u"t.csv:3: column product: unknown product \"fax\": "
                                   u"add it first (product add NAME --category CATEGORY)"_s);
        // A repeat on an earlier line than an unknown product is reported first.
        result = import(Header + row("T1") + row("T1") + row("T2", "acme", "fax"));
        QCOMPARE(result.message(),
                 u"t.csv:3: ticket \"T1\" of account \"acme\" appears twice, on lines 2 and 3"_s);
        QCOMPARE(ticketCount(), 0);
    }

    // The import writes the account and product ids it looked up in its own
    // transaction, sparing the store the checks of them: what it leaves
    // passes them, and the connection checks them again afterwards.
    void importLeavesForeignKeysWhole()
    {
        QVERIFY(import(Header + row("T1") + row("T2", "globex") + row("T3")).ok());
        if (m_fixture->database().engine() != StoreEngine::Sqlite)
            QSKIP("foreign key pragmas are SQLite's");
        QSqlQuery query(m_fixture->database().connection());
        QVERIFY(query.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY(!query.next());
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(ticketCount(), 3);
    }

private:
    Expected<ImportSummary> import(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(u"t.csv"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return Expected<ImportSummary>::failure(Error::Kind::Storage, u"cannot write the file"_s);
        file.close();
        return TicketImporter(m_fixture->database()).importFile(path);
    }

    int ticketCount() const
    {
        QSqlQuery query(m_fixture->database().connection());
        query.exec(u"SELECT count(*) FROM tickets"_s);
        return query.next() ? query.value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<StoreFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestImportRepeats)
#include "tst_importrepeats.moc"
