#include "AccountStore.h"
#include "AccountsView.h"
#include "AppContext.h"
#include "CalendarsView.h"
#include "CreditsView.h"
#include "Database.h"
#include "FirstRunDialog.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "ProductStore.h"
#include "SqliteHandle.h"
#include "StoreDialog.h"
#include "TicketStore.h"
#include "TicketsView.h"
#include "Timestamp.h"
#include "TodayView.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hasEveryViewInOrder();
    void shortcutsReachTheirCommands_data();
    void shortcutsReachTheirCommands();
    void switchesTabsWithControlDigits();
    void exportsTheCurrentTable();
    void importsTicketsIntoEveryView();
    void switchesLanguageFromItsMenu();
    void remembersGeometryAndView();
    void loadsTheSampleIntoAnEmptyStore();
    void readOnlyStoreSaysSoAndOffersNoEditing();
    void opensAnotherStoreAndRemembersIt();
    void aStoreThatFailsToOpenLeavesTheOldOneOpen();
    void storeDialogBuildsTheServerAddress();
    void aboutNamesTheVersionsAndTheStore();
    void versionOptionPrintsTheProjectVersion();

private:
    QAction *actionWithShortcut(MainWindow &window, const QKeySequence &keys) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<LanguageSwitcher> m_switcher;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SupportDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    auto database = Database::open(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(database.ok(), qPrintable(database.message()));
    m_database = std::move(database.value());
    m_context = std::make_unique<AppContext>(*m_database);
    m_context->pinNow(parseIsoTimestamp(u"2026-03-10T12:00:00Z")->utcSeconds);
    m_switcher = std::make_unique<LanguageSwitcher>(*m_context);
    QVERIFY(
        AccountStore(*m_database).add(Account{0, QStringLiteral("Acme"), QStringLiteral("UTC"), {}}).ok());
    QVERIFY(ProductStore(*m_database).add(QStringLiteral("Messaging"), ProductCategory::Ga).ok());
    QVERIFY(
        TicketStore(*m_database)
            .save(Ticket{QStringLiteral("T-1"), QStringLiteral("Acme"), QStringLiteral("Console down"),
                         Priority::P1, QStringLiteral("Messaging"), Channel::Phone,
                         parseIsoTimestamp(u"2026-03-02T09:00:00Z")->utcSeconds, std::nullopt, std::nullopt})
            .ok());
}

void TestMainWindow::cleanup()
{
    m_switcher.reset();
    QLocale::setDefault(QLocale::c());
    m_context.reset();
    m_database.reset();
    m_dir.reset();
}

QAction *TestMainWindow::actionWithShortcut(MainWindow &window, const QKeySequence &keys) const
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == keys)
            return action;
    }
    return nullptr;
}

void TestMainWindow::hasEveryViewInOrder()
{
    MainWindow window(*m_context, *m_switcher);
    QCOMPARE(window.viewCount(), 7);
    const QStringList titles{QStringLiteral("T&oday"),     QStringLiteral("&Tickets"),
                             QStringLiteral("&Accounts"),  QStringLiteral("&Plans"),
                             QStringLiteral("&Calendars"), QStringLiteral("&Reports"),
                             QStringLiteral("Cre&dits")};
    for (int i = 0; i < titles.size(); ++i)
        QCOMPARE(window.tabs()->tabText(i), titles[i]);
    // What is about to cost money comes first.
    QCOMPARE(window.view(0), static_cast<QWidget *>(window.todayView()));
    QCOMPARE(window.currentTable(), window.todayView()->currentTable());
    QCOMPARE(window.view(1), static_cast<QWidget *>(window.ticketsView()));
}

void TestMainWindow::shortcutsReachTheirCommands_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::addColumn<QString>("text");
    QTest::newRow("import") << QKeySequence(Qt::CTRL | Qt::Key_I) << QStringLiteral("&Import tickets…");
    QTest::newRow("export") << QKeySequence(Qt::CTRL | Qt::Key_E) << QStringLiteral("&Export table as CSV…");
    QTest::newRow("quit") << QKeySequence(Qt::CTRL | Qt::Key_Q) << QStringLiteral("&Quit");
    QTest::newRow("new ticket") << QKeySequence(Qt::CTRL | Qt::Key_N) << QStringLiteral("&New ticket…");
    QTest::newRow("refresh") << QKeySequence(Qt::Key_F5) << QStringLiteral("&Refresh");
    QTest::newRow("reports") << QKeySequence(Qt::CTRL | Qt::Key_6) << QStringLiteral("&Reports");
}

