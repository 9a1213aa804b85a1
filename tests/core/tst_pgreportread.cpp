// On PostgreSQL the report, and the ticket table's derived orders when no
// filter is set, read their tickets through libpq's COPY … TO STDOUT. Here (Debian's Qt links the system
// libpq) that read must be the one taken, must give the report and credits the portable read through Qt
// gives, and must fail as a whole, never end early, when the server fails
// or sends a row that is not a ticket after rows have already been counted.
#include "Database.h"
#include "DemoGenerator.h"
#include "FactsLoader.h"
#include "PgHandle.h"
#include "PgReportTicketRead.h"
#include "ReportService.h"
#include "StoreFixture.h"
#include "TicketDeadlines.h"
#include "TicketOrdering.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const qint64 AsOf = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
const qint64 Later = AsOf + 86400; // after every demo ticket

// Every figure of every row, one line a row: equal text, equal results.
QString describe(const ReportResult &result)
{
    QString text;
    for (const ReportRow &row : result.rows) {
        text += u"%1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(row.account, row.month.toString(), row.planId)
                    .arg(priorityIndex(row.priority))
                    .arg(row.tickets)
                    .arg(row.answered)
                    .arg(row.averageCentiMinutes.value_or(-1))
                    .arg(row.withinTargetBasisPoints.value_or(-1))
                    .arg(int(row.status));
        text += u" %1 %2"_s.arg(row.totalResponseSeconds).arg(row.provisional);
        for (int bucket : row.responseHistogram)
            text += u" %1"_s.arg(bucket);
        text += u'\n';
    }
    for (const CreditRow &row : result.credits) {
        text += u"credit %1 %2 %3 %4 %5 %6 %7\n"_s.arg(row.account, row.month.toString(), row.planId)
                    .arg(row.activeDays)
                    .arg(row.feeCents)
                    .arg(row.creditCents)
                    .arg(row.claimDeadline.toString(Qt::ISODate));
    }
    return text;
}

} // namespace

