#include "AppContext.h"
#include "Database.h"
#include "FirstRunDialog.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // The same names as the command line tool: both find the same store.
    QCoreApplication::setOrganizationName(QStringLiteral("SupportDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("SupportDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SUPPORTDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("supportdesk"));
    QIcon icon;
    for (int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/supportdesk-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Support plans, response guarantees and credits"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The store to open."),
                                      QStringLiteral("PATH"), Database::defaultPath());
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("The interface language: en or fr."),
                                            QStringLiteral("en|fr"));
    parser.addOption(dbOption);
    parser.addOption(languageOption);
    parser.process(app);
    const QString requested = parser.value(languageOption);
    if (!requested.isEmpty() && !LanguageSwitcher::languages().contains(requested)) {
        std::fprintf(stderr, "supportdesk: unknown language '%s' (expected en or fr)\n",
                     qPrintable(requested));
        return 2;
    }

    auto database = Database::open(parser.value(dbOption));
    if (!database) {
        std::fprintf(stderr, "supportdesk: %s\n", qPrintable(database.error()));
        QMessageBox::critical(nullptr, QStringLiteral("SupportDesk"), database.error());
        return 1;
    }
    AppContext context(**database);
    LanguageSwitcher languages(context);
    // A language given on the command line is for this run only.
    languages.switchTo(LanguageSwitcher::initialLanguage(requested), false);

    MainWindow window(context, languages);
    window.show();
    QTimer::singleShot(0, &window, [&] { FirstRunDialog::offerIfEmpty(context, &window); });
    return app.exec();
}
