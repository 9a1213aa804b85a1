// The copy Database::open saves before it upgrades a SQLite store's schema:
// it holds the store as it was, no copy means no upgrade, and only the last
// ones of each store are kept.
#include "Database.h"
#include "SqliteFiles.h"
#include "StoreMaintenance.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestUpgradeBackups : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void upgradeSavesABackupOfTheOldStore_data();
    void upgradeSavesABackupOfTheOldStore();
    void currentStoreOpensWithoutBackup();
    void upgradeWithoutBackupIsRefused();
    void onlyTheLastBackupsAreKept();

private:
    QString path(const QString &name) const { return m_folder->filePath(name); }
    std::unique_ptr<Database> openStore(const QString &name);

    std::unique_ptr<QTemporaryDir> m_folder;
};

void TestUpgradeBackups::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
}

void TestUpgradeBackups::cleanup()
{
    StoreMaintenance::setAutomaticBackupsKept(StoreMaintenance::DefaultAutomaticBackupsKept);
}

std::unique_ptr<Database> TestUpgradeBackups::openStore(const QString &name)
{
    auto opened = Database::open(path(name));
    if (!opened) {
        qWarning("%s", qPrintable(opened.message()));
        return nullptr;
    }
    return std::move(opened.value());
}

void TestUpgradeBackups::upgradeSavesABackupOfTheOldStore_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < Database::currentSchemaVersion(); ++version)
        QTest::newRow(qPrintable(QStringLiteral("v%1").arg(version))) << version;
}

void TestUpgradeBackups::upgradeSavesABackupOfTheOldStore()
{
    QFETCH(int, version);
    const QString file = path(QStringLiteral("store.sqlite"));
    QCOMPARE(SqliteFiles::createFromFixture(file, version), QString());
    const auto old = SqliteFiles::dump(file);

    auto store = openStore(QStringLiteral("store.sqlite"));
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), Database::currentSchemaVersion());
    const QString backup = store->upgradeBackup();
    QCOMPARE(QFileInfo(backup).absolutePath(), StoreMaintenance::automaticBackupFolder(file));
    const QRegularExpression name(
        QStringLiteral("^store\\.sqlite\\.schema-v%1\\.\\d{4}-\\d\\d-\\d\\dT\\d{6}Z\\.sqlite$").arg(version));
    QVERIFY2(name.match(QFileInfo(backup).fileName()).hasMatch(), qPrintable(backup));
    QCOMPARE(SqliteFiles::dump(backup), old);
    QCOMPARE(filesIn(StoreMaintenance::automaticBackupFolder(file)),
             QStringList{QFileInfo(backup).fileName()});
}

void TestUpgradeBackups::currentStoreOpensWithoutBackup()
{
    {
        auto created = openStore(QStringLiteral("store.sqlite"));
        QVERIFY(created);
        QCOMPARE(created->upgradeBackup(), QString());
    }
    auto store = openStore(QStringLiteral("store.sqlite"));
    QVERIFY(store);
    QCOMPARE(store->upgradeBackup(), QString());
    QVERIFY(!QFileInfo::exists(StoreMaintenance::automaticBackupFolder(store->path())));
}

// A file where the backup folder should be: no copy can be saved, so the
// store is neither upgraded nor opened, and keeps every byte.
void TestUpgradeBackups::upgradeWithoutBackupIsRefused()
{
    const QString file = path(QStringLiteral("store.sqlite"));
    QCOMPARE(SqliteFiles::createFromFixture(file, 2), QString());
    QFile blocker(StoreMaintenance::automaticBackupFolder(file));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QByteArray bytes = TestSupport::readFile(file);
    const QStringList files = filesIn(m_folder->path());

    const auto opened = Database::open(file);
    QVERIFY(!opened);
    QCOMPARE(opened.errorKind(), Error::Kind::Storage);
    QVERIFY2(opened.message().contains(QStringLiteral("supportdesk-backups")), qPrintable(opened.message()));
    QVERIFY2(opened.message().contains(QStringLiteral("nothing was changed")), qPrintable(opened.message()));
    QCOMPARE(TestSupport::readFile(file), bytes);
    QCOMPARE(filesIn(m_folder->path()), files);
    QCOMPARE(SqliteFiles::firstValue(file, QStringLiteral("PRAGMA user_version")), QStringLiteral("2"));
}

void TestUpgradeBackups::onlyTheLastBackupsAreKept()
{
    StoreMaintenance::setAutomaticBackupsKept(3);
    const QString file = path(QStringLiteral("store.sqlite"));
    const QString folder = StoreMaintenance::automaticBackupFolder(file);
    QVERIFY(QDir().mkpath(folder));
    const QStringList earlier{
        QStringLiteral("store.sqlite.schema-v1.2024-01-02T030405Z.sqlite"),
        QStringLiteral("store.sqlite.schema-v1.2025-01-02T030405Z.sqlite"),
        QStringLiteral("store.sqlite.schema-v2.2025-06-02T030405Z.sqlite"),
        QStringLiteral("store.sqlite.schema-v2.2025-06-02T030405Z-2.sqlite"),
    };
    // Another store's backups and other files are not this store's to remove.
    const QStringList others{
        QStringLiteral("other.sqlite.schema-v1.2020-01-01T000000Z.sqlite"),
        QStringLiteral("store.schema-v1.2020-01-01T000000Z.sqlite"),
        QStringLiteral("notes.txt"),
    };
    for (const QString &name : earlier + others) {
        QFile made(QDir(folder).filePath(name));
        QVERIFY(made.open(QIODevice::WriteOnly));
    }
    QCOMPARE(SqliteFiles::createFromFixture(file, 2), QString());

    auto store = openStore(QStringLiteral("store.sqlite"));
    QVERIFY(store);
    QStringList expected = others + earlier.mid(2) << QFileInfo(store->upgradeBackup()).fileName();
    expected.sort();
    QCOMPARE(filesIn(folder), expected);

    // At least one is always kept: the one this upgrade made.
    StoreMaintenance::setAutomaticBackupsKept(0);
    QCOMPARE(StoreMaintenance::automaticBackupsKept(), 1);
}

QTEST_GUILESS_MAIN(TestUpgradeBackups)
#include "tst_upgradebackups.moc"
