#include "Cli.h"
#include "StoreMaintenance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>
#include <QTextStream>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop application: both find the same store.
    QCoreApplication::setOrganizationName(QStringLiteral("SupportDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("SupportDesk"));
    // The desktop's setting: an upgrade made here must not remove backups it keeps.
    StoreMaintenance::setAutomaticBackupsKept(QSettings()
                                                  .value(StoreMaintenance::automaticBackupsKeptSetting(),
                                                         StoreMaintenance::DefaultAutomaticBackupsKept)
                                                  .toInt());
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliEnvironment environment{out, err, QDateTime::currentSecsSinceEpoch()};
    return runCli(app.arguments().mid(1), environment);
}
