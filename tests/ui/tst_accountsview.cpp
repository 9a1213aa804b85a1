#include "AccountDialog.h"
#include "AccountStore.h"
#include "AccountTableModel.h"
#include "AccountsView.h"
#include "AppContext.h"
#include "Calendar.h"
#include "ClaimStore.h"
#include "ClaimTableModel.h"
#include "ContextFixture.h"
#include "Database.h"
#include "Formatting.h"
#include "PlanHistoryModel.h"
#include "SpendStore.h"
#include "SpendTableModel.h"
#include "Timestamp.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <memory>

class TestAccountsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsAccountsWithPlanAndBalance();
    void planChangesFollowTheAccountsDate();
    void planChangeOnAnyDate();
    void spendIsEditedInDollars();
    void dialogCreatesAccountAndRefusesBadInput();
    void dialogEditsWhatTheCustomersDocumentsNeed();
    void languageChangeRetitlesTheColumns();

private:
    std::unique_ptr<ContextFixture> m_fixture;
    qint64 m_tokyoId = 0;
    qint64 m_parisId = 0;
};

void TestAccountsView::init()
{
    // 31 March, 20:00 UTC: already 1 April in Tokyo (UTC+9), still March in Paris.
    m_fixture =
        std::make_unique<ContextFixture>(parseIsoTimestamp(u"2026-03-31T20:00:00Z").value().utcSeconds);
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    AccountStore accounts(m_fixture->database());
    Account tokyo;
    tokyo.name = QStringLiteral("Kestrel Labs");
    tokyo.timeZoneId = QStringLiteral("Asia/Tokyo");
    Account paris;
    paris.name = QStringLiteral("Acme");
    paris.timeZoneId = QStringLiteral("Europe/Paris");
    m_tokyoId = accounts.add(tokyo).value();
    m_parisId = accounts.add(paris).value();
    QVERIFY(accounts.setPlan(m_parisId, QStringLiteral("enterprise"), QDate(2026, 1, 1)).ok());
    QVERIFY(ClaimStore(m_fixture->database())
                .record(m_parisId, {2026, 1}, QDate(2026, 2, 10), ClaimOutcome::Accepted, 150000)
                .ok());
}

void TestAccountsView::cleanup()
{
    m_fixture.reset();
}

void TestAccountsView::listsAccountsWithPlanAndBalance()
{
    AccountsView view(m_fixture->context());
    AccountTableModel *model = view.accountModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, AccountTableModel::Name).data().toString(), QStringLiteral("Acme"));
    QCOMPARE(model->index(0, AccountTableModel::CurrentPlan).data().toString(), QStringLiteral("Enterprise"));
    QCOMPARE(model->index(0, AccountTableModel::Balance).data(Formatting::RawValueRole).toLongLong(), 150000);
    QCOMPARE(model->index(0, AccountTableModel::Balance).data().toString(), QStringLiteral("$1,500.00"));
    QCOMPARE(model->index(0, AccountTableModel::CalendarName).data().toString(),
             Calendar::vendorDefaultName());
    QCOMPARE(model->index(1, AccountTableModel::CurrentPlan).data().toString(), QStringLiteral("Developer"));

    view.selectAccount(m_parisId);
    QAbstractItemModelTester claimsTester(view.claimModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view.claimModel()->rowCount(), 1);
    QCOMPARE(
        view.claimModel()->index(0, ClaimTableModel::Granted).data(Formatting::RawValueRole).toLongLong(),
        150000);
    QCOMPARE(view.historyModel()->rowCount(), 1);
}

