// File → Back up store, and the notice of the copy saved before an upgrade.
#include "AppContext.h"
#include "ContextFixture.h"
#include "Database.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "SqliteFiles.h"
#include "TestStore.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class TestStoreBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileMenuOffersTheBackup();
    void backsUpTheStoreToANewFile();
    void statusBarSaysWhereTheUpgradeBackupIs();

private:
    static QAction *backUpAction(const MainWindow &window);
};

void TestStoreBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SupportDeskTests"));
    // Read by the window, never written here: the SQLite and PostgreSQL runs may share it.
    QCoreApplication::setApplicationName(QStringLiteral("tst_storebackup"));
}

QAction *TestStoreBackup::backUpAction(const MainWindow &window)
{
    for (QAction *action : window.fileMenu()->actions()) {
        if (action->text() == u"&Back up store…")
            return action;
    }
    return nullptr;
}

void TestStoreBackup::fileMenuOffersTheBackup()
{
    ContextFixture fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    LanguageSwitcher languages(fixture.context());
    MainWindow window(fixture.context(), languages);
    QAction *action = backUpAction(window);
    QVERIFY(action);
    // A server's database is backed up with PostgreSQL's own tool.
    const bool postgreSql = fixture.database().engine() == StoreEngine::PostgreSql;
    QCOMPARE(action->isEnabled(), !postgreSql);
    QVERIFY2(action->statusTip().contains(postgreSql ? QStringLiteral("pg_dump") : QStringLiteral("copy")),
             qPrintable(action->statusTip()));
}

void TestStoreBackup::backsUpTheStoreToANewFile()
{
    ContextFixture fixture;
    QVERIFY2(fixture.ok(), qPrintable(fixture.error()));
    LanguageSwitcher languages(fixture.context());
    MainWindow window(fixture.context(), languages);
    const QString backup = fixture.filePath(QStringLiteral("backup.sqlite"));
    const Status saved = window.backUpStoreTo(backup);
    if (fixture.database().engine() == StoreEngine::PostgreSql) {
        QVERIFY(!saved);
        QVERIFY2(saved.message().contains(QStringLiteral("pg_dump")), qPrintable(saved.message()));
        QVERIFY(!QFileInfo::exists(backup));
        return;
    }
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    QCOMPARE(SqliteFiles::dump(backup), SqliteFiles::dump(fixture.database().path()));
    const Status again = window.backUpStoreTo(backup);
    QVERIFY(!again);
    QVERIFY2(again.message().contains(QStringLiteral("never replaces")), qPrintable(again.message()));
}

void TestStoreBackup::statusBarSaysWhereTheUpgradeBackupIs()
{
    if (!TestStore::postgresServer().isEmpty())
        QSKIP("only SQLite stores are copied before an upgrade");
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("store.sqlite"));
    QCOMPARE(SqliteFiles::createFromFixture(path, 2), QString());
    auto database = Database::open(path);
    QVERIFY2(database.ok(), qPrintable(database.message()));
    const QString backup = (*database)->upgradeBackup();
    QVERIFY(!backup.isEmpty());
    AppContext context(**database);
    LanguageSwitcher languages(context);
    MainWindow window(context, languages);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QDir::toNativeSeparators(backup)), qPrintable(message));
}

QTEST_MAIN(TestStoreBackup)
#include "tst_storebackup.moc"