class TestPgReportRead : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (TestStore::postgresServer().isEmpty())
            QSKIP("the COPY read is PostgreSQL's: set SUPPORTDESK_TEST_POSTGRES");
        usePortablePostgresPaths(false);
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        DemoOptions options;
        options.accounts = 6;
        options.tickets = 6000;
        options.months = 6;
        options.nowUtc = AsOf;
        const auto made = DemoGenerator(m_fixture->database()).generate(options);
        QVERIFY2(made.ok(), qPrintable(made.message()));
    }
    void cleanup()
    {
        usePortablePostgresPaths(false);
        m_fixture.reset();
    }

    void theCopyReadIsTakenHere()
    {
        qint64 rows = 0;
        const auto read = readEveryTicket(rows);
        QVERIFY2(read, "Qt's PostgreSQL driver and this program should share libpq and its session here");
        QVERIFY2(read->ok(), qPrintable(read->message()));
        QCOMPARE(rows, 6000);
        usePortablePostgresPaths(true);
        QVERIFY(!PgReportTicketRead::forEachBatch(m_fixture->database(), std::nullopt, 0, Later,
                                                  [](std::vector<ReportTicketScan::Row> &) {}));
    }

    void oneAccountsRowsOnly()
    {
        QSqlQuery query(m_fixture->database().connection());
        QVERIFY(
            query.exec(u"SELECT account_id, count(*) FROM tickets GROUP BY account_id ORDER BY 1 LIMIT 1"_s));
        QVERIFY(query.next());
        const qint64 account = query.value(0).toLongLong();
        const qint64 expected = query.value(1).toLongLong();
        query.finish();
        qint64 rows = 0;
        bool othersSeen = false;
        const auto read = PgReportTicketRead::forEachBatch(
            m_fixture->database(), account, 0, Later, [&](std::vector<ReportTicketScan::Row> &batch) {
                rows += qint64(batch.size());
                for (const ReportTicketScan::Row &row : batch)
                    othersSeen = othersSeen || row.accountId != account;
            });
        QVERIFY(read && read->ok());
        QCOMPARE(rows, expected);
        QVERIFY(!othersSeen);
    }

    void theReportAndCreditsEqualThePortableRead_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<int>("firstMonth");
        QTest::newRow("every account, six months") << QString() << 5;
        QTest::newRow("every account, one month") << QString() << 9;
        QTest::newRow("one account, six months") << u"first"_s << 5;
    }
    void theReportAndCreditsEqualThePortableRead()
    {
        QFETCH(QString, account);
        QFETCH(int, firstMonth);
        ReportRequest request;
        request.months = {{2026, firstMonth}, {2026, 10}};
        request.asOfUtc = AsOf;
        if (!account.isEmpty()) {
            QSqlQuery query(m_fixture->database().connection());
            QVERIFY(query.exec(u"SELECT name FROM accounts ORDER BY name LIMIT 1"_s) && query.next());
            request.accountName = query.value(0).toString();
        }
        const auto throughLibpq = ReportService(m_fixture->database()).compute(request);
        QVERIFY2(throughLibpq, qPrintable(throughLibpq.message()));
        usePortablePostgresPaths(true);
        const auto throughQt = ReportService(m_fixture->database()).compute(request);
        QVERIFY2(throughQt, qPrintable(throughQt.message()));
        const QString expected = describe(*throughQt);
        QVERIFY(!throughQt->rows.isEmpty());
        QVERIFY(std::any_of(throughQt->rows.cbegin(), throughQt->rows.cend(),
                            [](const ReportRow &row) { return row.answered > 0; }));
        QCOMPARE(describe(*throughLibpq), expected);
    }

    void theDerivedOrdersEqualThePortableRead_data()
    {
        QTest::addColumn<int>("derived");
        QTest::addColumn<bool>("breachedOnly");
        QTest::newRow("response time") << int(TicketDerivedSort::ResponseTime) << false;
        QTest::newRow("due time, breached only") << int(TicketDerivedSort::Due) << true;
        QTest::newRow("created, breached only") << -1 << true;
    }
    void theDerivedOrdersEqualThePortableRead()
    {
        QFETCH(int, derived);
        QFETCH(bool, breachedOnly);
        const std::optional<TicketDerivedSort> sort =
            derived < 0 ? std::nullopt : std::optional(static_cast<TicketDerivedSort>(derived));
        const auto idsOf = [&] {
            const auto facts = FactsLoader::load(m_fixture->database());
            if (!facts)
                return std::vector<qint64>();
            const TicketDeadlines deadlines(*facts);
            TicketOrdering ordering(m_fixture->database(), deadlines, {}, AsOf);
            const auto ids =
                ordering.rowIds(breachedOnly, sort, TicketSortColumn::CreatedAt, Qt::DescendingOrder);
            return ids ? *ids : std::vector<qint64>();
        };
        const std::vector<qint64> throughLibpq = idsOf();
        usePortablePostgresPaths(true);
        const std::vector<qint64> throughQt = idsOf();
        QVERIFY(!throughQt.empty());
        QVERIFY(throughLibpq == throughQt);
    }

    void aServerErrorAfterSomeRowsFailsTheWholeRead()
    {
        // The last row of the scan (the table's rows in the order they were
        // written) divides by zero: the server fails once thousands of rows
        // have already been given to the sink.
        replaceTicketsWithView(u"created_at + 0 * (1 / (id - (SELECT max(id) FROM tickets_stored)))"_s,
                               u"priority"_s);
        qint64 rows = 0;
        const auto read = readEveryTicket(rows);
        QVERIFY(read);
        QVERIFY(!read->ok());
        QCOMPARE(read->error().kind, Error::Kind::Storage);
        QVERIFY2(read->message().contains(u"division by zero"_s), qPrintable(read->message()));
        QVERIFY2(rows >= 2048, "the failure should come after rows were counted");
        QVERIFY(rows < 6000);
        expectSessionUsable();
    }

    void aRowThatIsNotATicketFailsTheWholeRead()
    {
        replaceTicketsWithView(
            u"created_at"_s,
            u"CASE WHEN id = (SELECT max(id) FROM tickets_stored) THEN 7 ELSE priority END"_s);
        qint64 rows = 0;
        const auto read = readEveryTicket(rows);
        QVERIFY(read);
        QVERIFY(!read->ok());
        QVERIFY2(read->message().contains(u"is not what was asked for"_s), qPrintable(read->message()));
        QVERIFY(rows < 6000);
        expectSessionUsable();
    }

private:
    // The read's statement names `tickets`: a view of the stored rows with
    // `createdAt` and `priority` as the columns' expressions stands in.
    void replaceTicketsWithView(const QString &createdAt, const QString &priority)
    {
        QString error;
        QVERIFY2(m_fixture->store().runAsAdmin(
                     {u"ALTER TABLE tickets RENAME TO tickets_stored"_s,
                      u"CREATE VIEW tickets AS SELECT id, account_id, %1 AS created_at, first_response_at, "
                      "%2 AS priority, product_id FROM tickets_stored"_s.arg(createdAt, priority),
                      u"GRANT SELECT ON tickets TO PUBLIC"_s},
                     &error),
                 qPrintable(error));
    }
    // Every ticket through the COPY read, counting the rows given to the sink.
    std::optional<Status> readEveryTicket(qint64 &rows)
    {
        return PgReportTicketRead::forEachBatch(
            m_fixture->database(), std::nullopt, 0, Later,
            [&rows](std::vector<ReportTicketScan::Row> &batch) { rows += qint64(batch.size()); });
    }
    // The session is free again: the next statement runs.
    void expectSessionUsable()
    {
        QSqlQuery query(m_fixture->database().connection());
        QVERIFY2(query.exec(u"SELECT count(*) FROM accounts"_s), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 6);
    }

    std::unique_ptr<StoreFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestPgReportRead)
#include "tst_pgreportread.moc"
