// The copies StoreMaintenance saves before Database::open upgrades a SQLite
// store's schema: the upgrade rewrites the store, and a version that turns
// out wrong must not have taken the only copy of the data with it.
#include "Database.h"
#include "SqliteCopy.h"
#include "StoreMaintenance.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <atomic>
#include <tuple>

namespace {

std::atomic<int> backupsKept{StoreMaintenance::DefaultAutomaticBackupsKept};

// As many tries as programs that could upgrade the same store in the same
// second, and more.
constexpr int NameAttempts = 20;

QString backupName(const QString &storeName, int version, const QString &stamp, int attempt)
{
    const QString suffix = attempt > 1 ? QStringLiteral("-%1").arg(attempt) : QString();
    return QStringLiteral("%1.schema-v%2.%3%4.sqlite").arg(storeName).arg(version).arg(stamp, suffix);
}

// The automatic backups of the store named `storeName`, oldest first: the
// name's time, then its attempt number, tells their order.
QStringList backupsOf(const QDir &folder, const QString &storeName)
{
    const QRegularExpression pattern(QLatin1Char('^') + QRegularExpression::escape(storeName) +
                                     QStringLiteral("\\.schema-v\\d+\\.(\\d{4}-\\d\\d-\\d\\dT\\d{6}Z)"
                                                    "(?:-(\\d+))?\\.sqlite$"));
    struct Backup
    {
        QString name;
        QString stamp;
        int attempt;
    };
    QList<Backup> backups;
    for (const QString &name : folder.entryList(QDir::Files)) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            backups.append(
                {name, match.captured(1), match.captured(2).isEmpty() ? 1 : match.captured(2).toInt()});
    }
    std::sort(backups.begin(), backups.end(), [](const Backup &left, const Backup &right) {
        return std::tie(left.stamp, left.attempt) < std::tie(right.stamp, right.attempt);
    });
    QStringList names;
    for (const Backup &backup : std::as_const(backups))
        names << backup.name;
    return names;
}

} // namespace

void StoreMaintenance::setAutomaticBackupsKept(int count)
{
    // None kept would mean none made, and an upgrade without a way back.
    backupsKept = qMax(1, count);
}

int StoreMaintenance::automaticBackupsKept()
{
    return backupsKept;
}

QString StoreMaintenance::automaticBackupsKeptSetting()
{
    return QStringLiteral("store/automaticBackupsKept");
}

QString StoreMaintenance::automaticBackupFolder(const QString &storePath)
{
    return QFileInfo(storePath).absolutePath() + QStringLiteral("/supportdesk-backups");
}

Expected<QString> StoreMaintenance::backUpBeforeUpgrade(const Database &database, int version)
{
    const QString folderPath = automaticBackupFolder(database.path());
    if (!QDir().mkpath(folderPath) || !QFileInfo(folderPath).isDir()) {
        return Expected<QString>::failure(Error::Kind::Storage,
                                          tr("could not create the folder '%1'").arg(folderPath));
    }
    QDir folder(folderPath);
    // The whole file name: "store" and "store.sqlite" side by side keep
    // their backups apart.
    const QString storeName = QFileInfo(database.path()).fileName();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd'T'HHmmss'Z'"));
    for (int attempt = 1; attempt <= NameAttempts; ++attempt) {
        const QString path = folder.filePath(backupName(storeName, version, stamp, attempt));
        const QFileInfo taken(path);
        if (taken.exists() || taken.isSymLink())
            continue;
        const Status saved = SqliteCopy::saveSnapshot(
            database.connection(), path, [&](const QSqlError &error) { return database.readFailure(error); });
        // Another program took the name meanwhile: the next one.
        if (!saved && saved.errorKind() == Error::Kind::Conflict)
            continue;
        if (!saved)
            return saved.error();
        // The new one is kept whatever the clock said before.
        QStringList older = backupsOf(folder, storeName);
        older.removeOne(QFileInfo(path).fileName());
        // A backup that cannot be removed is one more kept, not a reason to
        // stop the upgrade.
        while (older.size() > automaticBackupsKept() - 1)
            static_cast<void>(folder.remove(older.takeFirst()));
        return path;
    }
    return Expected<QString>::failure(Error::Kind::Conflict,
                                      tr("could not find a free name for a backup in '%1'").arg(folderPath));
}
