#include "Cli.h"
#include "StoreMaintenance.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

// Only the commands that draw a PDF start Qt's graphical part (its fonts),
// on the offscreen platform: a command line never needs a display.
bool drawsDocuments(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray word(argv[i]);
        if (word == "statement" || word == "review")
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    if (!drawsDocuments(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Outside a desktop session (cron, ssh) Qt falls back to a folder of
    // the user's in /tmp and says so on stderr at every run: named here (Qt
    // makes it, private to the user), without the noise in a script's
    // output.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QByteArray("/tmp/runtime-") + QByteArray::number(::getuid()));
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    const auto application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
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
