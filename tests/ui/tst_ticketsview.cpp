#include "AccountStore.h"
#include "AppContext.h"
#include "ContextFixture.h"
#include "Database.h"
#include "Formatting.h"
#include "ImportDialog.h"
#include "ProductStore.h"
#include "TableExporter.h"
#include "TicketDialog.h"
#include "TicketFilterBar.h"
#include "TicketStore.h"
#include "TicketTableModel.h"
#include "TicketsView.h"
#include "Timestamp.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>

class TestTicketsView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void logsATicketThroughTheDialogAndShowsIt();
    void refusesAResponseBeforeTheCreation();
    void refusesAWallClockTimeThatDoesNotExist();
    void refusesATicketIdAlreadyUsed();
    void recordsTheFirstResponseOfAnExistingTicket();
    void filtersByAccount();
    void foldedFiltersStillFilterAndAreCounted();
    void exportsTheTableAsShown();
    void importReportsLineAndColumnAndChangesNothing();
    void cancelledImportChangesNothing();
    void entersTimesOnTheChosenClock_data();
    void entersTimesOnTheChosenClock();
    void keepsAnUntouchedTimeToTheSecond_data();
    void keepsAnUntouchedTimeToTheSecond();
    void exportsInstantsWithTheirOffset();

private:
    QString writeFile(const QString &name, const QByteArray &contents) const;
    void logTicket(const QString &account, const QString &id, QDateTime created);

    std::unique_ptr<ContextFixture> m_fixture;
    qint64 m_acme = 0;
};

void TestTicketsView::init()
{
    m_fixture = std::make_unique<ContextFixture>(parseIsoTimestamp(u"2026-03-10T12:00:00Z")->utcSeconds);
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    AccountStore accounts(m_fixture->database());
    m_acme = *accounts.add(Account{0, QStringLiteral("Acme"), QStringLiteral("Europe/Paris"), {}});
    QVERIFY(
        accounts.add(Account{0, QStringLiteral("Blue Harbor"), QStringLiteral("America/New_York"), {}}).ok());
    QVERIFY(ProductStore(m_fixture->database()).add(QStringLiteral("Messaging"), ProductCategory::Ga).ok());
    // Unless a test says otherwise, times are on the account's wall clock,
    // the user being in Paris.
    QVERIFY(m_fixture->context().setUserZone(QStringLiteral("Europe/Paris")));
    m_fixture->context().setTimeMode(TimeDisplay::Mode::AccountZone);
}

void TestTicketsView::cleanup()
{
    m_fixture.reset();
}

QString TestTicketsView::writeFile(const QString &name, const QByteArray &contents) const
{
    const QString path = m_fixture->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(contents);
    return path;
}

void TestTicketsView::logTicket(const QString &account, const QString &id, QDateTime created)
{
    TicketDialog dialog(m_fixture->context());
    dialog.setAccount(account);
    dialog.setTicketId(id);
    dialog.setSubject(QStringLiteral("Webhook callbacks time out"));
    dialog.setPriority(Priority::P2);
    dialog.setProduct(QStringLiteral("Messaging"));
    dialog.setChannel(Channel::Chat);
    dialog.setCreated(created);
    dialog.accept();
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestTicketsView::logsATicketThroughTheDialogAndShowsIt()
{
    TicketsView view(m_fixture->context());
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view.model()->rowCount(), 0);

    // 09:00 on the Paris wall clock in winter is 08:00 UTC.
    logTicket(QStringLiteral("Acme"), QStringLiteral("A-1"), QDateTime(QDate(2026, 3, 2), QTime(9, 0)));

    QTableView *table = view.currentTable();
    QCOMPARE(table->model()->rowCount(), 1);
    const QModelIndex id = table->model()->index(0, TicketTableModel::Id);
    QCOMPARE(id.data().toString(), QStringLiteral("A-1"));
    QCOMPARE(table->model()->index(0, TicketTableModel::Account).data().toString(), QStringLiteral("Acme"));
    QCOMPARE(
        table->model()->index(0, TicketTableModel::Created).data(TicketTableModel::RawValueRole).toLongLong(),
        parseIsoTimestamp(u"2026-03-02T08:00:00Z")->utcSeconds);
    QCOMPARE(table->model()->index(0, TicketTableModel::Channel).data().toString(), QStringLiteral("Chat"));
    QCOMPARE(table->model()->index(0, TicketTableModel::FirstResponse).data().toString(), QString());
}