void TestMainWindow::shortcutsReachTheirCommands()
{
    QFETCH(QKeySequence, keys);
    QFETCH(QString, text);
    MainWindow window(*m_context, *m_switcher);
    QAction *action = actionWithShortcut(window, keys);
    QVERIFY(action);
    QCOMPARE(action->text(), text);
}

void TestMainWindow::switchesTabsWithControlDigits()
{
    MainWindow window(*m_context, *m_switcher);
    for (int i = 0; i < window.viewCount(); ++i) {
        actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)))->trigger();
        QCOMPARE(window.tabs()->currentIndex(), i);
    }
}

void TestMainWindow::exportsTheCurrentTable()
{
    MainWindow window(*m_context, *m_switcher);
    window.showView(1);
    const QString path = m_dir->filePath(QStringLiteral("tickets.csv"));
    const Status written = window.exportCurrentTableTo(path);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith("Ticket,Account,Subject,Priority"), lines[0].constData());
    QVERIFY2(lines[1].startsWith("T-1,Acme,Console down,P1 business critical,Messaging,Phone,"),
             lines[1].constData());
}

void TestMainWindow::importsTicketsIntoEveryView()
{
    MainWindow window(*m_context, *m_switcher);
    const QString path = m_dir->filePath(QStringLiteral("more.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,account,subject,priority,product,channel,created_at\n"
               "T-2,Acme,Slow,P2,Messaging,chat,2026-03-03T09:00:00Z\n"
               "T-1,Acme,Console down again,P1,Messaging,phone,2026-03-02T09:00:00Z\n");
    file.close();
    const auto imported = window.importTicketsFrom(path);
    QVERIFY2(imported.ok(), qPrintable(imported.message()));
    QCOMPARE(*imported, qint64(2));
    // T-1 was updated, T-2 added; the table reloaded on its own.
    QCOMPARE(window.ticketsView()->currentTable()->model()->rowCount(), 2);
}

void TestMainWindow::switchesLanguageFromItsMenu()
{
    MainWindow window(*m_context, *m_switcher);
    QAction *french = nullptr;
    for (QAction *action : window.languageMenu()->actions()) {
        if (action->text() == QStringLiteral("Français"))
            french = action;
    }
    QVERIFY(french);
    french->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(window.fileMenu()->title(), QStringLiteral("&Fichier"));
    QCOMPARE(window.tabs()->tabText(3), QStringLiteral("&Plans"));
    QCOMPARE(window.tabs()->tabText(6), QStringLiteral("Cré&dits"));
    QVERIFY(french->isChecked());
    QCOMPARE(LanguageSwitcher::savedLanguage(), QStringLiteral("fr"));
}

void TestMainWindow::remembersGeometryAndView()
{
    QSize size;
    {
        MainWindow window(*m_context, *m_switcher);
        // Any size the window accepts, other than the one it opens with.
        size = window.minimumSizeHint().expandedTo(QSize(1000, 700)) + QSize(37, 23);
        window.resize(size);
        window.show();
        window.showView(5);
        window.close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    MainWindow again(*m_context, *m_switcher);
    QCOMPARE(again.tabs()->currentIndex(), 5);
    QCOMPARE(again.size(), size);
}

void TestMainWindow::loadsTheSampleIntoAnEmptyStore()
{
    QCOMPARE(FirstRunDialog::storeIsEmpty(*m_context), false);
    QTemporaryDir dir;
    auto empty = Database::open(dir.filePath(QStringLiteral("empty.sqlite")));
    QVERIFY2(empty.ok(), qPrintable(empty.message()));
    AppContext context(**empty);
    context.pinNow(parseIsoTimestamp(u"2026-03-10T12:00:00Z")->utcSeconds);
    QCOMPARE(FirstRunDialog::storeIsEmpty(context), true);
    const DemoOptions offered = FirstRunDialog::sampleOptions(context.nowUtc());
    QCOMPARE(offered.accounts, 40);
    QCOMPARE(offered.tickets, qint64(60000));
    QCOMPARE(offered.months, 12);

    MainWindow window(context, *m_switcher);
    DemoOptions small = offered;
    small.accounts = 3;
    small.tickets = 300;
    small.months = 2;
    const auto loaded = FirstRunDialog::loadSample(context, small, &window);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
    QCOMPARE(FirstRunDialog::storeIsEmpty(context), false);
    // Every view reloaded: the tickets are in the table at once.
    QCOMPARE(window.ticketsView()->currentTable()->model()->rowCount(), 300);
}

void TestMainWindow::readOnlyStoreSaysSoAndOffersNoEditing()
{
    {
        MainWindow writable(*m_context, *m_switcher);
        QVERIFY(writable.readOnlyBanner()->isHidden());
    }
    const QString path = m_database->path();
    m_switcher.reset();
    m_context.reset();
    m_database.reset();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    m_database = std::move(opened.value());
    m_context = std::make_unique<AppContext>(*m_database);
    m_switcher = std::make_unique<LanguageSwitcher>(*m_context);
    QVERIFY(!m_context->canEdit());

    MainWindow window(*m_context, *m_switcher);
    window.show();
    QVERIFY(window.readOnlyBanner()->isVisible());
    QCOMPARE(window.readOnlyBanner()->text(),
             QStringLiteral("This store is read-only: you can look and export, not change."));
    QVERIFY(!actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_I))->isEnabled());
    QVERIFY(!actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_N))->isEnabled());
    // Export stays: looking and exporting is what a read-only store is for.
    QVERIFY(actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_E))->isEnabled());
    // No button of the views that changes the store is enabled.
    auto *accounts = qobject_cast<AccountsView *>(window.view(2));
    QVERIFY(accounts);
    // The customer's documents are made from what is stored: they stay.
    const QStringList documents{QStringLiteral("&Statement…"), QStringLiteral("&Quarterly review…")};
    for (QPushButton *button : accounts->findChildren<QPushButton *>())
        QVERIFY2(button->isEnabled() == documents.contains(button->text()), qPrintable(button->text()));
    auto *credits = qobject_cast<CreditsView *>(window.view(6));
    QVERIFY(credits);
    for (QPushButton *button : credits->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("File a &claim…"))
            QVERIFY(!button->isEnabled());
    }
    auto *calendars = qobject_cast<CalendarsView *>(window.view(4));
    QVERIFY(calendars);
    for (QPushButton *button : calendars->findChildren<QPushButton *>())
        QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
    QVERIFY(!calendars->nameEdit()->isEnabled());
}

