#include "AccountStore.h"
#include "AppContext.h"
#include "CalendarStore.h"
#include "ContextFixture.h"
#include "Database.h"
#include "Formatting.h"
#include "LanguageSwitcher.h"
#include "ProductStore.h"
#include "TestSupport.h"
#include "TicketStore.h"
#include "TicketTableModel.h"
#include "Timestamp.h"
#include "TwoZoneTickets.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace {

qint64 utc(const char *text)
{
    return parseIsoTimestamp(QString::fromLatin1(text))->utcSeconds;
}

// The locale data may put a narrow or plain no-break space before "PM" or
// inside numbers, depending on the CLDR version: compare with plain spaces.
QString plainSpaces(QString text)
{
    return text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
}

} // namespace

class TestTicketTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passesTheModelTester();
    void pagesEveryRowOnceInEachOrder_data();
    void pagesEveryRowOnceInEachOrder();
    void filtersThroughTheStore();
    void marksBreachedTickets();
    void sortsByResponseTimeAndDue();
    void keepsBreachedTicketsInAnyOrder();
    void defersReadingWhileScrolling();
    void showsTimesOnTheChosenClock();
    void countsDownOnTheClockOfTheTarget();

private:
    void addTickets(int count);
    QList<qint64> storeOrder(TicketSortColumn column, Qt::SortOrder order) const;
    void addTwoCalendarTickets();
    static QStringList ids(const TicketTableModel &model);

    std::unique_ptr<ContextFixture> m_fixture;
    qint64 m_acme = 0;
};

void TestTicketTableModel::init()
{
    m_fixture = std::make_unique<ContextFixture>(utc("2026-03-02T20:00:00Z"));
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    AccountStore accounts(m_fixture->database());
    m_acme = *accounts.add(Account{0, QStringLiteral("Acme"), QStringLiteral("Europe/Paris"), {}});
    QVERIFY(accounts.add(Account{0, QStringLiteral("Blue Harbor"), QStringLiteral("UTC"), {}}).ok());
    QVERIFY(accounts.setPlan(m_acme, QStringLiteral("production"), QDate(2026, 1, 1)).ok());
    ProductStore products(m_fixture->database());
    QVERIFY(products.add(QStringLiteral("Messaging"), ProductCategory::Ga).ok());
    QVERIFY(products.add(QStringLiteral("Number Porting"), ProductCategory::SpecialistTeam).ok());
}

void TestTicketTableModel::cleanup()
{
    m_fixture.reset();
}

void TestTicketTableModel::addTickets(int count)
{
    QList<Ticket> tickets;
    const qint64 start = utc("2026-01-05T09:00:00Z");
    for (int i = 0; i < count; ++i) {
        Ticket t;
        t.id = QStringLiteral("T-%1").arg(i % 37 * 1000 + i); // ids out of creation order
        t.account = i % 3 == 0 ? QStringLiteral("Blue Harbor") : QStringLiteral("Acme");
        t.subject = QStringLiteral("Subject %1").arg((i * 7919) % count);
        t.priority = AllPriorities[i % 3];
        t.product = i % 5 == 0 ? QStringLiteral("Number Porting") : QStringLiteral("Messaging");
        t.channel = AllChannels[i % 4];
        // Many equal creation times, so the row id must break ties.
        t.createdAt = start + (i / 4) * 3600;
        if (i % 4 != 0)
            t.firstResponseAt = t.createdAt + (i % 11) * 900;
        if (i % 6 == 1)
            t.resolvedAt = t.createdAt + 86400;
        tickets << t;
    }
    const Status written = TicketStore(m_fixture->database()).upsert(tickets);
    QVERIFY2(written.ok(), qPrintable(written.message()));
}

QList<qint64> TestTicketTableModel::storeOrder(TicketSortColumn column, Qt::SortOrder order) const
{
    QList<qint64> ids;
    for (const TicketRow &row :
         TicketStore(m_fixture->database()).page({}, column, order, std::nullopt, 100000).value())
        ids << row.rowId;
    return ids;
}

