#include "MainWindow.h"

#include "AccountsView.h"
#include "AppContext.h"
#include "CalendarsView.h"
#include "CreditsView.h"
#include "Database.h"
#include "Formatting.h"
#include "ImportDialog.h"
#include "ImportWizard.h"
#include "LanguageSwitcher.h"
#include "PlansView.h"
#include "ReportsView.h"
#include "RiskAlerts.h"
#include "RiskMonitor.h"
#include "RiskSettingsDialog.h"
#include "SqliteHandle.h"
#include "StoreDialog.h"
#include "StoreMaintenance.h"
#include "TableExporter.h"
#include "TicketDialog.h"
#include "TicketsView.h"
#include "TimesInMenu.h"
#include "TodayView.h"
#include "Version.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(AppContext &context, LanguageSwitcher &languages, QWidget *parent)
    : QMainWindow(parent), m_context(context), m_languages(languages)
{
    auto *central = new QWidget(this);
    m_readOnlyBanner = new QLabel(central);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setMargin(6);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("background: #fff4c2; color: #3d3000"));
    // Said once, where it stays in sight, without a dialog to dismiss.
    m_readOnlyBanner->setVisible(!context.canEdit());
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    createViews();
    createActions();
    createMenus();
    retranslate();
    restoreSettings();
    m_riskAlerts = new RiskAlerts(m_context, *m_riskMonitor, *this);
    // After the window is shown: the month's tickets are read once at start.
    QTimer::singleShot(0, m_riskMonitor, &RiskMonitor::reread);
    if (const QString backup = context.database().upgradeBackup(); !backup.isEmpty()) {
        statusBar()->showMessage(
            tr("The store was upgraded to schema version %1; a copy of it from before is "
               "in %2")
                .arg(Database::currentSchemaVersion())
                .arg(QDir::toNativeSeparators(backup)));
    }
    connect(&context, &AppContext::languageChanged, this, &MainWindow::updateLanguageChecks);
}

MainWindow::~MainWindow() = default;

template <typename T> T *MainWindow::addView(const char *title)
{
    auto *view = new T(m_context, m_tabs);
    m_views.append(View{view, [view] { return view->currentTable(); }, title});
    m_tabs->addTab(view, QString());
    return view;
}

void MainWindow::createViews()
{
    // The order of the tabs is the order of the Ctrl+1…7 shortcuts.
    m_riskMonitor = new RiskMonitor(m_context, this);
    m_today = new TodayView(m_context, *m_riskMonitor, m_tabs);
    m_views.append(View{m_today, [this] { return m_today->currentTable(); }, QT_TR_NOOP("T&oday")});
    m_tabs->addTab(m_today, QString());
    connect(m_today, &TodayView::ticketRequested, this, &MainWindow::openTicket);
    m_tickets = addView<TicketsView>(QT_TR_NOOP("&Tickets"));
    m_accounts = addView<AccountsView>(QT_TR_NOOP("&Accounts"));
    addView<PlansView>(QT_TR_NOOP("&Plans"));
    addView<CalendarsView>(QT_TR_NOOP("&Calendars"));
    addView<ReportsView>(QT_TR_NOOP("&Reports"));
    addView<CreditsView>(QT_TR_NOOP("Cre&dits"));
}

