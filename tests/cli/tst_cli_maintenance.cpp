// "db check", "db backup FILE" and "db restore FILE" through the real
// supportdesk-cli: their output words and exit codes, on SQLite and, where
// PostgreSQL's own tools do the work, the explanation of which to run.
#include "Database.h"
#include "SqliteFiles.h"
#include "TestStore.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using TestSupport::readFile;
using TestSupport::runCli;
using TestSupport::words;

namespace {

const char sqliteOnly[] = "about SQLite files: PostgreSQL's tools back up and restore a server's database";

} // namespace

class TestCliMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void usageListsTheCommands();
    void checkSaysOk();
    void backupWritesACopyOrNamesPgDump();
    void backupRefusesAnExistingFile();
    void restoreBringsBackTheBackupOrNamesPgRestore();
    void restoreSaysItUpgradedAnOlderBackup();
    void restoreRefusesABadFileAndChangesNothing();
    void checkListsTheProblemsOfADamagedStore();
    void checkListsTheProblemsOfAStoreThatDoesNotOpen();

private:
    QStringList db(const QStringList &arguments) const { return db(m_store, arguments); }
    static QStringList db(const QString &store, const QStringList &arguments)
    {
        return QStringList{QStringLiteral("--db"), store} + arguments;
    }
    QString file(const QString &name) const { return m_folder->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<TestStore> m_testStore;
    QString m_store;
};

void TestCliMaintenance::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_testStore = std::make_unique<TestStore>();
    m_store = m_testStore->location();
    QVERIFY2(!m_store.isEmpty(), qPrintable(m_testStore->error()));
    const auto demo = runCli(db(
        words({"demo", "--accounts", "3", "--tickets", "3000", "--months", "2", "--as-of", "2026-10-31"})));
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
}

void TestCliMaintenance::usageListsTheCommands()
{
    const auto help = runCli(words({"--help"}));
    QCOMPARE(help.exitCode, 0);
    for (const char *command : {"db check", "db backup FILE", "db restore FILE"})
        QVERIFY2(help.out.contains(command), command);
}

void TestCliMaintenance::checkSaysOk()
{
    const auto check = runCli(db(words({"db", "check"})));
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QCOMPARE(check.out, QByteArray("ok\n"));
    QCOMPARE(check.err, QByteArray());
}

void TestCliMaintenance::backupWritesACopyOrNamesPgDump()
{
    const QString backup = file(QStringLiteral("backup.sqlite"));
    const auto run = runCli(db(words({"db", "backup"}) << backup));
    if (m_testStore->isPostgreSql()) {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("pg_dump --format=custom --file=" + backup.toUtf8() + " postgresql://"),
                 run.err.constData());
        QVERIFY2(run.err.contains(QUrl(m_store).path().toUtf8()), run.err.constData());
        QVERIFY(!QFileInfo::exists(backup));
        return;
    }
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, "backed up to " + backup.toUtf8() + '\n');
    QCOMPARE(SqliteFiles::dump(backup), SqliteFiles::dump(m_store));
    const auto check = runCli(db(backup, words({"db", "check"})));
    QCOMPARE(check.out, QByteArray("ok\n"));
}

void TestCliMaintenance::backupRefusesAnExistingFile()
{
    if (m_testStore->isPostgreSql())
        QSKIP(sqliteOnly);
    const QString existing = file(QStringLiteral("existing.sqlite"));
    QFile other(existing);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("keep me\n");
    other.close();
    const auto run = runCli(db(words({"db", "backup"}) << existing));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray());
    QCOMPARE(run.err, "supportdesk-cli: db backup: '" + existing.toUtf8() +
                          "' exists: a backup never replaces a file; give a new name\n");
    QCOMPARE(readFile(existing), QByteArray("keep me\n"));
}

