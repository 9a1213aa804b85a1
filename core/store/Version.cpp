#include "Version.h"

#include "Database.h"
#include "SqliteHandle.h"

#include <QtGlobal>

// Defined for this file alone (core/store/CMakeLists.txt): a new version rebuilds one file.
QString supportDeskVersion()
{
    return QStringLiteral(SUPPORTDESK_VERSION);
}

QStringList versionDetails()
{
    const NativeSqlite &sqlite = nativeSqlite();
    return {
        QStringLiteral("Qt %1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        QStringLiteral("store schema version %1").arg(Database::currentSchemaVersion()),
        sqlite.sameLibrary
            ? QStringLiteral("SQLite %1, shared with Qt's driver: bulk reads and imports call it directly")
                  .arg(sqlite.linkedVersion)
            : QStringLiteral(
                  "SQLite %1 in Qt's driver, %2 linked: bulk reads and imports go through Qt's driver")
                  .arg(sqlite.driverVersion, sqlite.linkedVersion),
    };
}