void TestMainWindow::opensAnotherStoreAndRemembersIt()
{
    MainWindow window(*m_context, *m_switcher);
    QVERIFY(!window.fileMenu()->actions().isEmpty());
    QAction *open = actionWithShortcut(window, QKeySequence(Qt::CTRL | Qt::Key_O));
    QVERIFY(open);
    // Only a window whose owner can replace it offers to open another store.
    QVERIFY(!open->isVisible());
    std::unique_ptr<Database> handed;
    window.setStoreHandler([&handed](std::unique_ptr<Database> database) { handed = std::move(database); });
    QVERIFY(open->isVisible());
    QCOMPARE(open->text(), QStringLiteral("&Open store…"));

    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    const Status opened = window.openStoreAt(other);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QVERIFY(handed);
    QCOMPARE(handed->path(), other);
    QCOMPARE(StoreDialog::rememberedLocation(), other);
    // The dialog starts from the store chosen last.
    StoreDialog dialog;
    QVERIFY(dialog.sqliteButton()->isChecked());
    QCOMPARE(dialog.pathEdit()->text(), other);
}

void TestMainWindow::aStoreThatFailsToOpenLeavesTheOldOneOpen()
{
    MainWindow window(*m_context, *m_switcher);
    bool handed = false;
    window.setStoreHandler([&handed](std::unique_ptr<Database>) { handed = true; });
    // A file that is not a store is refused with the store's own message.
    const QString junk = m_dir->filePath(QStringLiteral("notes.sqlite"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database at all, just some text that goes on for a while\n");
    file.close();
    const Status opened = window.openStoreAt(junk);
    QVERIFY(!opened.ok());
    QVERIFY(!opened.message().isEmpty());
    QVERIFY(!handed);
    QVERIFY(StoreDialog::rememberedLocation().isEmpty());
    // The window still works on its store.
    QCOMPARE(window.ticketsView()->currentTable()->model()->rowCount(), 1);
}

void TestMainWindow::storeDialogBuildsTheServerAddress()
{
    StoreDialog dialog;
    dialog.postgresButton()->setChecked(true);
    dialog.hostEdit()->setText(QStringLiteral("db.example.com"));
    dialog.portSpin()->setValue(5433);
    dialog.databaseEdit()->setText(QStringLiteral("support"));
    dialog.userEdit()->setText(QStringLiteral("manager"));
    dialog.passwordEdit()->setText(QStringLiteral("secret"));
    const Expected<QString> location = dialog.checkedLocation();
    QVERIFY2(location.ok(), qPrintable(location.message()));
    QCOMPARE(*location, QStringLiteral("postgresql://manager@db.example.com:5433/support"));
    QCOMPARE(dialog.sessionPassword(), QStringLiteral("secret"));
    // The address is remembered, never the password.
    StoreDialog::remember(*location);
    for (const QString &key : QSettings().allKeys())
        QVERIFY2(!QSettings().value(key).toString().contains(QStringLiteral("secret")), qPrintable(key));
    StoreDialog again;
    QVERIFY(again.postgresButton()->isChecked());
    QCOMPARE(again.hostEdit()->text(), QStringLiteral("db.example.com"));
    QCOMPARE(again.portSpin()->value(), 5433);
    QCOMPARE(again.databaseEdit()->text(), QStringLiteral("support"));
    QCOMPARE(again.userEdit()->text(), QStringLiteral("manager"));
    QVERIFY(again.passwordEdit()->text().isEmpty());

    again.hostEdit()->clear();
    again.databaseEdit()->clear();
    QVERIFY(!again.checkedLocation().ok());
    QCOMPARE(again.fieldError(again.hostEdit()),
             QStringLiteral("Enter the server's name or address, such as db.example.com."));
    QCOMPARE(again.fieldError(again.databaseEdit()),
             QStringLiteral("Enter the name of the database on the server."));
    QVERIFY(again.fieldError(again.userEdit()).isEmpty());
}

void TestMainWindow::aboutNamesTheVersionsAndTheStore()
{
    MainWindow window(*m_context, *m_switcher);
    const QString text = window.aboutText();
    QVERIFY2(text.contains(QStringLiteral("SupportDesk " SUPPORTDESK_PROJECT_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Store schema version: %1").arg(Database::currentSchemaVersion())),
             qPrintable(text));
    QVERIFY2(text.contains(m_database->path()), qPrintable(text));
    QVERIFY2(
        text.contains(QStringLiteral("SQLite %1, shared with Qt's driver").arg(nativeSqlite().linkedVersion)),
        qPrintable(text));
}

void TestMainWindow::versionOptionPrintsTheProjectVersion()
{
    QProcess program;
    program.start(QStringLiteral(SUPPORTDESK_DESKTOP_PATH), {QStringLiteral("--version")});
    QVERIFY(program.waitForFinished(30000));
    QCOMPARE(program.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(program.readAllStandardOutput()).split(u'\n');
    QCOMPARE(lines.value(0), QStringLiteral("SupportDesk " SUPPORTDESK_PROJECT_VERSION));
    QCOMPARE(lines.value(1), QStringLiteral("Qt %1 (built with %2)")
                                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    QCOMPARE(lines.value(2), QStringLiteral("store schema version %1").arg(Database::currentSchemaVersion()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
