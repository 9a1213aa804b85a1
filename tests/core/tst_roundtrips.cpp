// The statements a PostgreSQL server runs for the hot paths do not grow with
// the tickets or the accounts: each path is counted (pg_stat_statements) on
// a small store and on one with eight times the accounts and eighty times
// the tickets, and must run as many statements on both. A statement a row
// or an account (the round trip that costs most on a server across a
// network) fails here. PostgreSQL only: a SQLite file has no round trips.
#include "Database.h"
#include "DemoGenerator.h"
#include "FactsLoader.h"
#include "ReportService.h"
#include "ServerTickets.h"
#include "StatementCount.h"
#include "StoreFixture.h"
#include "TicketDeadlines.h"
#include "TicketOrdering.h"
#include "TicketStore.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>
#include <functional>
#include <memory>

namespace {

const qint64 AsOf = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
const qint64 TicketsFrom = QDateTime(QDate(2026, 5, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
constexpr int PageRows = 200; // the ticket table's block

// One store of `accounts` accounts with `perAccount` tickets each.
struct SizedStore
{
    std::unique_ptr<StoreFixture> fixture;
    std::unique_ptr<StatementCount> counter;
    QString error;
};

SizedStore makeStore(int accounts, int perAccount)
{
    SizedStore sized;
    sized.fixture = std::make_unique<StoreFixture>();
    if (!sized.fixture->ok()) {
        sized.error = sized.fixture->error();
        return sized;
    }
    DemoOptions options;
    options.accounts = accounts;
    options.tickets = 0;
    options.months = 6;
    options.nowUtc = AsOf;
    if (const auto made = DemoGenerator(sized.fixture->database()).generate(options); !made) {
        sized.error = made.message();
        return sized;
    }
    if (!fillTicketsOnServer(sized.fixture->store(), perAccount, TicketsFrom, AsOf, &sized.error))
        return sized;
    sized.counter = std::make_unique<StatementCount>(sized.fixture->store());
    if (!sized.counter->ok())
        sized.error = sized.counter->error();
    return sized;
}

} // namespace

class TestRoundTrips : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void monthReportForEveryAccount();
    void creditsOverSeveralMonths();
    void openingTheStoreAtTheFirstPage();
    void sortChanges();
    void sortsByResponseTime();
    void jumpToTheLastRow();
    void aStatementPerAccountIsCaught();

private:
    // The statements `work` runs on each store; fails the test when it fails.
    using Work = std::function<Status(SizedStore &)>;
    bool countOnBoth(const Work &work, qint64 &small, qint64 &large);
    void expectSameCount(const char *path, const Work &work);

    SizedStore m_small;
    SizedStore m_large;
};

void TestRoundTrips::initTestCase()
{
    if (TestStore::postgresServer().isEmpty())
        QSKIP("round trips are a server's: set SUPPORTDESK_TEST_POSTGRES");
    m_small = makeStore(5, 200);
    QVERIFY2(m_small.error.isEmpty(), qPrintable(m_small.error));
    m_large = makeStore(40, 2000);
    QVERIFY2(m_large.error.isEmpty(), qPrintable(m_large.error));
}

void TestRoundTrips::cleanupTestCase()
{
    // The counters' connections go before the databases they are in.
    m_small.counter.reset();
    m_large.counter.reset();
    m_small.fixture.reset();
    m_large.fixture.reset();
}

bool TestRoundTrips::countOnBoth(const Work &work, qint64 &small, qint64 &large)
{
    for (auto [sized, count] : {std::pair{&m_small, &small}, std::pair{&m_large, &large}}) {
        // A count the server may have cut short is taken again.
        constexpr int Attempts = 3;
        for (int attempt = 1;; ++attempt) {
            if (!sized->counter->reset()) {
                qWarning("%s", qPrintable(sized->counter->error()));
                return false;
            }
            if (const Status done = work(*sized); !done) {
                qWarning("%s", qPrintable(done.message()));
                return false;
            }
            *count = sized->counter->count();
            if (*count < 0) {
                qWarning("%s", qPrintable(sized->counter->error()));
                return false;
            }
            if (!sized->counter->someWereDropped())
                break;
            if (attempt == Attempts) {
                qWarning("pg_stat_statements dropped entries during each of %d counts: raise "
                         "pg_stat_statements.max",
                         Attempts);
                return false;
            }
        }
    }
    return true;
}

void TestRoundTrips::expectSameCount(const char *path, const Work &work)
{
    qint64 small = 0, large = 0;
    QVERIFY(countOnBoth(work, small, large));
    qInfo("%s: %lld statements at 5 x 200 tickets, %lld at 40 x 2000", path, small, large);
    QVERIFY2(small > 0, "nothing was counted: is pg_stat_statements loaded?");
    QVERIFY2(small == large,
             qPrintable(QStringLiteral("%1 ran %2 statements on the small store and %3 on the large one: "
                                       "a statement per row or per account")
                            .arg(QLatin1String(path))
                            .arg(small)
                            .arg(large)));
}

namespace {

Status report(Database &database, MonthRange months)
{
    ReportRequest request;
    request.months = months;
    request.asOfUtc = AsOf;
    const auto result = ReportService(database).compute(request);
    return result ? success() : Status(result.error());
}

} // namespace

void TestRoundTrips::monthReportForEveryAccount()
{
    expectSameCount("a month's report", [](SizedStore &sized) {
        return report(sized.fixture->database(), {{2026, 9}, {2026, 9}});
    });
}

void TestRoundTrips::creditsOverSeveralMonths()
{
    expectSameCount("six months of credits", [](SizedStore &sized) {
        return report(sized.fixture->database(), {{2026, 5}, {2026, 10}});
    });
}

namespace {

// What the ticket table reads when it opens, sorted by creation, newest
// first: the accounts' facts, the count, the first block.
Status openTicketTable(Database &database, TicketSortColumn column, Qt::SortOrder order)
{
    const auto facts = FactsLoader::load(database);
    if (!facts)
        return facts.error();
    const TicketStore tickets(database);
    if (const auto counted = tickets.count({}); !counted)
        return counted.error();
    const auto page = tickets.page({}, column, order, std::nullopt, PageRows);
    return page ? success() : Status(page.error());
}

} // namespace

void TestRoundTrips::openingTheStoreAtTheFirstPage()
{
    expectSameCount("opening the store at the ticket table's first page", [](SizedStore &sized) {
        auto opened = Database::open(sized.fixture->store().location());
        if (!opened)
            return Status(opened.error());
        return openTicketTable(**opened, TicketSortColumn::CreatedAt, Qt::DescendingOrder);
    });
}

void TestRoundTrips::sortChanges()
{
    // The count does not change with the order: a sort change reads the
    // first block of the new order only.
    for (const TicketSortColumn column :
         {TicketSortColumn::Account, TicketSortColumn::TicketId, TicketSortColumn::Subject,
          TicketSortColumn::Priority, TicketSortColumn::Product, TicketSortColumn::FirstResponseAt}) {
        expectSameCount("a sort change", [column](SizedStore &sized) {
            const auto page = TicketStore(sized.fixture->database())
                                  .page({}, column, Qt::AscendingOrder, std::nullopt, PageRows);
            return page ? success() : Status(page.error());
        });
    }
}

void TestRoundTrips::sortsByResponseTime()
{
    // A derived order: every ticket's deadline fields in one pass, then the
    // first block by row id.
    expectSameCount("a sort by response time", [](SizedStore &sized) {
        Database &database = sized.fixture->database();
        const auto facts = FactsLoader::load(database);
        if (!facts)
            return Status(facts.error());
        const TicketDeadlines deadlines(*facts);
        TicketOrdering ordering(database, deadlines, {}, AsOf);
        const auto ids = ordering.rowIds(false, TicketDerivedSort::ResponseTime, TicketSortColumn::CreatedAt,
                                         Qt::AscendingOrder);
        if (!ids)
            return Status(ids.error());
        const auto rows = TicketStoreReads::rowsByIds(database, ids->data(),
                                                      qMin<qsizetype>(PageRows, qsizetype(ids->size())));
        return rows ? success() : Status(rows.error());
    });
}

void TestRoundTrips::jumpToTheLastRow()
{
    // The last block is the first of the reversed order: one page, no seek.
    expectSameCount("a jump to the last row", [](SizedStore &sized) {
        const auto page =
            TicketStore(sized.fixture->database())
                .page({}, TicketSortColumn::CreatedAt, Qt::AscendingOrder, std::nullopt, PageRows);
        return page ? success() : Status(page.error());
    });
}

void TestRoundTrips::aStatementPerAccountIsCaught()
{
    // The check itself: reading each account's tickets apart is counted
    // as what it is.
    qint64 small = 0, large = 0;
    QVERIFY(countOnBoth(
        [](SizedStore &sized) {
            Database &database = sized.fixture->database();
            const auto facts = FactsLoader::load(database);
            if (!facts)
                return Status(facts.error());
            for (const AccountFacts &account : facts->accounts) {
                TicketFilter filter;
                filter.accountId = account.account.id;
                if (const auto counted = TicketStore(database).count(filter); !counted)
                    return Status(counted.error());
            }
            return success();
        },
        small, large));
    QCOMPARE(large - small, qint64(40 - 5));
}

QTEST_GUILESS_MAIN(TestRoundTrips)
#include "tst_roundtrips.moc"
