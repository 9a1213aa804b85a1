// The bulk paths that call SQLite directly must run on the library behind
// Qt's driver, and only then: here (Debian's Qt links the system SQLite) they
// must be active, or a silent fall-back to the slower portable path would go
// unnoticed; forced off, the portable path must give the same rows.
#include "Database.h"
#include "DemoGenerator.h"
#include "SqliteHandle.h"
#include "TicketStore.h"

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

private:
    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(TestSqliteHandle)
#include "tst_sqlitehandle.moc"
