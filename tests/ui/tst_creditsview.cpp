#include "AccountStore.h"
#include "AppContext.h"
#include "CalendarStore.h"
#include "ClaimDialog.h"
#include "ClaimStore.h"
#include "ClaimTableModel.h"
#include "ContextFixture.h"
#include "CreditTableModel.h"
#include "CreditsView.h"
#include "Database.h"
#include "Formatting.h"
#include "HoursSpec.h"
#include "ProductStore.h"
#include "SpendStore.h"
#include "TicketStore.h"
#include "Timestamp.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <memory>

namespace {

qint64 utc(const char *text)
{
    return parseIsoTimestamp(QString::fromLatin1(text)).value().utcSeconds;
}

} // namespace

class TestCreditsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void creditRowsShowWhatTheMonthOwes();
    void claimClosingWithinAWeekIsHighlighted();
    void claimFiledThroughTheViewShowsItsOutcome();
    void rejectedClaimSaysWhy();

private:
    std::unique_ptr<ContextFixture> m_fixture;
    qint64 m_acmeId = 0;
};

// Acme (UTC, open around the clock) on production all of February 2026 with
// $10,000 spend, and P1 tickets answered after 5 hours against 3: the month
// owes production's fee, 4 % of $10,000 = $400.
void TestCreditsView::init()
{
    m_fixture = std::make_unique<ContextFixture>(utc("2026-03-10T12:00:00Z"));
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));

    Calendar allDay;
    allDay.name = QStringLiteral("Around the clock");
    allDay.timeZoneId = QStringLiteral("UTC");
    allDay.schedule = parseHoursSpec(u"mon-sun 00:00-24:00").value();
    QVERIFY(CalendarStore(m_fixture->database()).add(allDay).ok());
    Account acme;
    acme.name = QStringLiteral("Acme");
    acme.calendarName = allDay.name;
    AccountStore accounts(m_fixture->database());
    const auto id = accounts.add(acme);
    QVERIFY(id.ok());
    m_acmeId = *id;
    QVERIFY(accounts.setPlan(m_acmeId, QStringLiteral("production"), QDate(2026, 1, 1)).ok());
    QVERIFY(SpendStore(m_fixture->database()).set(m_acmeId, {2026, 2}, 1000000).ok());
    QVERIFY(ProductStore(m_fixture->database()).add(QStringLiteral("Voice"), ProductCategory::Ga).ok());
    Ticket ticket;
    ticket.id = QStringLiteral("T1");
    ticket.account = acme.name;
    ticket.subject = QStringLiteral("Calls fail");
    ticket.priority = Priority::P1;
    ticket.product = QStringLiteral("Voice");
    ticket.createdAt = utc("2026-02-10T08:00:00Z");
    ticket.firstResponseAt = ticket.createdAt + 5 * 3600;
    QVERIFY(TicketStore(m_fixture->database()).upsert({ticket}).ok());
}

void TestCreditsView::cleanup()
{
    m_fixture.reset();
}

