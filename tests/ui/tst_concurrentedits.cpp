#include "AccountDialog.h"
#include "AccountStore.h"
#include "AccountTableModel.h"
#include "AccountsView.h"
#include "AppContext.h"
#include "CalendarStore.h"
#include "CalendarsView.h"
#include "Database.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "PlanStore.h"
#include "PlanTermsDialog.h"
#include "PlansView.h"
#include "ProductStore.h"
#include "StoreDialog.h"
#include "TestStore.h"
#include "TicketDialog.h"
#include "TicketFilterBar.h"
#include "TicketStore.h"
#include "TicketsView.h"
#include "Timestamp.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

// Two managers on one store: this window's connection and a colleague's.
// A save made against what was read is refused when the colleague changed
// the same thing meanwhile, the user is told the other change, and the form
// shows what is stored; views follow what the colleague commits. On a SQLite
// file, or on PostgreSQL when SUPPORTDESK_TEST_POSTGRES names a server.
class TestConcurrentEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void planTermsChangedMeanwhileAreNotOverwritten();
    void planTermsSetMeanwhileForTheSameMonthAreNotReplaced();
    void calendarChangedMeanwhileIsNotOverwritten();
    void accountChangedMeanwhileIsNotOverwritten();
    void ticketAnsweredMeanwhileIsNotOverwritten();
    void viewsFollowChangesMadeElsewhere();
    void aStoreThatMayOnlyBeReadOffersNoEditing();
    void opensTheSharedStoreFromTheWindow();

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<Database> m_mine;
    std::unique_ptr<Database> m_theirs;
    std::unique_ptr<AppContext> m_context;
};

void TestConcurrentEdits::initTestCase()
{
    // Remembered choices go to a settings file of the tests' own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SupportDeskTests"));
    // Its own settings file on each engine: CTest may run both at once.
    QCoreApplication::setApplicationName(TestStore::postgresServer().isEmpty()
                                             ? QStringLiteral("tst_concurrentedits")
                                             : QStringLiteral("tst_concurrentedits_postgresql"));
}

void TestConcurrentEdits::init()
{
    m_store = std::make_unique<TestStore>();
    const QString path = m_store->location();
    QVERIFY2(!path.isEmpty(), qPrintable(m_store->error()));
    auto mine = Database::open(path);
    QVERIFY2(mine.ok(), qPrintable(mine.message()));
    m_mine = std::move(mine.value());
    auto theirs = Database::open(path);
    QVERIFY2(theirs.ok(), qPrintable(theirs.message()));
    m_theirs = std::move(theirs.value());
    m_context = std::make_unique<AppContext>(*m_mine);
    m_context->pinNow(parseIsoTimestamp(u"2026-03-10T12:00:00Z")->utcSeconds);
    // Times entered in dialogs are on UTC's clock, whatever this computer's zone.
    m_context->setUserZone(QStringLiteral("UTC"));
}

void TestConcurrentEdits::cleanup()
{
    m_context.reset();
    m_theirs.reset();
    m_mine.reset();
    m_store.reset();
}

void TestConcurrentEdits::planTermsChangedMeanwhileAreNotOverwritten()
{
    const Plan production = *PlanStore(*m_mine).catalog().value().find(u"production");
    PlanTerms april = production.terms.constLast();
    april.effectiveFrom = QDate(2026, 4, 1);
    QVERIFY(PlanStore(*m_mine).saveTerms(production.id, april).ok());

    PlanTermsDialog dialog(*m_context, production.id);
    QSignalSpy conflicts(m_context.get(), &AppContext::conflictReported);
    dialog.setEffectiveFrom(QDate(2026, 4, 1));
    dialog.percentEdit()->setText(QStringLiteral("5"));
    // Meanwhile a colleague sets April's percent to 7.
    april.percentBasisPoints = 700;
    QVERIFY(PlanStore(*m_theirs).saveTerms(production.id, april).ok());

    QVERIFY(!dialog.save());
    QCOMPARE(conflicts.count(), 1);
    const QString told = conflicts.at(0).at(0).toString();
    QVERIFY2(told.startsWith(QStringLiteral("Someone else changed this while you were editing it")),
             qPrintable(told));
    QVERIFY2(told.contains(QStringLiteral("7.00 %")), qPrintable(told));
    // The form shows their terms; the colleague's change is kept.
    QCOMPARE(dialog.percentEdit()->text(), QStringLiteral("7"));
    QCOMPARE(PlanStore(*m_theirs)
                 .catalog()
                 .value()
                 .find(u"production")
                 ->termsOn(QDate(2026, 4, 1))
                 .percentBasisPoints,
             700);

    // Saving again, knowing their change, is accepted.
    dialog.percentEdit()->setText(QStringLiteral("5"));
    QVERIFY2(dialog.save(), qPrintable(dialog.errorText()));
    QCOMPARE(PlanStore(*m_theirs)
                 .catalog()
                 .value()
                 .find(u"production")
                 ->termsOn(QDate(2026, 4, 1))
                 .percentBasisPoints,
             500);
}

