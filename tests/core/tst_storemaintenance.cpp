// The store's check, backup and restore: what the check finds, that a copy
// is whole and consistent while others write, and that a refused restore
// leaves the store as it was. The copies saved before a schema upgrade:
// tst_upgradebackups.
#include "Database.h"
#include "SqliteFiles.h"
#include "SqliteHandle.h"
#include "StoreMaintenance.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

namespace {

using Dump = QMap<QString, QStringList>;

// SQLite's numbers 1 to N, as rows of a column "value".
QString numbers(int count)
{
    return QStringLiteral(
               "WITH RECURSIVE numbers(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM numbers "
               "WHERE value < %1) ")
        .arg(count);
}

// Accounts with a plan each, a product and `tickets` tickets whose subjects
// fill many pages.
Status fill(Database &database, int accounts, int tickets)
{
    return database.transaction([&]() -> Status {
        QSqlQuery query(database.connection());
        const QStringList statements{
            QStringLiteral("INSERT INTO products (name, category) VALUES ('Messaging', 'ga')"),
            numbers(accounts) + QStringLiteral("INSERT INTO accounts (name, time_zone, calendar_id) SELECT "
                                               "'Account ' || value, 'UTC', (SELECT min(id) FROM calendars) "
                                               "FROM numbers"),
            QStringLiteral("INSERT INTO plan_history (account_id, plan_id, effective_date) SELECT id, "
                           "'production', '2026-01-01' FROM accounts"),
            numbers(tickets) +
                QStringLiteral("INSERT INTO tickets (account_id, ticket_id, subject, priority, product_id, "
                               "channel, created_at) SELECT (value % %1) + (SELECT min(id) FROM accounts), "
                               "'T-' || value, 'Subject ' || value || ' ' || hex(zeroblob(100)), value % 3, "
                               "(SELECT min(id) FROM products), value % 4, 1790000000 + value FROM numbers")
                    .arg(accounts),
        };
        for (const QString &statement : statements) {
            if (const Status written = database.write(query, statement); !written)
                return written;
        }
        return success();
    });
}

QByteArray bytesOf(const QString &path)
{
    return TestSupport::readFile(path);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestStoreMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void healthyStoreChecksOk();
    void falseNullReportIsNotAProblem();
    void damagedPageIsFound();
    void backupOpensAndEqualsTheStore();
    void backupIsConsistentWhileAnotherConnectionWrites();
    void backupAppearsWholeOrNotAtAll();
    void restoreBringsBackTheBackup();
    void restoreUpgradesAnOlderBackup();
    void badBackupIsRefusedAndNothingChanges_data();
    void badBackupIsRefusedAndNothingChanges();
    void restoreWithoutSqliteInterfaceIsRefused();

private:
    QString path(const QString &name) const { return m_folder->filePath(name); }
    std::unique_ptr<Database> openStore(const QString &name);

    std::unique_ptr<QTemporaryDir> m_folder;
};

void TestStoreMaintenance::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
}

void TestStoreMaintenance::cleanup()
{
    usePortableSqlitePaths(false);
}

std::unique_ptr<Database> TestStoreMaintenance::openStore(const QString &name)
{
    auto opened = Database::open(path(name));
    if (!opened) {
        qWarning("%s", qPrintable(opened.message()));
        return nullptr;
    }
    return std::move(opened.value());
}

void TestStoreMaintenance::healthyStoreChecksOk()
{
    auto store = openStore(QStringLiteral("store.sqlite"));
    QVERIFY(store);
    auto check = StoreMaintenance::check(*store);
    QVERIFY2(check.ok(), qPrintable(check.message()));
    QCOMPARE(check->problems, QStringList());
    QVERIFY(fill(*store, 5, 500).ok());
    check = StoreMaintenance::check(*store);
    QVERIFY2(check.ok(), qPrintable(check.message()));
    QCOMPARE(check->problems, QStringList());
    QVERIFY(check->healthy());
}