void TestCreditsView::creditRowsShowWhatTheMonthOwes()
{
    CreditsView view(m_fixture->context());
    QAbstractItemModelTester tester(view.creditModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester claimsTester(view.claimModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setMonths({{2026, 1}, {2026, 2}});
    CreditTableModel *model = view.creditModel();
    QCOMPARE(model->rowCount(), 2);
    // January: no tickets, nothing missed; February owes its fee.
    QCOMPARE(model->creditRow(0).creditCents, 0);
    QCOMPARE(model->claimState(0), CreditTableModel::Claim::NothingOwed);
    QCOMPARE(model->creditRow(1).feeCents, 40000);
    QCOMPARE(model->creditRow(1).creditCents, 40000);
    QCOMPARE(model->index(1, CreditTableModel::Credit).data(Formatting::RawValueRole).toLongLong(), 40000);
    QCOMPARE(model->index(1, CreditTableModel::Credit).data().toString(),
             Formatting::money(m_fixture->context().locale(), 40000));
    QCOMPARE(model->index(1, CreditTableModel::Missed).data().toString(), QStringLiteral("P1"));
    QCOMPARE(model->index(1, CreditTableModel::Deadline).data(Formatting::RawValueRole).toDate(),
             QDate(2026, 3, 30));
    QCOMPARE(model->claimState(1), CreditTableModel::Claim::Open);
    QVERIFY(!model->index(1, CreditTableModel::ClaimState).data(Qt::BackgroundRole).isValid());
}

void TestCreditsView::claimClosingWithinAWeekIsHighlighted()
{
    // February's claims close on 30 March: on the 27th, three days remain.
    m_fixture->context().pinNow(utc("2026-03-27T12:00:00Z"));
    CreditsView view(m_fixture->context());
    view.setMonths({{2026, 2}, {2026, 2}});
    CreditTableModel *model = view.creditModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->claimState(0), CreditTableModel::Claim::ClosingSoon);
    QVERIFY(model->index(0, CreditTableModel::Account).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model->index(0, CreditTableModel::ClaimState).data().toString(),
             QStringLiteral("to claim: closes in 3 days"));
    QVERIFY(model->index(0, CreditTableModel::ClaimState).data(Qt::FontRole).value<QFont>().bold());

    // After the deadline the row says so and is no longer highlighted.
    m_fixture->context().pinNow(utc("2026-03-31T12:00:00Z"));
    view.refresh();
    QCOMPARE(model->claimState(0), CreditTableModel::Claim::Expired);
    QVERIFY(!model->index(0, CreditTableModel::Account).data(Qt::BackgroundRole).isValid());
}

void TestCreditsView::claimFiledThroughTheViewShowsItsOutcome()
{
    CreditsView view(m_fixture->context());
    view.setMonths({{2026, 2}, {2026, 2}});
    view.setAccountName(QStringLiteral("Acme"));
    ClaimDialog *dialog = view.openClaimDialog();
    QCOMPARE(dialog->accountCombo()->currentText(), QStringLiteral("Acme"));
    QCOMPARE(YearMonth::of(dialog->monthEdit()->date()), (YearMonth{2026, 2}));
    QCOMPARE(dialog->filedEdit()->date(), QDate(2026, 3, 10)); // today in the account's zone
    QTest::mouseClick(dialog->fileButton(), Qt::LeftButton);

    QCOMPARE(dialog->outcome(), std::optional<ClaimOutcome>(ClaimOutcome::Accepted));
    QCOMPARE(dialog->creditCents(), 40000);
    const QString accepted = QStringLiteral("Accepted: %1 credited to the account's balance.")
                                 .arg(Formatting::money(m_fixture->context().locale(), 40000));
    QCOMPARE(dialog->outcomeText(), accepted);
    QVERIFY(view.outcomeLabel()->text().contains(accepted));
    // The balance, the claims list and the credit row follow.
    QCOMPARE(ClaimStore(m_fixture->database()).balanceCents(m_acmeId).value(), 40000);
    QVERIFY(view.balanceLabel()->text().contains(Formatting::money(m_fixture->context().locale(), 40000)));
    QCOMPARE(view.claimModel()->rowCount(), 1);
    QCOMPARE(view.claimModel()->index(0, ClaimTableModel::Outcome).data().toString(),
             QStringLiteral("Accepted"));
    QCOMPARE(view.creditModel()->claimState(0), CreditTableModel::Claim::Claimed);
    dialog->close();
}

void TestCreditsView::rejectedClaimSaysWhy()
{
    CreditsView view(m_fixture->context());
    ClaimDialog *dialog = view.openClaimDialog();
    dialog->accountCombo()->setCurrentText(QStringLiteral("Acme"));
    dialog->monthEdit()->setDate(QDate(2026, 3, 1)); // March is not over on 10 March
    QVERIFY(dialog->fileClaim());
    QCOMPARE(dialog->outcome(), std::optional<ClaimOutcome>(ClaimOutcome::MonthNotOver));
    QCOMPARE(dialog->outcomeText(), QStringLiteral("Rejected: The month is not over."));

    dialog->monthEdit()->setDate(QDate(2026, 2, 1));
    QVERIFY(dialog->fileClaim());
    QCOMPARE(dialog->outcome(), std::optional<ClaimOutcome>(ClaimOutcome::Accepted));
    QVERIFY(dialog->fileClaim());
    QCOMPARE(dialog->outcome(), std::optional<ClaimOutcome>(ClaimOutcome::AlreadyClaimed));
    QCOMPARE(dialog->outcomeText(), QStringLiteral("Rejected: Already claimed."));
    // Only the accepted claim counts toward the balance.
    QCOMPARE(ClaimStore(m_fixture->database()).balanceCents(m_acmeId).value(), 40000);
    dialog->close();
}

QTEST_MAIN(TestCreditsView)
#include "tst_creditsview.moc"