void TestConcurrentEdits::planTermsSetMeanwhileForTheSameMonthAreNotReplaced()
{
    PlanTermsDialog dialog(*m_context, QStringLiteral("enterprise"));
    QSignalSpy conflicts(m_context.get(), &AppContext::conflictReported);
    dialog.setEffectiveFrom(QDate(2026, 5, 1));
    dialog.percentEdit()->setText(QStringLiteral("6.5"));
    PlanTerms may = PlanStore(*m_theirs).catalog().value().find(u"enterprise")->terms.constLast();
    may.effectiveFrom = QDate(2026, 5, 1);
    may.minimumCents = 200000;
    QVERIFY(PlanStore(*m_theirs).saveTerms(QStringLiteral("enterprise"), may).ok());

    QVERIFY(!dialog.save());
    QCOMPARE(conflicts.count(), 1);
    QVERIFY2(conflicts.at(0).at(0).toString().contains(QStringLiteral("at least $2,000.00")),
             qPrintable(conflicts.at(0).at(0).toString()));
    QCOMPARE(dialog.minimumEdit()->text(), QStringLiteral("2,000.00"));
    QCOMPARE(PlanStore(*m_mine)
                 .catalog()
                 .value()
                 .find(u"enterprise")
                 ->termsOn(QDate(2026, 5, 1))
                 .percentBasisPoints,
             600);
}

void TestConcurrentEdits::calendarChangedMeanwhileIsNotOverwritten()
{
    CalendarsView view(*m_context);
    const QString vendor = view.selectedCalendarName();
    QVERIFY(!vendor.isEmpty());
    QSignalSpy conflicts(m_context.get(), &AppContext::conflictReported);
    Calendar theirs = *CalendarStore(*m_theirs).findByName(vendor);
    theirs.timeZoneId = QStringLiteral("America/New_York");
    QVERIFY(CalendarStore(*m_theirs).update(vendor, theirs).ok());

    view.zoneCombo()->setCurrentText(QStringLiteral("Europe/Paris"));
    QVERIFY(!view.saveCalendar());
    QCOMPARE(conflicts.count(), 1);
    QVERIFY2(conflicts.at(0).at(0).toString().contains(u"changed elsewhere since you opened it"),
             qPrintable(conflicts.at(0).at(0).toString()));
    QCOMPARE(CalendarStore(*m_mine).findByName(vendor)->timeZoneId, QStringLiteral("America/New_York"));
    // The view read the calendar again: their zone is shown, and a save now goes through.
    QCOMPARE(view.zoneCombo()->currentText(), QStringLiteral("America/New_York"));
    view.zoneCombo()->setCurrentText(QStringLiteral("Europe/Paris"));
    QVERIFY(view.saveCalendar());
    QCOMPARE(CalendarStore(*m_theirs).findByName(vendor)->timeZoneId, QStringLiteral("Europe/Paris"));
}