// Debian 12's SQLite says "NULL value in plan_history.plan_id" of a store
// whose plan history holds no NULL: the check asks the table and believes it.
void TestStoreMaintenance::falseNullReportIsNotAProblem()
{
    auto store = openStore(QStringLiteral("store.sqlite"));
    QVERIFY(store);
    QVERIFY(fill(*store, 3, 10).ok());
    QSqlQuery query(store->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
    QStringList reports;
    while (query.next())
        reports << query.value(0).toString();
    query.finish();

    const auto check = StoreMaintenance::check(*store);
    QVERIFY2(check.ok(), qPrintable(check.message()));
    QCOMPARE(check->problems, QStringList());
    reports.removeAll(QStringLiteral("ok"));
    QCOMPARE(check->disprovedReports, reports);
    if (reports.isEmpty())
        qInfo("this SQLite makes no false NULL report: only the healthy store was checked");
}

void TestStoreMaintenance::damagedPageIsFound()
{
    const QString file = path(QStringLiteral("store.sqlite"));
    {
        auto store = openStore(QStringLiteral("store.sqlite"));
        QVERIFY(store);
        QVERIFY(fill(*store, 5, 3000).ok());
    }
    QCOMPARE(SqliteFiles::damageTable(file, QStringLiteral("tickets")), QString());

    auto store = openStore(QStringLiteral("store.sqlite"));
    QVERIFY2(store, "a store damaged in its tickets still opens");
    const auto check = StoreMaintenance::check(*store);
    QVERIFY2(check.ok(), qPrintable(check.message()));
    QVERIFY(!check->healthy());
    QVERIFY2(check->problems.join(u'\n').contains(QStringLiteral("page"), Qt::CaseInsensitive),
             qPrintable(check->problems.join(u'\n')));

    // The same on the file alone, as for a store too damaged to open.
    store.reset();
    const auto ofFile = StoreMaintenance::checkFile(file);
    QVERIFY2(ofFile.ok(), qPrintable(ofFile.message()));
    QCOMPARE(ofFile->problems, check->problems);
}

void TestStoreMaintenance::backupOpensAndEqualsTheStore()
{
    auto store = openStore(QStringLiteral("store.sqlite"));
    QVERIFY(store);
    QVERIFY(fill(*store, 4, 800).ok());
    const QString backup = path(QStringLiteral("backup.sqlite"));
    const Status saved = StoreMaintenance::backUp(*store, backup);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QCOMPARE(filesIn(m_folder->path()).filter(QStringLiteral("backup")),
             QStringList{QStringLiteral("backup.sqlite")});
    QCOMPARE(SqliteFiles::dump(backup), SqliteFiles::dump(store->path()));
    // Whole on its own: no -wal beside it holds part of it.
    QCOMPARE(SqliteFiles::firstValue(backup, QStringLiteral("PRAGMA journal_mode")),
             QStringLiteral("delete"));

    auto opened = Database::open(backup);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    const auto check = StoreMaintenance::check(**opened);
    QVERIFY(check.ok() && check->healthy());
}

// Another connection adds rows ten at a time, one transaction each, while
// backups are made: each backup holds whole transactions only.
void TestStoreMaintenance::backupIsConsistentWhileAnotherConnectionWrites()
{
    auto store = openStore(QStringLiteral("store.sqlite"));
    QVERIFY(store);
    QVERIFY(fill(*store, 2, 2000).ok());
    std::atomic<bool> stop{false};
    std::atomic<int> committed{0};
    std::atomic<bool> writerStopped{false};
    QString writerError; // read once the writer has ended
    const QString file = store->path();
    std::thread writer([&] {
        const auto ended = qScopeGuard([&] { writerStopped = true; });
        auto own = Database::open(file);
        if (!own) {
            writerError = own.message();
            return;
        }
        for (int batch = 0; !stop; ++batch) {
            const Status written = (*own)->transaction([&]() -> Status {
                QSqlQuery query((*own)->connection());
                return (*own)->write(query, numbers(10) + QStringLiteral("INSERT INTO settings (key, value) "
                                                                         "SELECT 'row-%1-' || value, value "
                                                                         "FROM numbers")
                                                              .arg(batch));
            });
            if (!written) {
                writerError = written.message();
                return;
            }
            ++committed;
        }
    });
    const auto stopWriter = [&] {
        stop = true;
        if (writer.joinable())
            writer.join();
    };
    // Also when a check below fails and returns.
    const auto stopped = qScopeGuard(stopWriter);
    // The backups start once the writer is under way, however busy the machine.
    QVERIFY(QTest::qWaitFor([&] { return committed > 0 || writerStopped; }, 30000));
    QStringList counts;
    for (int i = 0; i < 5 && !writerStopped; ++i) {
        const QString backup = path(QStringLiteral("backup-%1.sqlite").arg(i));
        const Status saved = StoreMaintenance::backUp(*store, backup);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        counts << SqliteFiles::firstValue(
            backup, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'row-%'"));
        const auto check = StoreMaintenance::checkFile(backup);
        QVERIFY(check.ok() && check->healthy());
    }
    stopWriter();
    QCOMPARE(writerError, QString());
    QVERIFY2(counts.size() == 5, "the writer went on writing while the backups were made");
    for (const QString &count : std::as_const(counts))
        QVERIFY2(count.toInt() % 10 == 0, qPrintable(counts.join(u' ')));
}

void TestStoreMaintenance::backupAppearsWholeOrNotAtAll()
{
    const QString file = path(QStringLiteral("store.sqlite"));
    {
        auto store = openStore(QStringLiteral("store.sqlite"));
        QVERIFY(store);
        QVERIFY(fill(*store, 5, 3000).ok());
        // An existing file is refused and kept as it is.
        const QString existing = path(QStringLiteral("existing.sqlite"));
        QFile other(existing);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("someone's notes\n");
        other.close();
        const Status refused = StoreMaintenance::backUp(*store, existing);
        QVERIFY(!refused);
        QCOMPARE(refused.errorKind(), Error::Kind::InvalidInput);
        QVERIFY2(refused.message().contains(QStringLiteral("never replaces")), qPrintable(refused.message()));
        QCOMPARE(bytesOf(existing), QByteArray("someone's notes\n"));
        QCOMPARE(StoreMaintenance::backUp(*store, path(QStringLiteral("missing/backup.sqlite"))).errorKind(),
                 Error::Kind::NotFound);
    }
    // A copy that fails half way, on a damaged page, leaves no file at all.
    QCOMPARE(SqliteFiles::damageTable(file, QStringLiteral("tickets")), QString());
    const QStringList before = filesIn(m_folder->path());
    auto store = openStore(QStringLiteral("store.sqlite"));
    QVERIFY(store);
    const Status failed = StoreMaintenance::backUp(*store, path(QStringLiteral("backup.sqlite")));
    QVERIFY(!failed);
    QCOMPARE(failed.errorKind(), Error::Kind::Damaged);
    QVERIFY2(failed.message().contains(QStringLiteral("db restore")), qPrintable(failed.message()));
    store.reset();
    QCOMPARE(filesIn(m_folder->path()), before);
}

void TestStoreMaintenance::restoreBringsBackTheBackup()
{
    auto store = openStore(QStringLiteral("store.sqlite"));
    QVERIFY(store);
    QVERIFY(fill(*store, 3, 600).ok());
    const Dump saved = SqliteFiles::dump(store->path());
    const QString backup = path(QStringLiteral("backup.sqlite"));
    QVERIFY(StoreMaintenance::backUp(*store, backup).ok());
    const QByteArray backupBytes = bytesOf(backup);

    // Another program keeps the store open through the restore.
    auto other = Database::open(store->path());
    QVERIFY(other.ok());
    QSqlQuery change(store->connection());
    QVERIFY(store->write(change, QStringLiteral("DELETE FROM tickets WHERE id % 2 = 0")).ok());
    QVERIFY(store->write(change, QStringLiteral("UPDATE accounts SET name = 'Renamed' WHERE id = 1")).ok());
    QVERIFY(SqliteFiles::dump(store->path()) != saved);

    const auto restored = StoreMaintenance::restore(*store, backup);
    QVERIFY2(restored.ok(), qPrintable(restored.message()));
    QCOMPARE(*restored, Database::currentSchemaVersion());
    QCOMPARE(SqliteFiles::dump(store->path()), saved);
    QCOMPARE(bytesOf(backup), backupBytes);
    QSqlQuery seen((*other)->connection());
    QVERIFY(seen.exec(QStringLiteral("SELECT name FROM accounts WHERE id = 1")) && seen.next());
    QCOMPARE(seen.value(0).toString(), QStringLiteral("Account 1"));
    seen.finish();
    // The store stays a WAL store its connections keep writing to.
    QCOMPARE(SqliteFiles::firstValue(store->path(), QStringLiteral("PRAGMA journal_mode")),
             QStringLiteral("wal"));
    QVERIFY(store->write(change, QStringLiteral("INSERT INTO settings VALUES ('after', 'restore')")).ok());
    const auto check = StoreMaintenance::check(**other);
    QVERIFY(check.ok() && check->healthy());
}

void TestStoreMaintenance::restoreUpgradesAnOlderBackup()
{
    const QString backup = path(QStringLiteral("v2.sqlite"));
    QCOMPARE(SqliteFiles::createFromFixture(backup, 2), QString());
    const QByteArray backupBytes = bytesOf(backup);
    const Dump old = SqliteFiles::dump(backup);
    auto store = openStore(QStringLiteral("store.sqlite"));
    QVERIFY(store);

    const auto restored = StoreMaintenance::restore(*store, backup);
    QVERIFY2(restored.ok(), qPrintable(restored.message()));
    QCOMPARE(*restored, 2);
    QCOMPARE(store->schemaVersion(), Database::currentSchemaVersion());
    const Dump now = SqliteFiles::dump(store->path());
    QCOMPARE(now.value(QStringLiteral("accounts")).size(), old.value(QStringLiteral("accounts")).size());
    QCOMPARE(now.value(QStringLiteral("tickets")).size(), old.value(QStringLiteral("tickets")).size());
    QCOMPARE(bytesOf(backup), backupBytes);
}

void TestStoreMaintenance::badBackupIsRefusedAndNothingChanges_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing") << "missing" << int(Error::Kind::NotFound) << "does not exist";
    QTest::newRow("text") << "text" << int(Error::Kind::InvalidInput) << "is not a SupportDesk store";
    QTest::newRow("another application")
        << "foreign" << int(Error::Kind::InvalidInput) << "is not a SupportDesk store";
    QTest::newRow("newer version") << "newer" << int(Error::Kind::InvalidInput) << "newer version";
    QTest::newRow("truncated") << "truncated" << int(Error::Kind::Damaged) << "is damaged";
    QTest::newRow("damaged page") << "damaged" << int(Error::Kind::Damaged) << "is damaged";
    QTest::newRow("the store itself") << "itself" << int(Error::Kind::InvalidInput) << "the store itself";
}

void TestStoreMaintenance::badBackupIsRefusedAndNothingChanges()
{
    QFETCH(QString, kind);
    QFETCH(int, errorKind);
    QFETCH(QString, fragment);
    auto store = openStore(QStringLiteral("store.sqlite"));
    QVERIFY(store);
    QVERIFY(fill(*store, 3, 3000).ok());
    QString backup = path(QStringLiteral("backup.sqlite"));
    if (kind == u"text" || kind == u"truncated" || kind == u"damaged" || kind == u"newer") {
        QVERIFY(StoreMaintenance::backUp(*store, backup).ok());
        if (kind == u"text") {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("id,account,subject\n");
        } else if (kind == u"truncated") {
            QVERIFY(QFile::resize(backup, QFileInfo(backup).size() / 2));
        } else if (kind == u"damaged") {
            QCOMPARE(SqliteFiles::damageTable(backup, QStringLiteral("tickets")), QString());
        } else {
            QCOMPARE(SqliteFiles::exec(backup, {QStringLiteral("PRAGMA user_version = 99")}), QString());
        }
    } else if (kind == u"foreign") {
        QCOMPARE(SqliteFiles::exec(backup, {QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)")}),
                 QString());
    } else if (kind == u"itself") {
        backup = store->path();
    }
    const Dump before = SqliteFiles::dump(store->path());
    const QByteArray storeBytes = bytesOf(store->path());
    const QByteArray walBytes = bytesOf(store->path() + QStringLiteral("-wal"));
    const QStringList files = filesIn(m_folder->path());

    const auto restored = StoreMaintenance::restore(*store, backup);
    QVERIFY(!restored);
    QCOMPARE(int(restored.errorKind()), errorKind);
    QVERIFY2(restored.message().contains(fragment), qPrintable(restored.message()));
    QCOMPARE(bytesOf(store->path()), storeBytes);
    QCOMPARE(bytesOf(store->path() + QStringLiteral("-wal")), walBytes);
    QCOMPARE(SqliteFiles::dump(store->path()), before);
    QCOMPARE(filesIn(m_folder->path()), files);
}

void TestStoreMaintenance::restoreWithoutSqliteInterfaceIsRefused()
{
    auto store = openStore(QStringLiteral("store.sqlite"));
    QVERIFY(store);
    QVERIFY(fill(*store, 2, 10).ok());
    const QString backup = path(QStringLiteral("backup.sqlite"));
    QVERIFY(StoreMaintenance::backUp(*store, backup).ok());
    QSqlQuery change(store->connection());
    QVERIFY(store->write(change, QStringLiteral("DELETE FROM tickets")).ok());
    const Dump before = SqliteFiles::dump(store->path());

    usePortableSqlitePaths(true);
    const auto restored = StoreMaintenance::restore(*store, backup);
    QVERIFY(!restored);
    QCOMPARE(restored.errorKind(), Error::Kind::Storage);
    QVERIFY2(restored.message().contains(QStringLiteral("nothing was changed")),
             qPrintable(restored.message()));
    QCOMPARE(SqliteFiles::dump(store->path()), before);
}

QTEST_GUILESS_MAIN(TestStoreMaintenance)
#include "tst_storemaintenance.moc"
