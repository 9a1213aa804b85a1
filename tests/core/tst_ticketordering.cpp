#include "AccountStore.h"
#include "CalendarStore.h"
#include "Database.h"
#include "FactsLoader.h"
#include "ProductStore.h"
#include "StoreFixture.h"
#include "TestSupport.h"
#include "TicketDeadlines.h"
#include "TicketOrdering.h"
#include "TicketStore.h"
#include "Timestamp.h"
#include "TwoZoneTickets.h"

#include <QHash>
#include <QTest>
#include <algorithm>

namespace {

qint64 utc(const char *text)
{
    return parseIsoTimestamp(QString::fromLatin1(text))->utcSeconds;
}

} // namespace

// The orders of the ticket table that depend on each account's calendar and
// plan, worked out by hand on two calendars in two zones.
class TestTicketOrdering : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ordersByResponseTime();
    void ordersByDueTime();
    void keepsBreachedTicketsInTheStoreOrder();
    void changesBetweenOrdersWithTheSameResult();
    void readsRowsByIdInTheOrderGiven();
    void findsTheKeyAtAPosition_data();
    void findsTheKeyAtAPosition();

private:
    QStringList ticketIds(const std::vector<qint64> &rowIds) const;

    std::unique_ptr<StoreFixture> m_fixture;
    std::unique_ptr<TicketDeadlines> m_deadlines;
    QHash<qint64, QString> m_idByRow;
    const qint64 m_now = TwoZoneTickets::now();
};

void TestTicketOrdering::init()
{
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));

    // The accounts, calendars and tickets of TwoZoneTickets (worked out
    // by hand there).
    Status added = TwoZoneTickets::addAcmeBlueHarborAndProduct(m_fixture->database());
    QVERIFY2(added.ok(), qPrintable(added.message()));
    added = TwoZoneTickets::addKaiju(m_fixture->database());
    QVERIFY2(added.ok(), qPrintable(added.message()));
    const QList<Ticket> tickets = TwoZoneTickets::tickets();
    const Status written = TicketStore(m_fixture->database()).upsert(tickets);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    for (const TicketRow &row :
         TicketStore(m_fixture->database())
             .page({}, TicketSortColumn::CreatedAt, Qt::AscendingOrder, std::nullopt, 100)
             .value())
        m_idByRow.insert(row.rowId, row.ticket.id);
    QCOMPARE(m_idByRow.size(), 9);
    m_deadlines = std::make_unique<TicketDeadlines>(FactsLoader::load(m_fixture->database()).value());
}

void TestTicketOrdering::cleanup()
{
    m_deadlines.reset();
    m_fixture.reset();
    m_idByRow.clear();
}

QStringList TestTicketOrdering::ticketIds(const std::vector<qint64> &rowIds) const
{
    QStringList ids;
    for (qint64 rowId : rowIds)
        ids << m_idByRow.value(rowId);
    return ids;
}

void TestTicketOrdering::ordersByResponseTime()
{
    TicketOrdering ordering(m_fixture->database(), *m_deadlines, {}, m_now);
    // Answered by their time on the target's clock (B1 around the clock:
    // no target), then the unanswered by row.
    const QStringList ascending = TestSupport::words({"B1", "K2", "A1", "K1", "A4", "A2", "A3", "K3", "B2"});
    QCOMPARE(ticketIds(ordering
                           .rowIds(false, TicketDerivedSort::ResponseTime, TicketSortColumn::CreatedAt,
                                   Qt::AscendingOrder)
                           .value()),
             ascending);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(ticketIds(ordering
                           .rowIds(false, TicketDerivedSort::ResponseTime, TicketSortColumn::CreatedAt,
                                   Qt::DescendingOrder)
                           .value()),
             descending);
}

void TestTicketOrdering::ordersByDueTime()
{
    TicketOrdering ordering(m_fixture->database(), *m_deadlines, {}, m_now);
    // Answered, then unanswered, each by due time (A1 and A4 tie: by row),
    // then the tickets without a target.
    QCOMPARE(
        ticketIds(
            ordering.rowIds(false, TicketDerivedSort::Due, TicketSortColumn::CreatedAt, Qt::AscendingOrder)
                .value()),
        TestSupport::words({"A1", "A4", "K1", "K2", "A2", "A3", "K3", "B1", "B2"}));
    // A filter narrows the pass.
    TicketFilter kaiju;
    kaiju.text = QStringLiteral("K");
    TicketOrdering filtered(m_fixture->database(), *m_deadlines, kaiju, m_now);
    QCOMPARE(
        ticketIds(
            filtered.rowIds(false, TicketDerivedSort::Due, TicketSortColumn::CreatedAt, Qt::DescendingOrder)
                .value()),
        TestSupport::words({"K3", "K2", "K1"}));
}

