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

    void portablePathGivesTheSameReport_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<int>("firstMonth");
        QTest::newRow("every account, every month") << QString() << 7;
        QTest::newRow("every account, the last month") << QString() << 9;
        QTest::newRow("one account") << QStringLiteral("Acme") << 7;
    }

    void portablePathGivesTheSameReport()
    {
        QFETCH(QString, account);
        QFETCH(int, firstMonth);
        ReportRequest request;
        request.months = MonthRange{YearMonth{2026, firstMonth}, YearMonth{2026, 9}};
        request.asOfUtc = 1'790'000'000;
        if (!account.isEmpty())
            request.accountName = firstAccountName();
        const auto compute = [&] {
            const auto result = ReportService(*m_database).compute(request);
            return result.ok() ? summaryOf(*result) : QStringList{result.message()};
        };
        const QStringList native = compute();
        QVERIFY(native.size() > 1);
        QVERIFY2(native.join(u'\n').contains(QStringLiteral(" tickets ")), qPrintable(native.first()));
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