void TestTicketsView::refusesAResponseBeforeTheCreation()
{
    TicketDialog dialog(m_fixture->context());
    dialog.setAccount(QStringLiteral("Acme"));
    dialog.setTicketId(QStringLiteral("A-2"));
    dialog.setSubject(QStringLiteral("Question about rate limits"));
    dialog.setProduct(QStringLiteral("Messaging"));
    dialog.setCreated(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    dialog.setFirstResponse(QDateTime(QDate(2026, 3, 2), QTime(8, 59)));
    dialog.accept();
    QVERIFY2(dialog.errorText().contains(QStringLiteral("cannot be earlier than the creation")),
             qPrintable(dialog.errorText()));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(TicketStore(m_fixture->database()).count({}).value(), qint64(0));

    dialog.setSubject(QString());
    dialog.setFirstResponse(QDateTime(QDate(2026, 3, 2), QTime(9, 30)));
    dialog.accept();
    QCOMPARE(dialog.errorText(), QStringLiteral("Enter a subject."));
}

void TestTicketsView::refusesAWallClockTimeThatDoesNotExist()
{
    // Paris moves from 02:00 to 03:00 on 29 March 2026.
    TicketDialog dialog(m_fixture->context());
    dialog.setAccount(QStringLiteral("Acme"));
    dialog.setTicketId(QStringLiteral("A-3"));
    dialog.setSubject(QStringLiteral("Night call"));
    dialog.setProduct(QStringLiteral("Messaging"));
    dialog.setCreated(QDateTime(QDate(2026, 3, 29), QTime(2, 30)));
    dialog.accept();
    QVERIFY2(dialog.errorText().contains(QStringLiteral("does not exist in Europe/Paris")),
             qPrintable(dialog.errorText()));
    QCOMPARE(TicketStore(m_fixture->database()).count({}).value(), qint64(0));
}

void TestTicketsView::refusesATicketIdAlreadyUsed()
{
    logTicket(QStringLiteral("Acme"), QStringLiteral("A-1"), QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    TicketDialog dialog(m_fixture->context());
    dialog.setAccount(QStringLiteral("Acme"));
    dialog.setTicketId(QStringLiteral("A-1"));
    dialog.setSubject(QStringLiteral("Another"));
    dialog.setProduct(QStringLiteral("Messaging"));
    dialog.setCreated(QDateTime(QDate(2026, 3, 3), QTime(9, 0)));
    dialog.accept();
    QCOMPARE(dialog.errorText(), QStringLiteral("Acme already has a ticket A-1."));
    // The same id in another account is another ticket.
    logTicket(QStringLiteral("Blue Harbor"), QStringLiteral("A-1"),
              QDateTime(QDate(2026, 3, 3), QTime(9, 0)));
    QCOMPARE(TicketStore(m_fixture->database()).count({}).value(), qint64(2));
}

void TestTicketsView::recordsTheFirstResponseOfAnExistingTicket()
{
    TicketsView view(m_fixture->context());
    logTicket(QStringLiteral("Acme"), QStringLiteral("A-1"), QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    const qint64 rowId = view.model()->rowIdAt(0);
    TicketDialog dialog(m_fixture->context(), rowId);
    dialog.setFirstResponse(QDateTime(QDate(2026, 3, 2), QTime(9, 45)));
    dialog.accept();
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()
                 ->index(0, TicketTableModel::FirstResponse)
                 .data(TicketTableModel::RawValueRole)
                 .toLongLong(),
             parseIsoTimestamp(u"2026-03-02T08:45:00Z")->utcSeconds);
}

void TestTicketsView::filtersByAccount()
{
    TicketsView view(m_fixture->context());
    logTicket(QStringLiteral("Acme"), QStringLiteral("A-1"), QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    logTicket(QStringLiteral("Blue Harbor"), QStringLiteral("B-1"),
              QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    QCOMPARE(view.model()->rowCount(), 2);
    view.filterBar()->setAccount(m_acme);
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->index(0, TicketTableModel::Id).data().toString(), QStringLiteral("A-1"));
    view.filterBar()->setAccount(std::nullopt);
    QCOMPARE(view.model()->rowCount(), 2);
}

void TestTicketsView::foldedFiltersStillFilterAndAreCounted()
{
    TicketsView view(m_fixture->context());
    logTicket(QStringLiteral("Acme"), QStringLiteral("A-1"), QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    logTicket(QStringLiteral("Blue Harbor"), QStringLiteral("B-1"),
              QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    QPushButton *more = view.filterBar()->moreFiltersButton();
    QVERIFY(more->menu());
    QCOMPARE(more->text(), QStringLiteral("More filters"));
    QComboBox *channel = nullptr;
    QComboBox *answered = nullptr;
    for (QComboBox *combo : more->menu()->findChildren<QComboBox *>()) {
        if (combo->findText(Formatting::channel(Channel::Phone)) >= 0)
            channel = combo;
        if (combo->findText(QStringLiteral("Unanswered")) >= 0)
            answered = combo;
    }
    QVERIFY(channel && answered);

    // Both tickets came by chat.
    channel->setCurrentIndex(channel->findData(int(Channel::Phone)));
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(more->text(), QStringLiteral("More filters (1)"));
    channel->setCurrentIndex(channel->findData(int(Channel::Chat)));
    QCOMPARE(view.model()->rowCount(), 2);
    answered->setCurrentIndex(answered->findData(true));
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(more->text(), QStringLiteral("More filters (2)"));
    channel->setCurrentIndex(0);
    answered->setCurrentIndex(0);
    QCOMPARE(view.model()->rowCount(), 2);
    QCOMPARE(more->text(), QStringLiteral("More filters"));
}

void TestTicketsView::exportsTheTableAsShown()
{
    TicketsView view(m_fixture->context());
    logTicket(QStringLiteral("Acme"), QStringLiteral("=A-1"), QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    logTicket(QStringLiteral("Blue Harbor"), QStringLiteral("B-1"),
              QDateTime(QDate(2026, 3, 2), QTime(10, 0)));
    view.filterBar()->setAccount(m_acme);
    view.currentTable()->setColumnHidden(TicketTableModel::Subject, true);
    const QString path = m_fixture->filePath(QStringLiteral("tickets.csv"));
    const Status written = TableExporter::exportTable(*view.currentTable(), path);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, the final newline
    QCOMPARE(lines[0], QByteArray("Ticket,Account,Priority,Product,Channel,Created,First response,Resolved,"
                                  "Response time,Due / time left"));
    // A formula-like id is neutralised for spreadsheets.
    QVERIFY2(lines[1].startsWith("'=A-1,Acme,P2 degraded service,Messaging,Chat,"), lines[1].constData());
}

void TestTicketsView::importReportsLineAndColumnAndChangesNothing()
{
    const QString path =
        writeFile(QStringLiteral("bad.csv"),
                  "id,account,subject,priority,product,channel,created_at,first_response_at,resolved_at\n"
                  "T-1,Acme,Fine,P1,Messaging,email,2026-03-02T09:00:00Z,,\n"
                  "T-2,Acme,Broken,P7,Messaging,email,2026-03-02T09:00:00Z,,\n");
    ImportDialog dialog(m_fixture->context());
    const auto imported = dialog.importFile(path);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.message().contains(QStringLiteral("bad.csv:3")), qPrintable(imported.message()));
    QVERIFY2(imported.message().contains(QStringLiteral("priority")), qPrintable(imported.message()));
    QCOMPARE(TicketStore(m_fixture->database()).count({}).value(), qint64(0));

    const QString good =
        writeFile(QStringLiteral("good.csv"),
                  "id,account,subject,priority,product,channel,created_at,first_response_at,resolved_at\n"
                  "T-1,Acme,Fine,P1,Messaging,email,2026-03-02T09:00:00,,\n"
                  "T-2,Blue Harbor,Also fine,P3,Messaging,web,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z,\n");
    TicketsView view(m_fixture->context());
    const auto done = dialog.importFile(good);
    QVERIFY2(done.ok(), qPrintable(done.message()));
    QCOMPARE(*done, qint64(2));
    QCOMPARE(view.model()->rowCount(), 2);
}

void TestTicketsView::cancelledImportChangesNothing()
{
    const QString good =
        writeFile(QStringLiteral("good.csv"),
                  "id,account,subject,priority,product,channel,created_at,first_response_at,resolved_at\n"
                  "T-1,Acme,Fine,P1,Messaging,email,2026-03-02T09:00:00Z,,\n");
    ImportDialog dialog(m_fixture->context());
    dialog.cancelImport();
    const auto imported = dialog.importFile(good);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.errorKind(), Error::Kind::Cancelled);
    QCOMPARE(TicketStore(m_fixture->database()).count({}).value(), qint64(0));
}

void TestTicketsView::entersTimesOnTheChosenClock_data()
{
    QTest::addColumn<TimeDisplay::Mode>("mode");
    QTest::addColumn<QString>("createdUtc");
    QTest::addColumn<QString>("zoneNote");
    // 09:00 on 2 March: in Paris (CET) 08:00Z, in New York (EST) 14:00Z.
    QTest::newRow("my zone") << TimeDisplay::Mode::UserZone << "2026-03-02T08:00:00Z"
                             << "Times are on the clock of your time zone, Europe/Paris.";
    QTest::newRow("account's zone") << TimeDisplay::Mode::AccountZone << "2026-03-02T14:00:00Z"
                                    << "Times are on the clock of the account's time zone, America/New_York.";
    QTest::newRow("utc") << TimeDisplay::Mode::Utc << "2026-03-02T09:00:00Z"
                         << "Times are in UTC.";
}

void TestTicketsView::entersTimesOnTheChosenClock()
{
    QFETCH(TimeDisplay::Mode, mode);
    QFETCH(QString, createdUtc);
    QFETCH(QString, zoneNote);
    m_fixture->context().setTimeMode(mode);
    TicketsView view(m_fixture->context());
    TicketDialog dialog(m_fixture->context());
    dialog.setAccount(QStringLiteral("Blue Harbor"));
    dialog.setTicketId(QStringLiteral("B-1"));
    dialog.setSubject(QStringLiteral("Callbacks"));
    dialog.setProduct(QStringLiteral("Messaging"));
    dialog.setCreated(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    QStringList notes;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        notes << label->text();
    QVERIFY2(notes.contains(zoneNote), qPrintable(notes.join(u'|')));
    dialog.accept();
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(
        view.model()->index(0, TicketTableModel::Created).data(TicketTableModel::RawValueRole).toLongLong(),
        parseIsoTimestamp(createdUtc)->utcSeconds);
    // Opened again, the dialog shows 09:00 on the same clock.
    TicketDialog opened(m_fixture->context(), view.model()->rowIdAt(0));
    QCOMPARE(opened.ticket()->createdAt, parseIsoTimestamp(createdUtc)->utcSeconds);
    const QDateTimeEdit *created = opened.findChildren<QDateTimeEdit *>().value(0);
    QVERIFY(created);
    QCOMPARE(created->dateTime().time(), QTime(9, 0));
}

void TestTicketsView::keepsAnUntouchedTimeToTheSecond_data()
{
    QTest::addColumn<TimeDisplay::Mode>("mode");
    QTest::addColumn<QString>("noonTheDayBeforeUtc");
    QTest::newRow("my zone") << TimeDisplay::Mode::UserZone << "2026-10-31T11:00:00Z";
    QTest::newRow("account's zone") << TimeDisplay::Mode::AccountZone << "2026-10-31T16:00:00Z";
    QTest::newRow("utc") << TimeDisplay::Mode::Utc << "2026-10-31T12:00:00Z";
}

void TestTicketsView::keepsAnUntouchedTimeToTheSecond()
{
    // New York goes back from 02:00 EDT to 01:00 EST on 1 November 2026:
    // 06:30:27Z is the second 01:30:27 there, and the Paris clock of
    // 25 October's change is not involved. The dialog shows minutes.
    QFETCH(TimeDisplay::Mode, mode);
    QFETCH(QString, noonTheDayBeforeUtc);
    m_fixture->context().setTimeMode(mode);
    Ticket ticket;
    ticket.id = QStringLiteral("B-7");
    ticket.account = QStringLiteral("Blue Harbor");
    ticket.subject = QStringLiteral("Night outage");
    ticket.priority = Priority::P1;
    ticket.product = QStringLiteral("Messaging");
    ticket.createdAt = parseIsoTimestamp(u"2026-11-01T06:30:27Z")->utcSeconds;
    QVERIFY(TicketStore(m_fixture->database()).save(ticket).ok());
    TicketsView view(m_fixture->context());
    const qint64 rowId = view.model()->rowIdAt(0);

    TicketDialog dialog(m_fixture->context(), rowId);
    dialog.setFirstResponse(QDateTime(QDate(2026, 11, 1), QTime(23, 0)));
    dialog.accept();
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(TicketStore(m_fixture->database()).findByRowId(rowId)->ticket.createdAt, ticket.createdAt);

    // A time the user does change is read on the chosen clock.
    TicketDialog moved(m_fixture->context(), rowId);
    moved.setCreated(QDateTime(QDate(2026, 10, 31), QTime(12, 0)));
    QCOMPARE(moved.ticket()->createdAt, parseIsoTimestamp(noonTheDayBeforeUtc)->utcSeconds);
}

void TestTicketsView::exportsInstantsWithTheirOffset()
{
    TicketsView view(m_fixture->context());
    logTicket(QStringLiteral("Acme"), QStringLiteral("A-1"), QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    const QString path = m_fixture->filePath(QStringLiteral("tickets.csv"));
    auto createdInFile = [&]() -> QString {
        const Status written = TableExporter::exportTable(*view.currentTable(), path);
        if (!written)
            return written.message();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return file.errorString();
        const QList<QByteArray> lines = file.readAll().split('\n');
        return QString::fromUtf8(lines.value(1).split(',').value(TicketTableModel::Created));
    };
    QCOMPARE(createdInFile(), QStringLiteral("2026-03-02T09:00:00+01:00"));
    m_fixture->context().setTimeMode(TimeDisplay::Mode::Utc);
    QCOMPARE(createdInFile(), QStringLiteral("2026-03-02T08:00:00Z"));
    // The screen names the zone that is not the user's; the file has the offset.
    QVERIFY2(view.model()->index(0, TicketTableModel::Created).data().toString().endsWith(u" UTC"),
             qPrintable(view.model()->index(0, TicketTableModel::Created).data().toString()));
}

QTEST_MAIN(TestTicketsView)
#include "tst_ticketsview.moc"