void TestTicketTableModel::passesTheModelTester()
{
    addTickets(450);
    TicketTableModel model(m_fixture->context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(model.columnCount(), int(TicketTableModel::ColumnCount));
    model.sort(TicketTableModel::Subject, Qt::AscendingOrder);
    model.setFilter(TicketFilter{m_acme, {}, {}, {}, {}, {}, {}, {}});
    QCOMPARE(model.rowCount(), 300);
    model.retranslate();
    model.reload();
    model.sort(TicketTableModel::ResponseTime, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 300);
    model.sort(TicketTableModel::Due, Qt::DescendingOrder);
    model.setFilter({}, true);
    model.sort(TicketTableModel::Subject, Qt::AscendingOrder);
    model.reload();
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, TicketTableModel::Id).data(TicketTableModel::BreachedRole).toBool(), true);
}

void TestTicketTableModel::pagesEveryRowOnceInEachOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("storeColumn");
    QTest::addColumn<Qt::SortOrder>("order");
    const QList<std::pair<int, TicketSortColumn>> columns{
        {TicketTableModel::Id, TicketSortColumn::TicketId},
        {TicketTableModel::Account, TicketSortColumn::Account},
        {TicketTableModel::Subject, TicketSortColumn::Subject},
        {TicketTableModel::Priority, TicketSortColumn::Priority},
        {TicketTableModel::Product, TicketSortColumn::Product},
        {TicketTableModel::Channel, TicketSortColumn::Channel},
        {TicketTableModel::Created, TicketSortColumn::CreatedAt},
        {TicketTableModel::FirstResponse, TicketSortColumn::FirstResponseAt},
        {TicketTableModel::Resolved, TicketSortColumn::ResolvedAt},
    };
    for (const auto &[column, storeColumn] : columns) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QTest::addRow("%d %s", column, order == Qt::AscendingOrder ? "ascending" : "descending")
                << column << int(storeColumn) << order;
        }
    }
}

void TestTicketTableModel::pagesEveryRowOnceInEachOrder()
{
    QFETCH(int, column);
    QFETCH(int, storeColumn);
    QFETCH(Qt::SortOrder, order);
    const int count = 5 * TicketTableModel::BlockSize + 57; // a partial last block
    addTickets(count);
    TicketTableModel model(m_fixture->context());
    model.sort(column == TicketTableModel::Created ? TicketTableModel::Id : TicketTableModel::Created);
    model.sort(column, order);
    QCOMPARE(model.rowCount(), count);

    // Jump to the end first, then to the middle, as a dragged scroll bar
    // does: those blocks are reached from the far end of the order.
    const QList<qint64> expected = storeOrder(TicketSortColumn(storeColumn), order);
    QCOMPARE(expected.size(), count);
    QCOMPARE(model.rowIdAt(count - 1), expected.last());
    QCOMPARE(model.rowIdAt(count / 2), expected.at(count / 2));
    QCOMPARE(model.rowIdAt(3 * TicketTableModel::BlockSize + 1),
             expected.at(3 * TicketTableModel::BlockSize + 1));

    QList<qint64> seen;
    QSet<qint64> unique;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id =
            model.index(row, TicketTableModel::Id).data(TicketTableModel::RowIdRole).toLongLong();
        seen << id;
        unique.insert(id);
    }
    QCOMPARE(unique.size(), count);
    QCOMPARE(seen, expected);

    // Far jumps found from the key at their position (counted in creation
    // order, read from the sort values in the others) instead of walked:
    // the same rows as reading on from the top.
    TicketTableModel counted(m_fixture->context());
    counted.setSeekByCountAbove(0);
    counted.sort(column, order);
    QCOMPARE(counted.rowIdAt(count / 2), expected.at(count / 2));
    QCOMPARE(counted.rowIdAt(count - 1), expected.last());
    QCOMPARE(counted.rowIdAt(3 * TicketTableModel::BlockSize + 7),
             expected.at(3 * TicketTableModel::BlockSize + 7));
    for (int row = 0; row < count; row += 13)
        QCOMPARE(counted.rowIdAt(row), expected.at(row));
}

