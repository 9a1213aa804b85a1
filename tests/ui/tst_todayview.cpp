#include "AccountStore.h"
#include "CalendarStore.h"
#include "ContextFixture.h"
#include "Formatting.h"
#include "HoursSpec.h"
#include "ProductStore.h"
#include "RiskMonitor.h"
#include "RiskTableModel.h"
#include "SpendStore.h"
#include "TicketStore.h"
#include "Timestamp.h"
#include "TodayView.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

qint64 utc(const char *text)
{
    return parseIsoTimestamp(QString::fromLatin1(text)).value().utcSeconds;
}

} // namespace

// The store of tst_cli_risk, through the store's classes: an office open
// 09:00-17:00 UTC on weekdays and closed on 26 November 2026; Acme on
// Production (P1 3 business hours) with one open P1 since Wednesday 13:00,
// Borealis on Enterprise (P1 one hour 24/7) already over its P1 target.
class TestTodayView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mostUrgentFirstWithWhatWouldHelp();
    void openTicketsLeadToTheTicket();
    void theClockMovesTheBudgetWithoutARead();
    void aChangeToTheStoreIsReadByItself();
    void speaksFrench();

private:
    void addTicket(const char *id, const char *account, const char *created, const char *response = nullptr);
    std::unique_ptr<ContextFixture> m_fixture;
};

void TestTodayView::init()
{
    m_fixture = std::make_unique<ContextFixture>(utc("2026-11-25T15:00:00Z"));
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    Database &store = m_fixture->database();
    Calendar office;
    office.name = u"Office"_s;
    office.timeZoneId = u"UTC"_s;
    office.schedule = parseHoursSpec(u"mon-fri 09:00-17:00").value();
    HolidayRule thanksgiving;
    thanksgiving.date = QDate(2026, 11, 26);
    office.holidays << thanksgiving;
    QVERIFY(CalendarStore(store).add(office).ok());
    AccountStore accounts(store);
    for (const auto &[name, plan, spend] : {std::tuple{u"Acme"_s, u"production"_s, qint64(1'000'000)},
                                            std::tuple{u"Borealis"_s, u"enterprise"_s, qint64(4'000'000)}}) {
        Account account;
        account.name = name;
        account.calendarName = office.name;
        const auto id = accounts.add(account);
        QVERIFY(id.ok());
        QVERIFY(accounts.setPlan(*id, plan, QDate(2026, 1, 1)).ok());
        QVERIFY(SpendStore(store).set(*id, {2026, 11}, spend).ok());
    }
    QVERIFY(ProductStore(store).add(u"Messaging"_s, ProductCategory::Ga).ok());
    addTicket("A1", "Acme", "2026-11-23T10:00:00Z", "2026-11-23T11:00:00Z");
    addTicket("A2", "Acme", "2026-11-24T16:00:00Z", "2026-11-25T10:00:00Z");
    addTicket("A3", "Acme", "2026-11-25T13:00:00Z");
    addTicket("B1", "Borealis", "2026-11-24T09:00:00Z", "2026-11-24T12:00:00Z");
    addTicket("B2", "Borealis", "2026-11-25T09:00:00Z", "2026-11-25T09:10:00Z");
}

void TestTodayView::addTicket(const char *id, const char *account, const char *created, const char *response)
{
    Ticket ticket;
    ticket.id = QString::fromLatin1(id);
    ticket.account = QString::fromLatin1(account);
    ticket.subject = u"Ticket "_s + ticket.id;
    ticket.priority = Priority::P1;
    ticket.product = u"Messaging"_s;
    ticket.createdAt = utc(created);
    if (response)
        ticket.firstResponseAt = utc(response);
    QVERIFY(TicketStore(m_fixture->database()).upsert({ticket}).ok());
}

void TestTodayView::cleanup()
{
    m_fixture.reset();
}

