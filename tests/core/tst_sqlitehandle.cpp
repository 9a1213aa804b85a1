// The bulk paths that call SQLite directly must run on the library behind
// Qt's driver, and only then: here (Debian's Qt links the system SQLite) they
// must be active, or a silent fall-back to the slower portable path would go
// unnoticed; forced off, the portable path must give the same rows, and the
// same report.
#include "Database.h"
#include "DemoGenerator.h"
#include "ReportService.h"
#include "SqliteHandle.h"
#include "TicketStore.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

class TestSqliteHandle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        auto opened = Database::open(m_folder.filePath(QStringLiteral("store.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        m_database = std::move(opened.value());
        DemoOptions options;
        options.accounts = 6;
        options.tickets = 3000;
        options.months = 3;
        options.nowUtc = 1'790'000'000;
        const auto made = DemoGenerator(*m_database).generate(options);
        QVERIFY2(made.ok(), qPrintable(made.message()));
    }
    void cleanup() { usePortableSqlitePaths(false); }

    void qtDriverAndLinkedLibraryAreTheSame()
    {
        const NativeSqlite &sqlite = nativeSqlite();
        QVERIFY2(sqlite.sameLibrary,
                 qPrintable(QStringLiteral("Qt's driver runs SQLite %1, this program links %2")
                                .arg(sqlite.driverVersion, sqlite.linkedVersion)));
        QCOMPARE(sqlite.driverVersion, QString::fromLatin1(sqlite3_libversion()));
    }

    void theHandleIsTheStoresOwnConnection()
    {
        sqlite3 *handle = sqliteHandleOf(m_database->connection());
        QVERIFY(handle != nullptr);
        QCOMPARE(QString::fromUtf8(sqlite3_db_filename(handle, "main")), m_database->location());
    }

    void portablePathGivesTheSameRows()
    {
        const auto read = [this] {
            QList<qint64> rows;
            const Status status = TicketStoreReads::forEachDeadlineFields(
                *m_database, {}, TicketSortColumn::Subject, Qt::DescendingOrder,
                [&rows](const TicketStoreReads::DeadlineFields &f) { rows << f.rowId << f.createdAt; });
            return status.ok() ? rows : QList<qint64>{};
        };
        const QList<qint64> native = read();
        QCOMPARE(native.size(), 6000);
        usePortableSqlitePaths(true);
        QVERIFY(sqliteHandleOf(m_database->connection()) == nullptr);
        QCOMPARE(read(), native);
    }

    // The native read scans the whole table, reads the creation index for a
    // few months of a longer store, or one account's tickets through its index.
    void portablePathGivesTheSameReport_data()
    {
        QTest::addColumn<bool>("oneAccount");
        QTest::addColumn<int>("firstMonth");
        QTest::addColumn<bool>("olderTicket");
        QTest::newRow("every account, every month") << false << 7 << false;
        QTest::newRow("every account, the last month") << false << 9 << false;
        QTest::newRow("every account, the last month of years") << false << 9 << true;
        QTest::newRow("one account") << true << 7 << false;
    }

    void portablePathGivesTheSameReport()
    {
        QFETCH(bool, oneAccount);
        QFETCH(int, firstMonth);
        QFETCH(bool, olderTicket);
        if (olderTicket) {
            // A ticket six years before the others: the months asked are
            // then a small part of the store's time.
            QSqlQuery insert(m_database->connection());
            QVERIFY(insert.exec(QStringLiteral(
                "INSERT INTO tickets (account_id, ticket_id, subject, priority, product_id, channel, "
                "created_at) "
                "SELECT account_id, 'OLDER-1', subject, priority, product_id, channel, 1600000000 "
                "FROM tickets LIMIT 1")));
        }
        const auto removeOlder = qScopeGuard([this] {
            QSqlQuery(m_database->connection())
                .exec(QStringLiteral("DELETE FROM tickets WHERE ticket_id = 'OLDER-1'"));
        });
        ReportRequest request;
        request.months = MonthRange{YearMonth{2026, firstMonth}, YearMonth{2026, 9}};
        request.asOfUtc = 1'790'000'000;
        if (oneAccount)
            request.accountName = firstAccountName();
        int tickets = 0;
        const auto compute = [&] {
            const auto result = ReportService(*m_database).compute(request);
            if (!result)
                return QStringList{result.message()};
            tickets = 0;
            for (const ReportRow &row : result->rows)
                tickets += row.tickets;
            return summaryOf(*result);
        };
        const QStringList native = compute();
        QVERIFY2(tickets > 0, qPrintable(native.join(u'\n')));
        usePortableSqlitePaths(true);
        QCOMPARE(compute(), native);
    }

private:
    QString firstAccountName()
    {
        QSqlQuery query(m_database->connection());
        return query.exec(QStringLiteral("SELECT name FROM accounts ORDER BY name LIMIT 1")) && query.next()
                   ? query.value(0).toString()
                   : QString();
    }

    // What the report counted, row by row, as text that QCOMPARE shows.
    static QStringList summaryOf(const ReportResult &result)
    {
        QStringList lines;
        for (const ReportRow &row : result.rows) {
            QString histogram;
            for (int count : row.responseHistogram)
                histogram += QString::number(count) + u' ';
            lines << QStringLiteral(
                         "%1 %2 %3 %4 P%5 tickets %6 answered %7 seconds %8 within %9 status %10 %11| %12")
                         .arg(row.account, row.month.toString(), row.planId,
                              row.segmentStart.toString(Qt::ISODate))
                         .arg(int(row.priority) + 1)
                         .arg(row.tickets)
                         .arg(row.answered)
                         .arg(row.totalResponseSeconds)
                         .arg(row.withinTargetBasisPoints.value_or(-1))
                         .arg(int(row.status))
                         .arg(row.provisional)
                         .arg(histogram);
        }
        for (const CreditRow &credit : result.credits)
            lines << QStringLiteral("%1 %2 %3 fee %4 credit %5 %6")
                         .arg(credit.account, credit.month.toString(), credit.planId)
                         .arg(credit.feeCents)
                         .arg(credit.creditCents)
                         .arg(credit.provisional);
        return lines;
    }

    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(TestSqliteHandle)
#include "tst_sqlitehandle.moc"