void TestAccountsView::planChangesFollowTheAccountsDate()
{
    AccountsView view(m_fixture->context());
    QAbstractItemModelTester tester(view.historyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    AccountStore accounts(m_fixture->database());

    // "Today" is the account's date: 1 April in Tokyo.
    view.selectAccount(m_tokyoId);
    QVERIFY(view.changePlanFromToday(QStringLiteral("production")));
    QCOMPARE(accounts.planHistory(m_tokyoId).value(),
             (QList<PlanChange>{{QStringLiteral("production"), QDate(2026, 4, 1)}}));
    QVERIFY(view.changePlanFromNextMonth(QStringLiteral("developer")));
    QCOMPARE(accounts.planHistory(m_tokyoId).value().last(),
             (PlanChange{QStringLiteral("developer"), QDate(2026, 5, 1)}));
    QCOMPARE(view.selectedAccountId(), m_tokyoId); // the reload keeps the selection
    QCOMPARE(view.historyModel()->rowCount(), 2);
    QCOMPARE(view.historyModel()->index(0, PlanHistoryModel::Until).data(Formatting::RawValueRole).toDate(),
             QDate(2026, 4, 30));
    QCOMPARE(view.historyModel()->index(1, PlanHistoryModel::PlanName).data().toString(),
             QStringLiteral("Developer"));

    // Still 31 March in Paris: next month is April.
    view.selectAccount(m_parisId);
    QVERIFY(view.changePlanFromToday(QStringLiteral("personalized")));
    QVERIFY(view.changePlanFromNextMonth(QStringLiteral("production")));
    const QList<PlanChange> paris = accounts.planHistory(m_parisId).value();
    QCOMPARE(paris.size(), 3);
    QCOMPARE(paris.at(1), (PlanChange{QStringLiteral("personalized"), QDate(2026, 3, 31)}));
    QCOMPARE(paris.at(2), (PlanChange{QStringLiteral("production"), QDate(2026, 4, 1)}));
}

void TestAccountsView::planChangeOnAnyDate()
{
    AccountsView view(m_fixture->context());
    view.selectAccount(m_parisId);
    QSignalSpy changed(&m_fixture->context(), &AppContext::dataChanged);
    QVERIFY(view.changePlanFrom(QStringLiteral("production"), QDate(2026, 2, 14)));
    QCOMPARE(changed.count(), 1);
    // The same date again replaces the entry.
    QVERIFY(view.changePlanFrom(QStringLiteral("enterprise"), QDate(2026, 2, 14)));
    QCOMPARE(AccountStore(m_fixture->database()).planHistory(m_parisId).value().size(), 2);
    // An unknown plan is refused with the store's message and changes nothing.
    QVERIFY(!view.changePlanFrom(QStringLiteral("platinum"), QDate(2026, 3, 1)));
    QVERIFY(!view.messageLabel()->text().isEmpty());
    QCOMPARE(AccountStore(m_fixture->database()).planHistory(m_parisId).value().size(), 2);
}

void TestAccountsView::spendIsEditedInDollars()
{
    AccountsView view(m_fixture->context());
    view.selectAccount(m_parisId);
    SpendTableModel *model = view.spendModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The twelve months up to March 2026 (Paris), newest first.
    QCOMPARE(model->rowCount(), 12);
    QCOMPARE(model->month(0), (YearMonth{2026, 3}));
    QCOMPARE(model->month(11), (YearMonth{2025, 4}));
    // No spend: enterprise costs its $1,500 minimum.
    QCOMPARE(model->index(0, SpendTableModel::Fee).data(Formatting::RawValueRole).toLongLong(), 150000);

    QVERIFY(model->setData(model->index(0, SpendTableModel::Spend), QStringLiteral("$31,250.50")));
    QCOMPARE(SpendStore(m_fixture->database()).get(m_parisId, {2026, 3}).value(),
             std::optional<qint64>(3125050));
    // 6 % of $31,250.50 = $1,875.03 (half-up), above the minimum. The view
    // reloaded after the save, so look the month up again.
    QCOMPARE(view.spendModel()->index(0, SpendTableModel::Fee).data(Formatting::RawValueRole).toLongLong(),
             187503);
    QCOMPARE(view.spendModel()->index(0, SpendTableModel::Spend).data().toString(),
             QStringLiteral("$31,250.50"));

    QSignalSpy refused(model, &SpendTableModel::editRefused);
    QVERIFY(!model->setData(model->index(1, SpendTableModel::Spend), QStringLiteral("12.345")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(!SpendStore(m_fixture->database()).get(m_parisId, {2026, 2}).value());

    // Cleared: the month has no entry again.
    QVERIFY(model->setData(model->index(0, SpendTableModel::Spend), QString()));
    QVERIFY(!SpendStore(m_fixture->database()).get(m_parisId, {2026, 3}).value());
}

void TestAccountsView::dialogCreatesAccountAndRefusesBadInput()
{
    AccountDialog dialog(m_fixture->context(), Account{});
    dialog.nameEdit()->setText(QStringLiteral("Acme")); // taken
    dialog.zoneCombo()->setCurrentText(QStringLiteral("Europe/Paris"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.errorLabel()->text().isEmpty());

    dialog.nameEdit()->setText(QStringLiteral("Northwind"));
    dialog.zoneCombo()->setCurrentText(QStringLiteral("Mars/Olympus"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("Mars/Olympus")));

    dialog.zoneCombo()->setCurrentText(QStringLiteral("America/Sao_Paulo"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto saved = AccountStore(m_fixture->database()).findByName(QStringLiteral("Northwind"));
    QVERIFY(saved.ok());
    QCOMPARE(saved->timeZoneId, QStringLiteral("America/Sao_Paulo"));
    QCOMPARE(dialog.account().id, saved->id);
}

void TestAccountsView::dialogEditsWhatTheCustomersDocumentsNeed()
{
    const auto stored = AccountStore(m_fixture->database()).findByName(QStringLiteral("Acme"));
    QVERIFY(stored.ok());
    AccountDialog dialog(m_fixture->context(), *stored);
    QCOMPARE(dialog.languageCombo()->currentData().toString(), QStringLiteral("en"));
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("fr")));
    dialog.tamNameEdit()->setText(QStringLiteral(" Élise Martin "));
    dialog.tamEmailEdit()->setText(QStringLiteral("Élise Martin")); // a name where the address goes
    dialog.contactNameEdit()->setText(QStringLiteral("Comptabilité"));
    dialog.contactEmailEdit()->setText(QStringLiteral("compta@acme.example"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("is not an e-mail address")),
             qPrintable(dialog.errorLabel()->text()));

    dialog.tamEmailEdit()->setText(QStringLiteral("elise.martin@vendor.example"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto saved = AccountStore(m_fixture->database()).findById(stored->id);
    QCOMPARE(saved->language, QStringLiteral("fr"));
    QCOMPARE(saved->tamName, QStringLiteral("Élise Martin"));
    QCOMPARE(saved->tamEmail, QStringLiteral("elise.martin@vendor.example"));
    QCOMPARE(saved->contactName, QStringLiteral("Comptabilité"));
    QCOMPARE(saved->contactEmail, QStringLiteral("compta@acme.example"));

    // Opened again, the form shows what was saved.
    AccountDialog again(m_fixture->context(), *saved);
    QCOMPARE(again.languageCombo()->currentText(), QStringLiteral("Français"));
    QCOMPARE(again.contactEmailEdit()->text(), QStringLiteral("compta@acme.example"));
}

void TestAccountsView::languageChangeRetitlesTheColumns()
{
    AccountsView view(m_fixture->context());
    QSignalSpy spy(view.accountModel(), &QAbstractItemModel::headerDataChanged);
    QEvent event(QEvent::LanguageChange);
    QApplication::sendEvent(&view, &event);
    QVERIFY(spy.count() >= 1);
}

QTEST_MAIN(TestAccountsView)
#include "tst_accountsview.moc"
