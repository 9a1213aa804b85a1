#include "Version.h"

#include "Database.h"

#include <QtGlobal>

// Defined for this file alone (core/CMakeLists.txt): a new version rebuilds one file.
QString supportDeskVersion()
{
    return QStringLiteral(SUPPORTDESK_VERSION);
}

QStringList versionDetails()
{
    return {
        QStringLiteral("Qt %1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        QStringLiteral("store schema version %1").arg(Database::currentSchemaVersion()),
    };
}