void TestTicketTableModel::filtersThroughTheStore()
{
    addTickets(300);
    TicketTableModel model(m_fixture->context());
    TicketFilter filter;
    filter.priority = Priority::P1;
    filter.answered = false;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), int(TicketStore(m_fixture->database()).count(filter).value()));
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, TicketTableModel::Priority).data(TicketTableModel::RawValueRole).toInt(),
                 0);
        QVERIFY(
            model.index(row, TicketTableModel::FirstResponse).data(TicketTableModel::RawValueRole).isNull());
    }
}

void TestTicketTableModel::marksBreachedTickets()
{
    // Acme is on Production: P1 is due within 3 business hours on the
    // vendor's calendar (Los Angeles, 06:00-18:00). Created at 08:00 PST,
    // it falls due at 11:00 PST = 19:00Z; "now" is 20:00Z.
    const qint64 created = utc("2026-03-02T16:00:00Z");
    auto ticket = [&](const char *id, std::optional<qint64> response) {
        return Ticket{QString::fromLatin1(id),
                      QStringLiteral("Acme"),
                      QStringLiteral("Down"),
                      Priority::P1,
                      QStringLiteral("Messaging"),
                      Channel::Phone,
                      created,
                      response,
                      std::nullopt};
    };
    QVERIFY(TicketStore(m_fixture->database())
                .upsert({ticket("open", std::nullopt), ticket("quick", utc("2026-03-02T18:30:00Z")),
                         ticket("late", utc("2026-03-02T19:30:00Z"))})
                .ok());
    TicketTableModel model(m_fixture->context());
    model.sort(TicketTableModel::Id, Qt::AscendingOrder); // late, open, quick
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, TicketTableModel::Id).data().toString(), QStringLiteral("late"));
    QCOMPARE(model.index(0, 0).data(TicketTableModel::BreachedRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(TicketTableModel::BreachedRole).toBool(), true);
    QCOMPARE(model.index(2, 0).data(TicketTableModel::BreachedRole).toBool(), false);
    QCOMPARE(model.index(0, TicketTableModel::Id).data(Qt::FontRole).value<QFont>().bold(), true);
    QCOMPARE(model.index(2, TicketTableModel::Id).data(Qt::FontRole).isValid(), false);

    const qint64 due = utc("2026-03-02T19:00:00Z");
    QCOMPARE(model.index(1, TicketTableModel::Due).data(TicketTableModel::RawValueRole).toLongLong(), due);
    QCOMPARE(model.index(2, TicketTableModel::ResponseTime).data(TicketTableModel::RawValueRole).toLongLong(),
             qint64(150 * 60));
    QCOMPARE(model.index(2, TicketTableModel::ResponseTime).data().toString(), QStringLiteral("2 h 30 min"));
    QVERIFY2(model.index(1, TicketTableModel::Due).data().toString().contains(QStringLiteral("1 h late")),
             qPrintable(model.index(1, TicketTableModel::Due).data().toString()));

    model.setFilter({}, true);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, TicketTableModel::Id).data().toString(), QStringLiteral("late"));
    QCOMPARE(model.index(1, TicketTableModel::Id).data().toString(), QStringLiteral("open"));
}

void TestTicketTableModel::addTwoCalendarTickets()
{
    // Acme, Blue Harbor and Messaging come from init(); Kaiju, its Tokyo
    // calendar and the tickets from TwoZoneTickets (worked out by hand there).
    const Status added = TwoZoneTickets::addKaiju(m_fixture->database());
    QVERIFY2(added.ok(), qPrintable(added.message()));
    const QList<Ticket> tickets = TwoZoneTickets::tickets();
    const Status written = TicketStore(m_fixture->database()).upsert(tickets);
    QVERIFY2(written.ok(), qPrintable(written.message()));
}