void TestCliMaintenance::restoreBringsBackTheBackupOrNamesPgRestore()
{
    const QString backup = file(QStringLiteral("backup.sqlite"));
    if (m_testStore->isPostgreSql()) {
        const auto run = runCli(db(words({"db", "restore"}) << backup));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains("pg_restore --clean --if-exists --single-transaction --dbname=postgresql://"),
            run.err.constData());
        QVERIFY2(run.err.contains("nothing was changed"), run.err.constData());
        return;
    }
    QCOMPARE(runCli(db(words({"db", "backup"}) << backup)).exitCode, 0);
    const auto before = SqliteFiles::dump(m_store);
    const auto added = runCli(db(words({"account", "add", "Added after the backup"})));
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(SqliteFiles::dump(m_store) != before);

    const auto run = runCli(db(words({"db", "restore"}) << backup));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, "restored from " + backup.toUtf8() + '\n');
    QCOMPARE(SqliteFiles::dump(m_store), before);
}

void TestCliMaintenance::restoreSaysItUpgradedAnOlderBackup()
{
    if (m_testStore->isPostgreSql())
        QSKIP(sqliteOnly);
    const QString backup = file(QStringLiteral("v2.sqlite"));
    QCOMPARE(SqliteFiles::createFromFixture(backup, 2), QString());
    const auto run = runCli(db(words({"db", "restore"}) << backup));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, "restored from " + backup.toUtf8() + "\nupgraded from schema version 2 to " +
                          QByteArray::number(Database::currentSchemaVersion()) + '\n');
    QCOMPARE(SqliteFiles::firstValue(m_store, QStringLiteral("SELECT count(*) FROM accounts")),
             QStringLiteral("2"));
}

void TestCliMaintenance::restoreRefusesABadFileAndChangesNothing()
{
    if (m_testStore->isPostgreSql())
        QSKIP(sqliteOnly);
    const QString notAStore = file(QStringLiteral("tickets.csv"));
    QFile text(notAStore);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("id,account,subject\n");
    text.close();
    const auto before = SqliteFiles::dump(m_store);
    const auto run = runCli(db(words({"db", "restore"}) << notAStore));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.startsWith("supportdesk-cli: db restore: '" + notAStore.toUtf8() +
                                "' is not a SupportDesk store ("),
             run.err.constData());
    QVERIFY2(run.err.contains("nothing was changed"), run.err.constData());
    QCOMPARE(SqliteFiles::dump(m_store), before);
}

void TestCliMaintenance::checkListsTheProblemsOfADamagedStore()
{
    if (m_testStore->isPostgreSql())
        QSKIP(sqliteOnly);
    QCOMPARE(SqliteFiles::damageTable(m_store, QStringLiteral("tickets")), QString());
    const auto run = runCli(db(words({"db", "check"})));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith("problem: "), run.out.constData());
    for (const QByteArray &line : run.out.trimmed().split('\n'))
        QVERIFY2(line.startsWith("problem: "), line.constData());
    QVERIFY2(
        run.err.startsWith("supportdesk-cli: db check: the store '" + m_store.toUtf8() + "' is damaged ("),
        run.err.constData());
    QVERIFY2(run.err.contains("db restore FILE"), run.err.constData());
}

void TestCliMaintenance::checkListsTheProblemsOfAStoreThatDoesNotOpen()
{
    if (m_testStore->isPostgreSql())
        QSKIP(sqliteOnly);
    QCOMPARE(SqliteFiles::exec(m_store, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}), QString());
    QVERIFY(QFile::resize(m_store, 4096 + 100));
    const auto opened = runCli(db(words({"plans"})));
    QCOMPARE(opened.exitCode, 1);
    QVERIFY2(opened.err.contains("db check"), opened.err.constData());

    const auto run = runCli(db(words({"db", "check"})));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith("problem: "), run.out.constData());
    QVERIFY2(run.err.contains("is damaged ("), run.err.constData());
    const auto restore = runCli(db(words({"db", "restore", "backup.sqlite"})));
    QCOMPARE(restore.exitCode, 1);
    QVERIFY2(restore.err.contains("aside, then run db restore again"), restore.err.constData());
}

QTEST_GUILESS_MAIN(TestCliMaintenance)
#include "tst_cli_maintenance.moc"