void MainWindow::createActions()
{
    m_openStore = new QAction(this);
    m_openStore->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_openStore->setVisible(false);
    connect(m_openStore, &QAction::triggered, this, &MainWindow::openStore);
    m_import = new QAction(this);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &MainWindow::importTickets);
    m_export = new QAction(this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportCurrentTable);
    m_backUp = new QAction(this);
    connect(m_backUp, &QAction::triggered, this, &MainWindow::backUpStore);
    // PostgreSQL's own tool backs up a server's database (see the status tip).
    m_backUp->setEnabled(m_context.database().engine() == StoreEngine::Sqlite);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_newTicket = new QAction(this);
    m_newTicket->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newTicket, &QAction::triggered, this, &MainWindow::newTicket);
    // A read-only store can be looked at and exported, not changed; nor can
    // one being written by an import, until it ends.
    const auto updateEditing = [this] {
        m_import->setEnabled(m_context.canEdit());
        m_newTicket->setEnabled(m_context.canEdit());
    };
    updateEditing();
    connect(&m_context, &AppContext::editableChanged, this, updateEditing);
    // The customer's documents, for the account selected in the Accounts view.
    m_statement = new QAction(this);
    m_review = new QAction(this);
    for (QAction *action : {m_statement, m_review}) {
        connect(action, &QAction::triggered, this, [this, action] {
            for (int i = 0; i < m_views.size(); ++i) {
                if (m_views[i].widget == m_accounts)
                    showView(i);
            }
            m_accounts->openDocumentDialog(action == m_statement ? CustomerDocumentDialog::Kind::Statement
                                                                 : CustomerDocumentDialog::Kind::Review);
        });
    }
    m_riskSettings = new QAction(this);
    connect(m_riskSettings, &QAction::triggered, this, &MainWindow::editRiskSettings);
    m_refresh = new QAction(this);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);
    for (int i = 0; i < m_views.size(); ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showView(i); });
        m_viewActions << action;
    }
    m_languageGroup = new QActionGroup(this);
    // Language names are written in their own language, never translated.
    m_english = new QAction(QStringLiteral("English"), m_languageGroup);
    m_french = new QAction(QStringLiteral("Français"), m_languageGroup);
    m_english->setData(QStringLiteral("en"));
    m_french->setData(QStringLiteral("fr"));
    for (QAction *action : {m_english, m_french}) {
        action->setCheckable(true);
        connect(action, &QAction::triggered, this,
                [this, action] { m_languages.switchTo(action->data().toString()); });
    }
    updateLanguageChecks();
    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openStore);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_import);
    m_fileMenu->addAction(m_export);
    m_fileMenu->addAction(m_backUp);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_newTicket);
    m_accountsMenu = menuBar()->addMenu(QString());
    m_accountsMenu->addAction(m_statement);
    m_accountsMenu->addAction(m_review);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_viewActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_riskSettings);
    m_viewMenu->addMenu(new TimesInMenu(m_context, m_viewMenu));
    m_viewMenu->addAction(m_refresh);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_english);
    m_languageMenu->addAction(m_french);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
}