void TestTicketOrdering::keepsBreachedTicketsInTheStoreOrder()
{
    TicketOrdering ordering(m_fixture->database(), *m_deadlines, {}, m_now);
    QCOMPARE(ticketIds(
                 ordering.rowIds(true, std::nullopt, TicketSortColumn::TicketId, Qt::AscendingOrder).value()),
             TestSupport::words({"A2", "A4"}));
    QCOMPARE(
        ticketIds(
            ordering.rowIds(true, std::nullopt, TicketSortColumn::TicketId, Qt::DescendingOrder).value()),
        TestSupport::words({"A4", "A2"}));
    QCOMPARE(
        ticketIds(
            ordering.rowIds(true, TicketDerivedSort::Due, TicketSortColumn::CreatedAt, Qt::AscendingOrder)
                .value()),
        TestSupport::words({"A4", "A2"}));
    // An hour earlier A2 was not yet due.
    TicketOrdering earlier(m_fixture->database(), *m_deadlines, {}, utc("2026-03-02T18:59:59Z"));
    QCOMPARE(
        ticketIds(earlier.rowIds(true, std::nullopt, TicketSortColumn::TicketId, Qt::AscendingOrder).value()),
        TestSupport::words({"A4"}));
}

void TestTicketOrdering::changesBetweenOrdersWithTheSameResult()
{
    // The keys are kept from one call to the next: asking again in any
    // sequence gives what a fresh ordering gives.
    TicketOrdering kept(m_fixture->database(), *m_deadlines, {}, m_now);
    for (TicketDerivedSort sort :
         {TicketDerivedSort::Due, TicketDerivedSort::ResponseTime, TicketDerivedSort::Due}) {
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            for (bool breached : {true, false}) {
                TicketOrdering fresh(m_fixture->database(), *m_deadlines, {}, m_now);
                QCOMPARE(kept.rowIds(breached, sort, TicketSortColumn::CreatedAt, order).value(),
                         fresh.rowIds(breached, sort, TicketSortColumn::CreatedAt, order).value());
            }
        }
    }
}

void TestTicketOrdering::readsRowsByIdInTheOrderGiven()
{
    TicketOrdering ordering(m_fixture->database(), *m_deadlines, {}, m_now);
    std::vector<qint64> ids =
        ordering
            .rowIds(false, TicketDerivedSort::ResponseTime, TicketSortColumn::CreatedAt, Qt::AscendingOrder)
            .value();
    ids.insert(ids.begin() + 2, 999999); // no longer stored: left out
    const QList<TicketRow> rows =
        TicketStoreReads::rowsByIds(m_fixture->database(), ids.data(), qsizetype(ids.size())).value();
    QStringList read;
    for (const TicketRow &row : rows)
        read << row.ticket.id;
    QCOMPARE(read, TestSupport::words({"B1", "K2", "A1", "K1", "A4", "A2", "A3", "K3", "B2"}));
    QCOMPARE(rows.at(0).ticket.account, QStringLiteral("Blue Harbor"));
    QCOMPARE(rows.at(0).ticket.firstResponseAt, std::optional<qint64>(utc("2026-03-02T17:20:00Z")));
}

void TestTicketOrdering::findsTheKeyAtAPosition_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (TicketSortColumn column : {TicketSortColumn::Subject, TicketSortColumn::Account,
                                    TicketSortColumn::FirstResponseAt, TicketSortColumn::CreatedAt}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            QTest::addRow("%d %d", int(column), int(order)) << int(column) << order;
    }
}

void TestTicketOrdering::findsTheKeyAtAPosition()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    const auto sortColumn = TicketSortColumn(column);
    const TicketStore store(m_fixture->database());
    const QList<TicketRow> all = store.page({}, sortColumn, order, std::nullopt, 100).value();
    QCOMPARE(all.size(), 9);
    for (int position = 0; position < all.size(); ++position) {
        const auto key =
            TicketStoreReads::keyAt(m_fixture->database(), {}, sortColumn, order, position).value();
        QVERIFY(key);
        QCOMPARE(key->rowId, all.at(position).rowId);
        // Seeking from it gives the rows that follow, as reading on does.
        const QList<TicketRow> rest = store.page({}, sortColumn, order, key, 100).value();
        QCOMPARE(rest.size(), all.size() - position - 1);
        if (!rest.isEmpty())
            QCOMPARE(rest.first().rowId, all.at(position + 1).rowId);
    }
    QVERIFY(!TicketStoreReads::keyAt(m_fixture->database(), {}, sortColumn, order, all.size()).value());
}

QTEST_GUILESS_MAIN(TestTicketOrdering)
#include "tst_ticketordering.moc"