QStringList TestTicketTableModel::ids(const TicketTableModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, TicketTableModel::Id).data().toString();
    return ids;
}

void TestTicketTableModel::sortsByResponseTimeAndDue()
{
    addTwoCalendarTickets();
    TicketTableModel model(m_fixture->context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(TicketTableModel::isSortable(TicketTableModel::ResponseTime));
    QVERIFY(TicketTableModel::isSortable(TicketTableModel::Due));

    // Answered by their time on the target's clock, then the unanswered in
    // the order they were stored.
    model.sort(TicketTableModel::ResponseTime, Qt::AscendingOrder);
    QCOMPARE(model.sortColumn(), int(TicketTableModel::ResponseTime));
    const QStringList byResponse = TestSupport::words({"B1", "K2", "A1", "K1", "A4", "A2", "A3", "K3", "B2"});
    QCOMPARE(ids(model), byResponse);
    QCOMPARE(model.index(3, TicketTableModel::ResponseTime).data(TicketTableModel::RawValueRole).toLongLong(),
             qint64(3 * 3600));
    model.sort(TicketTableModel::ResponseTime, Qt::DescendingOrder);
    QStringList reversed = byResponse;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(ids(model), reversed);

    // Answered, then unanswered, each by due time (ties by row), then the
    // tickets without a target.
    model.sort(TicketTableModel::Due, Qt::AscendingOrder);
    QCOMPARE(ids(model), TestSupport::words({"A1", "A4", "K1", "K2", "A2", "A3", "K3", "B1", "B2"}));
    QCOMPARE(model.index(2, TicketTableModel::Due).data(TicketTableModel::RawValueRole).toLongLong(),
             utc("2026-03-03T01:00:00Z"));
    QCOMPARE(model.index(6, TicketTableModel::Due).data(TicketTableModel::RawValueRole).toLongLong(),
             utc("2026-03-03T05:00:00Z"));

    // A filter applies to the derived order as well.
    TicketFilter unanswered;
    unanswered.answered = false;
    model.setFilter(unanswered);
    QCOMPARE(ids(model), TestSupport::words({"A2", "A3", "K3", "B2"}));
}

void TestTicketTableModel::keepsBreachedTicketsInAnyOrder()
{
    addTwoCalendarTickets();
    TicketTableModel model(m_fixture->context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({}, true);
    QCOMPARE(model.rowCount(), 2);
    // Creation, newest first; equal times by row, last stored first.
    QCOMPARE(ids(model), TestSupport::words({"A4", "A2"}));
    model.sort(TicketTableModel::Id, Qt::AscendingOrder);
    QCOMPARE(ids(model), TestSupport::words({"A2", "A4"}));
    model.sort(TicketTableModel::ResponseTime, Qt::DescendingOrder);
    QCOMPARE(ids(model), TestSupport::words({"A2", "A4"}));
    model.sort(TicketTableModel::Due, Qt::AscendingOrder);
    QCOMPARE(ids(model), TestSupport::words({"A4", "A2"}));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(TicketTableModel::BreachedRole).toBool(), true);
    TicketFilter kaiju;
    kaiju.text = QStringLiteral("K");
    model.setFilter(kaiju, true);
    QCOMPARE(model.rowCount(), 0);
}

void TestTicketTableModel::defersReadingWhileScrolling()
{
    addTickets(3 * TicketTableModel::BlockSize);
    TicketTableModel model(m_fixture->context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString first = model.index(0, TicketTableModel::Id).data().toString();
    QVERIFY(!first.isEmpty());
    model.setDeferLoading(true);
    // A block already read still shows; one never read stays blank.
    QCOMPARE(model.index(1, TicketTableModel::Id).data().isValid(), true);
    const int far = 2 * TicketTableModel::BlockSize + 5;
    QCOMPARE(model.index(far, TicketTableModel::Id).data().isValid(), false);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDeferLoading(false);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(far, TicketTableModel::Id).data().isValid(), true);
}

void TestTicketTableModel::showsTimesOnTheChosenClock()
{
    // The user is in Paris (CET, +1 in March); Pacific in Los Angeles (PST, -8).
    AppContext &context = m_fixture->context();
    QVERIFY(context.setUserZone(QStringLiteral("Europe/Paris")));
    QVERIFY(AccountStore(m_fixture->database())
                .add(Account{0, QStringLiteral("Pacific"), QStringLiteral("America/Los_Angeles"), {}})
                .ok());
    Ticket ticket{QStringLiteral("P-1"),
                  QStringLiteral("Pacific"),
                  QStringLiteral("Night shift"),
                  Priority::P3,
                  QStringLiteral("Messaging"),
                  Channel::Email,
                  utc("2026-03-02T06:11:00Z"),
                  utc("2026-03-02T07:41:00Z"),
                  std::nullopt};
    QVERIFY(TicketStore(m_fixture->database()).upsert({ticket}).ok());
    TicketTableModel model(context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex created = model.index(0, TicketTableModel::Created);
    const QModelIndex answered = model.index(0, TicketTableModel::FirstResponse);
    auto shown = [](const QModelIndex &index, int role = Qt::DisplayRole) {
        return plainSpaces(index.data(role).toString());
    };

    QCOMPARE(shown(created), QStringLiteral("3/2/2026 7:11 AM"));
    QCOMPARE(shown(created, Formatting::ExportTextRole), QStringLiteral("2026-03-02T07:11:00+01:00"));
    QCOMPARE(shown(created, Qt::ToolTipRole),
             QStringLiteral("Your time zone (Europe/Paris): 3/2/2026 7:11 AM\n"
                            "The account's time zone (America/Los_Angeles): 3/1/2026 10:11 PM PST"));
    QCOMPARE(model.headerData(TicketTableModel::Created, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("In your time zone, Europe/Paris"));

    // Every time changes at once, none of the values the table sorts by.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    context.setTimeMode(TimeDisplay::Mode::AccountZone);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(headers.size(), 1);
    QCOMPARE(shown(created), QStringLiteral("3/1/2026 10:11 PM PST"));
    QCOMPARE(shown(answered), QStringLiteral("3/1/2026 11:41 PM PST"));
    QCOMPARE(shown(created, Formatting::ExportTextRole), QStringLiteral("2026-03-01T22:11:00-08:00"));
    QCOMPARE(shown(created, Qt::ToolTipRole),
             QStringLiteral("The account's time zone (America/Los_Angeles): 3/1/2026 10:11 PM PST\n"
                            "Your time zone (Europe/Paris): 3/2/2026 7:11 AM"));
    QCOMPARE(model.headerData(TicketTableModel::Created, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("In each account's time zone"));

    context.setTimeMode(TimeDisplay::Mode::Utc);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(shown(created), QStringLiteral("3/2/2026 6:11 AM UTC"));
    QCOMPARE(shown(created, Formatting::ExportTextRole), QStringLiteral("2026-03-02T06:11:00Z"));
    QCOMPARE(created.data(TicketTableModel::RawValueRole).toLongLong(), ticket.createdAt);

    // French writes 24-hour times, and names the zone the same way.
    LanguageSwitcher languages(context);
    QVERIFY(languages.switchTo(QStringLiteral("fr"), false));
    QCOMPARE(shown(created), QStringLiteral("02/03/2026 06:11 UTC"));
    context.setTimeMode(TimeDisplay::Mode::AccountZone);
    QCOMPARE(shown(created), QStringLiteral("01/03/2026 22:11 PST"));
    QVERIFY(languages.switchTo(QStringLiteral("en"), false));
}

void TestTicketTableModel::countsDownOnTheClockOfTheTarget()
{
    // Acme is on Production: P1 within 3 business hours of the vendor's
    // calendar, Los Angeles 06:00-18:00. Pacific is on Enterprise: P1 within
    // 60 minutes around the clock. "Now" is Monday 2 March, 16:50 PST.
    AppContext &context = m_fixture->context();
    context.pinNow(utc("2026-03-03T00:50:00Z"));
    AccountStore accounts(m_fixture->database());
    const auto pacific =
        accounts.add(Account{0, QStringLiteral("Pacific"), QStringLiteral("America/Los_Angeles"), {}});
    QVERIFY(pacific.ok());
    QVERIFY(accounts.setPlan(*pacific, QStringLiteral("enterprise"), QDate(2026, 1, 1)).ok());
    auto ticket = [](const char *id, const char *account, const char *created) {
        return Ticket{QString::fromLatin1(id),
                      QString::fromLatin1(account),
                      QStringLiteral("Down"),
                      Priority::P1,
                      QStringLiteral("Messaging"),
                      Channel::Phone,
                      utc(created),
                      std::nullopt,
                      std::nullopt};
    };
    QVERIFY(TicketStore(m_fixture->database())
                .upsert({// 16:00 PST: two hours today, one tomorrow from 06:00.
                         ticket("evening", "Acme", "2026-03-03T00:00:00Z"),
                         // 10:50 PST: due 13:50, three hours ago.
                         ticket("morning", "Acme", "2026-03-02T18:50:00Z"),
                         // 16:30 PST, due at 17:30 whatever the hours.
                         ticket("around the clock", "Pacific", "2026-03-03T00:30:00Z")})
                .ok());
    TicketTableModel model(context);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(TicketTableModel::Due, Qt::AscendingOrder);
    QCOMPARE(ids(model), TestSupport::words({"morning", "around the clock", "evening"}));
    auto due = [&](int row, int role = Qt::DisplayRole) {
        return plainSpaces(model.index(row, TicketTableModel::Due).data(role).toString());
    };
    // 14 hours 10 minutes of real time, of which 2 h 10 min are open.
    QCOMPARE(due(2), QStringLiteral("in 2 h 10 min"));
    QCOMPARE(due(0), QStringLiteral("3 h late"));
    QCOMPARE(due(1), QStringLiteral("in 40 min"));
    QCOMPARE(model.index(2, TicketTableModel::Due).data(TicketTableModel::RawValueRole).toLongLong(),
             utc("2026-03-03T15:00:00Z"));
    QVERIFY2(
        due(2, Qt::ToolTipRole)
            .endsWith(QStringLiteral("Counted in business hours of the calendar «Vendor support hours»")),
        qPrintable(due(2, Qt::ToolTipRole)));
    QVERIFY2(due(2, Qt::ToolTipRole).contains(QStringLiteral("3/3/2026 3:00 PM")),
             qPrintable(due(2, Qt::ToolTipRole)));
    QVERIFY2(due(0, Qt::ToolTipRole).startsWith(QStringLiteral("Response guarantee missed\n")),
             qPrintable(due(0, Qt::ToolTipRole)));
    QVERIFY2(due(1, Qt::ToolTipRole).endsWith(QStringLiteral("(24/7)")), qPrintable(due(1, Qt::ToolTipRole)));
    // A file gets the deadline itself as well as how far it is.
    QCOMPARE(due(2, Formatting::ExportTextRole), QStringLiteral("2026-03-03T15:00:00+00:00 (in 2 h 10 min)"));

    LanguageSwitcher languages(context);
    QVERIFY(languages.switchTo(QStringLiteral("fr"), false));
    QCOMPARE(due(2), QStringLiteral("dans 2 h 10 min"));
    QCOMPARE(due(0), QStringLiteral("3 h de retard"));
    QVERIFY(languages.switchTo(QStringLiteral("en"), false));
}

QTEST_MAIN(TestTicketTableModel)
#include "tst_tickettablemodel.moc"