void MainWindow::retranslate()
{
    const QString location = m_context.database().path();
    setWindowTitle(
        tr("SupportDesk — %1")
            .arg(Database::isPostgreSqlAddress(location) ? location : QFileInfo(location).fileName()));
    m_readOnlyBanner->setText(tr("This store is read-only: you can look and export, not change."));
    m_openStore->setText(tr("&Open store…"));
    m_openStore->setStatusTip(
        tr("Open another store: a file on this computer or a team's PostgreSQL database"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_accountsMenu->setTitle(tr("Acco&unts"));
    m_statement->setText(tr("&Statement…"));
    m_statement->setStatusTip(
        tr("The selected account's monthly SLA statement: preview, print, PDF or HTML"));
    m_review->setText(tr("&Quarterly review…"));
    m_review->setStatusTip(tr("The selected account's quarterly status review, with the TAM's notes"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_import->setText(tr("&Import tickets…"));
    m_import->setStatusTip(
        tr("Add or update tickets from a help desk's export or a CSV file, all rows or none"));
    m_export->setText(tr("&Export table as CSV…"));
    m_export->setStatusTip(tr("Save the table on screen, as filtered and sorted, to a CSV file"));
    m_backUp->setText(tr("&Back up store…"));
    m_backUp->setStatusTip(m_backUp->isEnabled()
                               ? tr("Save a copy of the whole store to a new file, consistent while others "
                                    "keep working")
                               : tr("A PostgreSQL store is backed up with PostgreSQL's pg_dump; see "
                                    "supportdesk-cli db backup"));
    m_quit->setText(tr("&Quit"));
    m_newTicket->setText(tr("&New ticket…"));
    m_refresh->setText(tr("&Refresh"));
    m_riskSettings->setText(tr("Credit risk &warnings…"));
    m_riskSettings->setStatusTip(tr("When a month counts as at risk, when a P1 warns, and quiet hours"));
    m_about->setText(tr("&About SupportDesk"));
    for (int i = 0; i < m_views.size(); ++i) {
        m_tabs->setTabText(i, tr(m_views[i].title));
        m_viewActions[i]->setText(tr(m_views[i].title));
    }
}

void MainWindow::updateLanguageChecks()
{
    m_english->setChecked(m_context.languageCode() == u"en");
    m_french->setChecked(m_context.languageCode() == u"fr");
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

QTableView *MainWindow::currentTable() const
{
    const int index = m_tabs->currentIndex();
    return index >= 0 && index < m_views.size() ? m_views[index].table() : nullptr;
}

void MainWindow::showView(int index)
{
    if (index >= 0 && index < m_tabs->count())
        m_tabs->setCurrentIndex(index);
}

void MainWindow::refresh()
{
    m_context.notifyDataChanged();
    statusBar()->showMessage(tr("Refreshed"), 2000);
}

void MainWindow::openTicket(qint64 rowId)
{
    if (!m_context.canEdit()) {
        showView(m_tabs->indexOf(m_tickets));
        statusBar()->showMessage(
            tr("This store cannot be changed now: the ticket is shown in the Tickets tab "
               "for reading only."));
        return;
    }
    TicketDialog dialog(m_context, rowId, this);
    dialog.exec();
}

void MainWindow::editRiskSettings()
{
    RiskSettingsDialog dialog(m_riskAlerts->settings(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_riskAlerts->setSettings(dialog.settings());
}

void MainWindow::newTicket()
{
    showView(m_tabs->indexOf(m_tickets));
    m_tickets->newTicket();
}

void MainWindow::setStoreHandler(StoreHandler handler)
{
    m_storeHandler = std::move(handler);
    m_openStore->setVisible(bool(m_storeHandler));
}

Status MainWindow::openStoreAt(const QString &location, const QString &password)
{
    if (!m_storeHandler)
        return Status::failure(Error::Kind::InvalidInput, tr("This window cannot open another store."));
    // A password typed for this session stays with the store's connections
    // (the import's own included), in memory only.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Database::open(location, true, password);
    QApplication::restoreOverrideCursor();
    if (!opened)
        return opened.error();
    StoreDialog::remember(location);
    m_storeHandler(std::move(opened.value()));
    return success();
}

void MainWindow::openStore()
{
    StoreDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Expected<QString> location = dialog.checkedLocation();
    if (!location)
        return;
    const Status opened = openStoreAt(*location, dialog.sessionPassword());
    if (!opened) {
        QMessageBox::warning(this, tr("Open store"),
                             tr("The store could not be opened; %1 stays open.\n\n%2")
                                 .arg(m_context.database().path(), opened.message()));
    }
}

Expected<qint64> MainWindow::importTicketsFrom(const QString &path)
{
    m_importedFile = QFileInfo(path).fileName();
    return importDialog()->importFile(path);
}

ImportDialog *MainWindow::importDialog()
{
    if (!m_importDialog) {
        m_importDialog = new ImportDialog(m_context, this);
        connect(m_importDialog, &ImportDialog::importFinished, this, &MainWindow::showImportOutcome);
    }
    return m_importDialog;
}

void MainWindow::importTickets()
{
    // One wizard at a time; it stays open, not modal, while its import runs.
    if (m_importWizard) {
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return;
    }
    m_importWizard = new ImportWizard(m_context, this);
    m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importWizard, &ImportWizard::importFinished, this, [this](const Expected<qint64> &imported) {
        if (imported)
            statusBar()->showMessage(tr("Tickets imported from %1: %2")
                                         .arg(QFileInfo(m_importWizard->path()).fileName(),
                                              Formatting::integer(m_context.locale(), *imported)),
                                     5000);
    });
    m_importWizard->show();
}

void MainWindow::showImportOutcome(const Expected<qint64> &imported)
{
    m_importDialog->hide();
    if (!imported) {
        if (imported.errorKind() == Error::Kind::Cancelled)
            statusBar()->showMessage(imported.message(), 5000);
        else
            QMessageBox::warning(this, tr("Import tickets"),
                                 tr("Nothing was imported.\n\n%1").arg(imported.message()));
        return;
    }
    statusBar()->showMessage(tr("Tickets imported from %1: %2")
                                 .arg(m_importedFile, Formatting::integer(m_context.locale(), *imported)),
                             5000);
}

Status MainWindow::exportCurrentTableTo(const QString &path)
{
    const QTableView *table = currentTable();
    if (!table)
        return Status::failure(Error::Kind::InvalidInput, tr("This view has no table to export."));
    return TableExporter::exportTable(*table, path);
}

void MainWindow::exportCurrentTable()
{
    if (!currentTable()) {
        QMessageBox::information(this, tr("Export table as CSV"), tr("This view has no table to export."));
        return;
    }
    QSettings settings;
    QString folder = settings.value(QStringLiteral("paths/export")).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&')).toLower();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export table as CSV"), folder + QLatin1Char('/') + name + QStringLiteral(".csv"),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/export"), QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = exportCurrentTableTo(path);
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(this, tr("Export table as CSV"), written.message());
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

Status MainWindow::backUpStoreTo(const QString &path)
{
    return StoreMaintenance::backUp(m_context.database(), path);
}

void MainWindow::backUpStore()
{
    QSettings settings;
    QString folder = settings.value(QStringLiteral("paths/backup")).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("%1-%2.sqlite")
                             .arg(QFileInfo(m_context.database().path()).completeBaseName(),
                                  QDate::currentDate().toString(Qt::ISODate));
    // A backup never replaces a file: the dialog need not ask.
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up store"), folder + u'/' + name,
                                                      tr("SupportDesk stores (*.sqlite);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("paths/backup"), QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status saved = backUpStoreTo(path);
    QApplication::restoreOverrideCursor();
    if (!saved)
        QMessageBox::warning(this, tr("Back up store"), tr("No backup was made.\n\n%1").arg(saved.message()));
    else
        statusBar()->showMessage(tr("Store backed up to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About SupportDesk"), aboutText());
}

QString MainWindow::aboutText() const
{
    const NativeSqlite &sqlite = nativeSqlite();
    const QString sqliteLine =
        sqlite.sameLibrary
            ? tr("SQLite %1, shared with Qt's driver: bulk reads and imports call it directly")
                  .arg(sqlite.linkedVersion)
            : tr("SQLite %1 in Qt's driver, %2 linked: bulk reads and imports go through Qt's driver")
                  .arg(sqlite.driverVersion, sqlite.linkedVersion);
    return tr("<h3>SupportDesk %1</h3>"
              "<p>Support plans with guaranteed first-response times, business-hours calendars, "
              "monthly reports and support credits.</p>"
              "<p>Qt %2<br>%5<br>Store: %3<br>Store schema version: %4</p>")
        .arg(supportDeskVersion(), QString::fromLatin1(qVersion()),
             m_context.database().path().toHtmlEscaped())
        .arg(m_context.database().schemaVersion())
        .arg(sqliteLine.toHtmlEscaped());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        fitToScreen();
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    showView(settings.value(QStringLiteral("mainWindow/view"), 0).toInt());
}

void MainWindow::fitToScreen()
{
    // Room for the window manager's title bar and borders, which are not
    // known before the window is shown.
    const QMargins frame(8, 40, 8, 8);
    const QRect available = screen()->availableGeometry();
    const QSize room = available.size().shrunkBy(frame);
    const QSize preferred(1280, 800);
    resize(preferred.boundedTo(room).expandedTo(minimumSizeHint()));
    const QSize outer = size().grownBy(frame);
    // move() places the frame, not the window's inside.
    move(available.x() + std::max(0, (available.width() - outer.width()) / 2),
         available.y() + std::max(0, (available.height() - outer.height()) / 2));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/view"), m_tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if ((m_importDialog && m_importDialog->isRunning()) ||
        (m_importWizard && m_importWizard->isImportRunning())) {
        const auto answer = QMessageBox::question(
            this, tr("Import tickets"),
            tr("An import is still running. Stop it and close? Nothing of it will be kept."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    event->accept();
}
