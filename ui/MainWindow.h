#pragma once

#include "Expected.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class AccountsView;
class ImportDialog;
class ImportWizard;
class AppContext;
class Database;
class LanguageSwitcher;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
class RiskAlerts;
class RiskMonitor;
class TicketsView;
class TodayView;

// The application's window: one tab per main view, the menus and their
// shortcuts, import and export, and the language switch.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AppContext &context, LanguageSwitcher &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTabWidget *tabs() const { return m_tabs; }
    TicketsView *ticketsView() const { return m_tickets; }
    TodayView *todayView() const { return m_today; }
    RiskMonitor *riskMonitor() const { return m_riskMonitor; }
    RiskAlerts *riskAlerts() const { return m_riskAlerts; }
    int viewCount() const { return int(m_views.size()); }
    QWidget *view(int index) const { return m_views.at(index).widget; }
    // The table of the view the user is looking at (nullptr when it has none).
    QTableView *currentTable() const;
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *languageMenu() const { return m_languageMenu; }
    QMenu *accountsMenu() const { return m_accountsMenu; }

    // Without a dialog, for scripted use and tests.
    Expected<qint64> importTicketsFrom(const QString &path);
    Status exportCurrentTableTo(const QString &path);
    Status backUpStoreTo(const QString &path);

    // Who takes over a newly opened store: it replaces this window with
    // one on that store. Without one, File → Open store is not offered.
    using StoreHandler = std::function<void(std::unique_ptr<Database>)>;
    void setStoreHandler(StoreHandler handler);
    // Opens the store at `location` (a file or a postgresql:// address),
    // remembers it for the next start and hands it over; on failure the
    // store open now stays open. `password` is given to this connection
    // only, never saved.
    Status openStoreAt(const QString &location, const QString &password = {});
    // The notice shown on a read-only store (hidden otherwise).
    QLabel *readOnlyBanner() const { return m_readOnlyBanner; }
    // What Help → About shows: SupportDesk's version, Qt's, the store and its schema version.
    QString aboutText() const;

public slots:
    void openStore();
    void importTickets();
    void exportCurrentTable();
    void backUpStore();
    void newTicket();
    // The ticket dialog for a ticket the Today view names.
    void openTicket(qint64 rowId);
    void editRiskSettings();
    void refresh();
    void showView(int index);
    void about();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    struct View
    {
        QWidget *widget = nullptr;
        std::function<QTableView *()> table;
        const char *title = nullptr;
    };

    void createViews();
    template <typename T> T *addView(const char *title);
    void createActions();
    void createMenus();
    void retranslate();
    void restoreSettings();
    // Without a saved place: as large as preferred, as the screen allows,
    // centred on it.
    void fitToScreen();
    void saveSettings() const;
    void updateLanguageChecks();
    // One import at a time, kept while it runs so the window stays usable.
    ImportDialog *importDialog();
    void showImportOutcome(const Expected<qint64> &imported);

    AppContext &m_context;
    LanguageSwitcher &m_languages;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    StoreHandler m_storeHandler;
    TicketsView *m_tickets = nullptr;
    AccountsView *m_accounts = nullptr;
    TodayView *m_today = nullptr;
    RiskMonitor *m_riskMonitor = nullptr;
    RiskAlerts *m_riskAlerts = nullptr;
    QList<View> m_views;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_accountsMenu = nullptr;
    QAction *m_statement = nullptr;
    QAction *m_review = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openStore = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_backUp = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_newTicket = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_riskSettings = nullptr;
    QAction *m_english = nullptr;
    QAction *m_french = nullptr;
    QAction *m_about = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QList<QAction *> m_viewActions;
    ImportDialog *m_importDialog = nullptr;
    QPointer<ImportWizard> m_importWizard;
    QString m_importedFile;
};
