#include "AppContext.h"
#include "Database.h"
#include "FirstRunDialog.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "StoreDialog.h"
#include "StoreMaintenance.h"
#include "TimesInMenu.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

// One open store and everything built over it. Opening another store builds
// a new session and then drops the old one, whose window may not be deleted
// from inside its own menu action.
struct Session
{
    std::unique_ptr<Database> database;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<LanguageSwitcher> languages;
    std::unique_ptr<MainWindow> window;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // The same names as the command line tool: both find the same store.
    QCoreApplication::setOrganizationName(QStringLiteral("SupportDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("SupportDesk"));
    QCoreApplication::setApplicationVersion(supportDeskVersion());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.supportdesk.SupportDesk"));
    QIcon icon;
    for (int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/supportdesk-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Support plans, response guarantees and credits"));
    parser.addHelpOption();
    // Qt's own version option prints the version alone; this one says on
    // what it runs, as supportdesk-cli --version does.
    const QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Displays version information."));
    parser.addOption(versionOption);
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral(
            "The store to open: a file, or postgresql://user@host:port/dbname. Without it, the store "
            "chosen last in File > Open store, else the file in the data folder."),
        QStringLiteral("PATH"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("The interface language: en or fr."),
                                            QStringLiteral("en|fr"));
    parser.addOption(dbOption);
    parser.addOption(languageOption);
    parser.process(app);
    if (parser.isSet(versionOption)) {
        std::printf("SupportDesk %s\n%s\n", qPrintable(supportDeskVersion()),
                    qPrintable(versionDetails().join(u'\n')));
        return 0;
    }
    const QString requested = parser.value(languageOption);
    if (!requested.isEmpty() && !LanguageSwitcher::languages().contains(requested)) {
        std::fprintf(stderr, "supportdesk: unknown language '%s' (expected en or fr)\n",
                     qPrintable(requested));
        return 2;
    }

    // How many copies of a store the schema upgrades keep (at least 1);
    // supportdesk-cli reads the same setting.
    StoreMaintenance::setAutomaticBackupsKept(QSettings()
                                                  .value(StoreMaintenance::automaticBackupsKeptSetting(),
                                                         StoreMaintenance::DefaultAutomaticBackupsKept)
                                                  .toInt());
    const QString remembered = StoreDialog::rememberedLocation();
    const bool fromRemembered = !parser.isSet(dbOption) && !remembered.isEmpty();
    Expected<std::unique_ptr<Database>> database =
        Database::open(parser.isSet(dbOption) ? parser.value(dbOption)
                       : fromRemembered       ? remembered
                                              : Database::defaultPath());
    if (fromRemembered && !database) {
        // The team's server may be out of reach today: say so, and open
        // the file on this computer rather than nothing.
        std::fprintf(stderr, "supportdesk: %s\n", qPrintable(database.message()));
        QMessageBox::warning(nullptr, QStringLiteral("SupportDesk"),
                             QCoreApplication::translate("MainWindow",
                                                         "The store chosen last could not be opened; the "
                                                         "store on this computer opens instead.\n\n%1")
                                 .arg(database.message()));
        database = Database::open(Database::defaultPath());
    }
    if (!database) {
        std::fprintf(stderr, "supportdesk: %s\n", qPrintable(database.message()));
        QMessageBox::critical(nullptr, QStringLiteral("SupportDesk"), database.message());
        return 1;
    }

    std::unique_ptr<Session> session;
    std::function<void(std::unique_ptr<Database>, const QString &)> start;
    start = [&](std::unique_ptr<Database> store, const QString &language) {
        auto next = std::make_unique<Session>();
        next->database = std::move(store);
        next->context = std::make_unique<AppContext>(*next->database);
        next->context->watchStore();
        next->context->setTimeMode(TimesInMenu::savedMode());
        next->languages = std::make_unique<LanguageSwitcher>(*next->context);
        next->languages->switchTo(language, false);
        next->window = std::make_unique<MainWindow>(*next->context, *next->languages);
        next->window->setStoreHandler([&](std::unique_ptr<Database> opened) {
            // Shared so that the queued call can be copied; taken back below.
            auto handed = std::make_shared<std::unique_ptr<Database>>(std::move(opened));
            QTimer::singleShot(0, &app,
                               [&, handed] { start(std::move(*handed), session->context->languageCode()); });
        });
        if (session) {
            next->window->restoreGeometry(session->window->saveGeometry());
            next->window->showView(session->window->tabs()->currentIndex());
        }
        next->window->show();
        if (session)
            session->window->close(); // the new window is up: closing this one does not quit
        session = std::move(next);
        MainWindow *window = session->window.get();
        AppContext *context = session->context.get();
        QTimer::singleShot(0, window, [context, window] { FirstRunDialog::offerIfEmpty(*context, window); });
    };
    // A language given on the command line is for this run only.
    start(std::move(database.value()), LanguageSwitcher::initialLanguage(requested));
    const int status = app.exec();
    session.reset();
    return status;
}