void TestTodayView::mostUrgentFirstWithWhatWouldHelp()
{
    RiskMonitor monitor(m_fixture->context());
    TodayView view(m_fixture->context(), monitor);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    monitor.reread();
    monitor.waitForRead();
    QVERIFY(!monitor.failure());

    RiskTableModel *model = view.model();
    QCOMPARE(model->rowCount(), 2);
    const auto text = [model](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(text(0, RiskTableModel::Account), u"Borealis"_s);
    QCOMPARE(text(0, RiskTableModel::State), u"Broken"_s);
    QCOMPARE(text(0, RiskTableModel::Breaks), u"Already over"_s);
    QCOMPARE(text(0, RiskTableModel::CreditAtStake), u"$2,400.00"_s);
    QCOMPARE(text(0, RiskTableModel::Advice),
             u"The P1 average returns under 1 h only if the next 2 tickets are answered within 15 min."_s);
    QVERIFY(model->index(0, 0).data(Qt::BackgroundRole).isValid());
    // Acme breaks on Friday 11:00:01 (44 h of real time away): safe with a
    // 4-hour horizon, nothing to do yet.
    QCOMPARE(text(1, RiskTableModel::Account), u"Acme"_s);
    QCOMPARE(text(1, RiskTableModel::State), u"Safe"_s);
    QCOMPARE(text(1, RiskTableModel::OpenTickets), u"1"_s);
    QCOMPARE(model->index(1, RiskTableModel::Breaks).data(Formatting::RawValueRole).toLongLong(),
             utc("2026-11-27T11:00:01Z"));
    QVERIFY(text(1, RiskTableModel::Advice).isEmpty());
    QVERIFY(!model->index(1, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY2(view.summary()->text().startsWith(
                 u"Credits at risk this month: $2,400.00 (accounts at risk or broken: 1), of "
                 "which $2,400.00 already owed"_s),
             qPrintable(view.summary()->text()));
}

void TestTodayView::openTicketsLeadToTheTicket()
{
    RiskMonitor monitor(m_fixture->context());
    TodayView view(m_fixture->context(), monitor);
    monitor.reread();
    monitor.waitForRead();
    view.showAccount(1); // Acme
    QStandardItemModel *open = view.openTickets();
    QCOMPARE(open->rowCount(), 1);
    QCOMPARE(open->item(0, 0)->text(), u"A3"_s);
    QCOMPARE(open->item(0, 2)->text(), u"Ticket A3"_s);
    QCOMPARE(open->item(0, 4)->text(), u"2 h 00 min"_s);
    // A tick of the clock orders the rows again and keeps the account shown.
    monitor.reassess();
    QCOMPARE(open->rowCount(), 1);
    QCOMPARE(open->item(0, 0)->text(), u"A3"_s);
    QSignalSpy requested(&view, &TodayView::ticketRequested);
    const qint64 rowId = open->item(0, 0)->data(Formatting::RawValueRole).toLongLong();
    QVERIFY(rowId > 0);
    QVERIFY(TicketStore(m_fixture->database()).findByRowId(rowId)->ticket.id == u"A3"_s);
    QTableView *table = nullptr;
    for (QTableView *candidate : view.findChildren<QTableView *>()) {
        if (candidate->model() == open)
            table = candidate;
    }
    QVERIFY(table);
    emit table->activated(open->index(0, 0));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toLongLong(), rowId);
}

// On Friday at 10:00, with A3 still open, the budget has shrunk by the
// business hours since (Wednesday 15:00-17:00, Friday 09:00-10:00) without a
// read; an hour and a second later Acme is broken.
void TestTodayView::theClockMovesTheBudgetWithoutARead()
{
    RiskMonitor monitor(m_fixture->context());
    monitor.reread();
    monitor.waitForRead();
    m_fixture->context().pinNow(utc("2026-11-27T10:00:00Z"));
    QSignalSpy changed(&monitor, &RiskMonitor::changed);
    monitor.reassess();
    QCOMPARE(changed.size(), 1);
    QVERIFY(!monitor.isReading());
    const AccountRisk &acme = monitor.risks().at(1);
    QCOMPARE(acme.account, u"Acme"_s);
    // 8 h used of 9 h: at risk, breaking 1 h and 1 s later.
    QCOMPARE(acme.state, RiskState::AtRisk);
    QCOMPARE(acme.breaksAt, utc("2026-11-27T11:00:01Z"));
    m_fixture->context().pinNow(utc("2026-11-27T11:00:01Z"));
    monitor.reassess();
    // Both broken: the larger credit first.
    QCOMPARE(monitor.risks().at(0).account, u"Borealis"_s);
    QCOMPARE(monitor.risks().at(1).account, u"Acme"_s);
    QCOMPARE(monitor.risks().at(1).state, RiskState::Broken);
    QCOMPARE(monitor.risks().at(1).creditOwedCents, 40'000);
}

void TestTodayView::aChangeToTheStoreIsReadByItself()
{
    RiskMonitor monitor(m_fixture->context());
    TodayView view(m_fixture->context(), monitor);
    monitor.reread();
    monitor.waitForRead();
    QCOMPARE(view.model()->risk(1).state, RiskState::Safe);
    // A second open P1 since 14:00 shares the headroom: at risk.
    addTicket("A4", "Acme", "2026-11-25T14:00:00Z");
    m_fixture->context().notifyDataChanged();
    QVERIFY(monitor.isReading());
    monitor.waitForRead();
    QCOMPARE(view.model()->risk(1).account, u"Acme"_s);
    QCOMPARE(view.model()->risk(1).state, RiskState::AtRisk);
}

void TestTodayView::speaksFrench()
{
    m_fixture->context().setLanguageCode(u"fr"_s);
    RiskMonitor monitor(m_fixture->context());
    TodayView view(m_fixture->context(), monitor);
    monitor.reread();
    monitor.waitForRead();
    QCOMPARE(view.model()->index(0, RiskTableModel::CreditAtStake).data().toString(),
             u"2\u202f400,00\u00a0$"_s);
}

QTEST_MAIN(TestTodayView)
#include "tst_todayview.moc"