void TestConcurrentEdits::accountChangedMeanwhileIsNotOverwritten()
{
    QVERIFY(AccountStore(*m_mine).add(Account{0, QStringLiteral("Acme"), QStringLiteral("UTC"), {}}).ok());
    const Account read = *AccountStore(*m_mine).findByName(QStringLiteral("Acme"));
    AccountDialog dialog(*m_context, read);
    QSignalSpy conflicts(m_context.get(), &AppContext::conflictReported);
    Account theirs = read;
    theirs.version = 0;
    theirs.name = QStringLiteral("Acme Corp");
    QVERIFY(AccountStore(*m_theirs).update(theirs).ok());

    dialog.findChild<QLineEdit *>()->setText(QStringLiteral("Acme Inc"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(dialog.findChild<QLineEdit *>()->text(), QStringLiteral("Acme Corp"));
    QVERIFY(AccountStore(*m_mine).findByName(QStringLiteral("Acme Corp")).ok());
    QVERIFY(!AccountStore(*m_mine).findByName(QStringLiteral("Acme Inc")).ok());
}

void TestConcurrentEdits::ticketAnsweredMeanwhileIsNotOverwritten()
{
    Account acme;
    acme.name = QStringLiteral("Acme");
    acme.timeZoneId = QStringLiteral("UTC");
    QVERIFY(AccountStore(*m_mine).add(acme).ok());
    QVERIFY(ProductStore(*m_mine).add(QStringLiteral("Messaging"), ProductCategory::Ga).ok());
    Ticket ticket;
    ticket.id = QStringLiteral("T-1");
    ticket.account = acme.name;
    ticket.subject = QStringLiteral("Messages stuck");
    ticket.priority = Priority::P1;
    ticket.product = QStringLiteral("Messaging");
    ticket.createdAt = parseIsoTimestamp(u"2026-03-02T09:00:00Z")->utcSeconds;
    QVERIFY(TicketStore(*m_mine).save(ticket).ok());
    TicketFilter all;
    const qint64 rowId = TicketStore(*m_mine)
                             .page(all, TicketSortColumn::CreatedAt, Qt::AscendingOrder, {}, 1)
                             .value()
                             .at(0)
                             .rowId;

    TicketDialog dialog(*m_context, rowId);
    QSignalSpy conflicts(m_context.get(), &AppContext::conflictReported);
    dialog.setFirstResponse(QDateTime(QDate(2026, 3, 2), QTime(11, 0)));
    // Meanwhile a colleague records a first response at 10:00.
    Ticket theirs = TicketStore(*m_theirs).findByRowId(rowId)->ticket;
    theirs.firstResponseAt = parseIsoTimestamp(u"2026-03-02T10:00:00Z")->utcSeconds;
    QVERIFY(TicketStore(*m_theirs).update(rowId, theirs).ok());

    dialog.accept();
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open, not accepted
    // Their answer is kept, and the form now shows it.
    QCOMPARE(TicketStore(*m_theirs).findByRowId(rowId)->ticket.firstResponseAt, theirs.firstResponseAt);
    QCOMPARE(dialog.ticket()->firstResponseAt, theirs.firstResponseAt);

    // Saving again, knowing their change, is accepted.
    dialog.setResolved(QDateTime(QDate(2026, 3, 2), QTime(12, 0)));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(TicketStore(*m_theirs).findByRowId(rowId)->ticket.resolvedAt,
             std::optional<qint64>(parseIsoTimestamp(u"2026-03-02T12:00:00Z")->utcSeconds));
}

void TestConcurrentEdits::viewsFollowChangesMadeElsewhere()
{
    m_context->watchStore(20);
    AccountsView view(*m_context);
    QCOMPARE(view.accountModel()->rowCount(), 0);
    QVERIFY(
        AccountStore(*m_theirs).add(Account{0, QStringLiteral("Globex"), QStringLiteral("UTC"), {}}).ok());
    QTRY_COMPARE(view.accountModel()->rowCount(), 1);
    // What this window saves itself is no news to it.
    QSignalSpy elsewhere(m_context.get(), &AppContext::changedElsewhere);
    QVERIFY(AccountStore(*m_mine).add(Account{0, QStringLiteral("Initech"), QStringLiteral("UTC"), {}}).ok());
    QTest::qWait(100);
    QCOMPARE(elsewhere.count(), 0);
}

void TestConcurrentEdits::aStoreThatMayOnlyBeReadOffersNoEditing()
{
    // A role granted reading only on PostgreSQL; a file its owner may not
    // write on SQLite.
    QString location = m_store->location();
    const QString reader = QStringLiteral("sd_desk_reader_%1").arg(QCoreApplication::applicationPid());
    if (m_store->isPostgreSql()) {
        QString error;
        QVERIFY2(TestStore::runOnServer({QStringLiteral("CREATE ROLE %1 LOGIN").arg(reader)}, &error),
                 qPrintable(error));
        QVERIFY2(m_store->runAsAdmin(
                     {QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(reader),
                      QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(reader)},
                     &error),
                 qPrintable(error));
        location = m_store->locationAs(reader);
    } else {
        QVERIFY(QFile::setPermissions(location, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    }
    {
        auto opened = Database::open(location);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QVERIFY((*opened)->isReadOnly());
        AppContext context(**opened);
        LanguageSwitcher languages(context);
        MainWindow window(context, languages);
        window.show();
        QVERIFY(window.readOnlyBanner()->isVisible());
        auto *plans = window.findChild<PlansView *>();
        QVERIFY(plans);
        plans->selectPlan(QStringLiteral("production"));
        QVERIFY(!plans->editTermsButton()->isEnabled());
        auto *accounts = window.findChild<AccountsView *>();
        QVERIFY(accounts);
        // The customer's documents are made from what is stored: they stay.
        const QStringList documents{QStringLiteral("&Statement…"), QStringLiteral("&Quarterly review…")};
        for (QPushButton *button : accounts->findChildren<QPushButton *>())
            QVERIFY2(button->isEnabled() == documents.contains(button->text()), qPrintable(button->text()));
        auto *tickets = window.findChild<TicketsView *>();
        QVERIFY(tickets);
        // Filters change what is shown, not the store: they stay.
        for (QPushButton *button : tickets->findChildren<QPushButton *>()) {
            if (button != tickets->filterBar()->moreFiltersButton())
                QVERIFY2(!button->isEnabled(), qPrintable(button->text()));
        }
        QVERIFY(tickets->filterBar()->moreFiltersButton()->isEnabled());
    }
    if (m_store->isPostgreSql()) {
        m_store->runAsAdmin({QStringLiteral("DROP OWNED BY %1").arg(reader)});
        TestStore::runOnServer({QStringLiteral("DROP ROLE IF EXISTS %1").arg(reader)});
    }
}

void TestConcurrentEdits::opensTheSharedStoreFromTheWindow()
{
    LanguageSwitcher languages(*m_context);
    MainWindow window(*m_context, languages);
    std::unique_ptr<Database> handed;
    window.setStoreHandler([&handed](std::unique_ptr<Database> database) { handed = std::move(database); });
    const QByteArray before = qgetenv("PGPASSWORD");
    const bool wasSet = qEnvironmentVariableIsSet("PGPASSWORD");
    // A password typed for the session reaches the connection only.
    const Status opened = window.openStoreAt(m_store->location(), QStringLiteral("typed-for-this-session"));
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QVERIFY(handed);
    QCOMPARE(handed->engine(), m_mine->engine());
    QCOMPARE(qEnvironmentVariableIsSet("PGPASSWORD"), wasSet);
    QCOMPARE(qgetenv("PGPASSWORD"), before);
    QCOMPARE(StoreDialog::rememberedLocation(), m_store->location());
    QVERIFY(
        !QSettings().value(QStringLiteral("store/location")).toString().contains(u"typed-for-this-session"));
    // What the colleague's connection wrote is there.
    QVERIFY(AccountStore(*m_theirs).add(Account{0, QStringLiteral("Hooli"), QStringLiteral("UTC"), {}}).ok());
    QVERIFY(AccountStore(*handed).findByName(QStringLiteral("Hooli")).ok());
    QSettings().clear();
}

QTEST_MAIN(TestConcurrentEdits)
#include "tst_concurrentedits.moc"
