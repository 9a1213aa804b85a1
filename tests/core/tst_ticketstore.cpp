#include "AccountStore.h"
#include "Database.h"
#include "ProductStore.h"
#include "ReportTypes.h"
#include "StoreFixture.h"
#include "TicketStore.h"

#include <QSqlQuery>
#include <QTest>
#include <algorithm>
#include <limits>

using Matcher = std::function<bool(const Ticket &)>;
Q_DECLARE_METATYPE(TicketSortColumn)
Q_DECLARE_METATYPE(Matcher)

namespace {

Ticket ticket(const char *id, const char *account, const char *product, qint64 created,
              std::optional<qint64> response = std::nullopt, Priority priority = Priority::P2)
{
    Ticket t;
    t.id = QLatin1String(id);
    t.account = QLatin1String(account);
    t.subject = QStringLiteral("Subject of ") + t.id;
    t.product = QLatin1String(product);
    t.priority = priority;
    t.createdAt = created;
    t.firstResponseAt = response;
    return t;
}

// Account names differ in letter case so that sorting by name is seen to
// ignore it: acme < Borealis < Cyan.
const QStringList AccountNames{QStringLiteral("acme"), QStringLiteral("Borealis"), QStringLiteral("Cyan")};
const QStringList Subjects{QStringLiteral("Printer jam"), QStringLiteral("calls drop"),
                           QStringLiteral("Calls drop"),  QStringLiteral("100% down"),
                           QStringLiteral("slow_api"),    QStringLiteral("billing")};

// 45 tickets with ties in every column and some unanswered or unresolved.
QList<Ticket> sampleTickets()
{
    const QStringList products{QStringLiteral("voice"), QStringLiteral("Beta SMS"),
                               QStringLiteral("Carrier lines")};
    QList<Ticket> tickets;
    for (int i = 0; i < 45; ++i) {
        const int group = i / 3;
        Ticket t;
        t.id = (group % 4 == 0 ? QStringLiteral("t-%1") : QStringLiteral("T-%1")).arg(group);
        t.account = AccountNames[i % 3];
        t.subject = Subjects[i % Subjects.size()];
        t.priority = AllPriorities[std::size_t(i % 3 == 0 ? 0 : (i % 5) % 3)];
        t.product = products[(i / 2) % 3];
        t.channel = AllChannels[std::size_t(i % 4)];
        t.createdAt = 1'000 + (i % 10) * 60;
        if (i % 4 != 0)
            t.firstResponseAt = t.createdAt + (i % 5) * 30;
        if (i % 3 != 0)
            t.resolvedAt = t.createdAt + 600 + (i % 2) * 60;
        tickets.append(t);
    }
    return tickets;
}

// The test's own reading of the sort rules: text ignores letter case, a
// missing response or resolution comes after every real one.
int compareOn(TicketSortColumn column, const Ticket &a, const Ticket &b)
{
    const auto three = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    constexpr qint64 never = std::numeric_limits<qint64>::max();
    switch (column) {
    case TicketSortColumn::Account: return QString::compare(a.account, b.account, Qt::CaseInsensitive);
    case TicketSortColumn::TicketId: return QString::compare(a.id, b.id, Qt::CaseInsensitive);
    case TicketSortColumn::Subject: return QString::compare(a.subject, b.subject, Qt::CaseInsensitive);
    case TicketSortColumn::Priority: return three(int(a.priority), int(b.priority));
    case TicketSortColumn::Product: return QString::compare(a.product, b.product, Qt::CaseInsensitive);
    case TicketSortColumn::Channel: return three(int(a.channel), int(b.channel));
    case TicketSortColumn::CreatedAt: return three(a.createdAt, b.createdAt);
    case TicketSortColumn::FirstResponseAt:
        return three(a.firstResponseAt.value_or(never), b.firstResponseAt.value_or(never));
    case TicketSortColumn::ResolvedAt:
        return three(a.resolvedAt.value_or(never), b.resolvedAt.value_or(never));
    }
    return 0;
}

} // namespace

class TestTicketStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<StoreFixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        m_accountIds.clear();
        for (const QString &name : AccountNames) {
            Account account;
            account.name = name;
            m_accountIds.insert(name, *AccountStore(m_fixture->database()).add(account));
        }
        ProductStore products(m_fixture->database());
        m_productIds.insert(QStringLiteral("voice"),
                            *products.add(QStringLiteral("voice"), ProductCategory::Ga));
        m_productIds.insert(QStringLiteral("Beta SMS"),
                            *products.add(QStringLiteral("Beta SMS"), ProductCategory::Beta));
        m_productIds.insert(QStringLiteral("Carrier lines"),
                            *products.add(QStringLiteral("Carrier lines"), ProductCategory::Carrier));
    }
    void cleanup() { m_fixture.reset(); }

    void upsertAddsThenUpdatesByAccountAndId()
    {
        TicketStore store(m_fixture->database());
        QVERIFY(
            store.upsert({ticket("T-1", "acme", "voice", 100), ticket("T-2", "acme", "voice", 200)}).ok());
        Ticket changed = ticket("T-1", "acme", "Beta SMS", 150, 400, Priority::P1);
        changed.subject = QStringLiteral("Calls drop after 30 s");
        changed.channel = Channel::Phone;
        changed.resolvedAt = 900;
        const Status status = store.upsert({changed, ticket("T-1", "Cyan", "voice", 300)});
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QCOMPARE(store.count({}).value(), 3);

        TicketFilter acme;
        acme.accountId = m_accountIds.value(QStringLiteral("acme"));
        QList<Ticket> stored;
        QVERIFY(store.forEachTicket(acme, [&](const Ticket &t) { stored.append(t); }).ok());
        QCOMPARE(stored.size(), 2);
        const Ticket &t1 = stored[0]; // created 150, before T-2 at 200
        QCOMPARE(t1.id, QStringLiteral("T-1"));
        QCOMPARE(t1.subject, QStringLiteral("Calls drop after 30 s"));
        QCOMPARE(t1.product, QStringLiteral("Beta SMS"));
        QCOMPARE(t1.priority, Priority::P1);
        QCOMPARE(t1.channel, Channel::Phone);
        QCOMPARE(t1.createdAt, 150);
        QCOMPARE(t1.firstResponseAt, std::optional<qint64>(400));
        QCOMPARE(t1.resolvedAt, std::optional<qint64>(900));
        QCOMPARE(stored[1].id, QStringLiteral("T-2"));
        QCOMPARE(stored[1].firstResponseAt, std::nullopt);
    }

    void failedUpsertChangesNothing_data()
    {
        QTest::addColumn<Ticket>("bad");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown product")
            << ticket("T-10", "acme", "Fax", 100) << QStringLiteral("ticket 'T-10': no product named 'Fax'");
        QTest::newRow("unknown account") << ticket("T-10", "Nobody", "voice", 100)
                                         << QStringLiteral("ticket 'T-10': no account named 'Nobody'");
        QTest::newRow("response before creation")
            << ticket("T-10", "acme", "voice", 100, 99)
            << QStringLiteral(
                   "ticket 'T-10' of account 'acme': the first response is earlier than the creation");
        Ticket resolvedEarly = ticket("T-10", "acme", "voice", 100);
        resolvedEarly.resolvedAt = 50;
        QTest::newRow("resolution before creation")
            << resolvedEarly
            << QStringLiteral("ticket 'T-10' of account 'acme': the resolution is earlier than the creation");
        QTest::newRow("no id") << ticket("", "acme", "voice", 100)
                               << QStringLiteral("a ticket of account 'acme' has no id");
    }

    void failedUpsertChangesNothing()
    {
        QFETCH(Ticket, bad);
        QFETCH(QString, message);
        TicketStore store(m_fixture->database());
        QVERIFY(
            store.upsert({ticket("T-1", "acme", "voice", 100), ticket("T-2", "Cyan", "voice", 200)}).ok());
        const QStringList before = snapshot();
        Ticket update = ticket("T-1", "acme", "voice", 100, 160);
        update.subject = QStringLiteral("changed");
        const Status status = store.upsert(
            {update, ticket("T-9", "acme", "voice", 300), bad, ticket("T-11", "Cyan", "voice", 400)});
        QVERIFY(!status.ok());
        QCOMPARE(status.message(), message);
        QCOMPARE(snapshot(), before);
    }

    void keysetPagingVisitsEveryRowOnceInOrder_data()
    {
        QTest::addColumn<TicketSortColumn>("column");
        QTest::addColumn<bool>("ascending");
        const std::pair<const char *, TicketSortColumn> columns[] = {
            {"account", TicketSortColumn::Account},    {"ticket id", TicketSortColumn::TicketId},
            {"subject", TicketSortColumn::Subject},    {"priority", TicketSortColumn::Priority},
            {"product", TicketSortColumn::Product},    {"channel", TicketSortColumn::Channel},
            {"created", TicketSortColumn::CreatedAt},  {"first response", TicketSortColumn::FirstResponseAt},
            {"resolved", TicketSortColumn::ResolvedAt}};
        for (const auto &[name, column] : columns) {
            QTest::addRow("%s ascending", name) << column << true;
            QTest::addRow("%s descending", name) << column << false;
        }
    }

    void keysetPagingVisitsEveryRowOnceInOrder()
    {
        QFETCH(TicketSortColumn, column);
        QFETCH(bool, ascending);
        TicketStore store(m_fixture->database());
        const QList<Ticket> tickets = sampleTickets();
        QVERIFY(store.upsert(tickets).ok());
        const QHash<QString, qint64> rowIds = rowIdsByKey();

        QList<std::pair<qint64, Ticket>> expected;
        for (const Ticket &t : tickets)
            expected.append({rowIds.value(t.account + u'|' + t.id), t});
        std::sort(expected.begin(), expected.end(), [&](const auto &a, const auto &b) {
            const int order = compareOn(column, a.second, b.second);
            return order != 0 ? order < 0 : a.first < b.first;
        });
        if (!ascending)
            std::reverse(expected.begin(), expected.end());
        QList<qint64> expectedIds;
        for (const auto &[rowId, t] : expected)
            expectedIds.append(rowId);

        QCOMPARE(pageThrough(store, {}, column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder, 7),
                 expectedIds);
    }

    void filtersAndCounts_data()
    {
        QTest::addColumn<TicketFilter>("filter");
        QTest::addColumn<Matcher>("matches");
        const auto row = [](const char *name, const TicketFilter &filter, Matcher matches) {
            QTest::newRow(name) << filter << matches;
        };
        row("everything", {}, [](const Ticket &) { return true; });
        TicketFilter f;
        f.accountId = 0; // the id of Borealis, set in the test
        row("one account", f, [](const Ticket &t) { return t.account == u"Borealis"; });
        f = {};
        f.productId = 0; // the id of Beta SMS, set in the test
        row("one product", f, [](const Ticket &t) { return t.product == u"Beta SMS"; });
        f = {};
        f.priority = Priority::P1;
        row("P1", f, [](const Ticket &t) { return t.priority == Priority::P1; });
        f = {};
        f.answered = false;
        row("unanswered", f, [](const Ticket &t) { return !t.firstResponseAt; });
        f.answered = true;
        f.channel = Channel::Chat;
        row("answered chats", f,
            [](const Ticket &t) { return t.firstResponseAt && t.channel == Channel::Chat; });
        f = {};
        f.createdFrom = 1'120;
        f.createdTo = 1'300;
        row("created in [1120, 1300)", f,
            [](const Ticket &t) { return t.createdAt >= 1'120 && t.createdAt < 1'300; });
        f = {};
        f.text = QStringLiteral("CALLS");
        row("text in any case", f, [](const Ticket &t) { return t.subject.toLower() == u"calls drop"; });
        f.text = QStringLiteral("0%");
        row("percent sign is literal", f, [](const Ticket &t) { return t.subject == u"100% down"; });
        f.text = QStringLiteral("w_a");
        row("underscore is literal", f, [](const Ticket &t) { return t.subject == u"slow_api"; });
        f.text = QStringLiteral("t-1"); // t-1 and T-10 .. T-14
        row("text in the ticket id", f, [](const Ticket &t) { return t.id.toLower().startsWith(u"t-1"); });
    }

    void filtersAndCounts()
    {
        QFETCH(TicketFilter, filter);
        QFETCH(Matcher, matches);
        if (filter.accountId)
            filter.accountId = m_accountIds.value(QStringLiteral("Borealis"));
        if (filter.productId)
            filter.productId = m_productIds.value(QStringLiteral("Beta SMS"));
        TicketStore store(m_fixture->database());
        const QList<Ticket> tickets = sampleTickets();
        QVERIFY(store.upsert(tickets).ok());
        const QHash<QString, qint64> rowIds = rowIdsByKey();
        QList<qint64> expected;
        for (const Ticket &t : tickets) {
            if (matches(t))
                expected.append(rowIds.value(t.account + u'|' + t.id));
        }
        std::sort(expected.begin(), expected.end());
        QVERIFY(!expected.isEmpty());

        QCOMPARE(store.count(filter).value(), expected.size());
        QList<qint64> paged = pageThrough(store, filter, TicketSortColumn::Subject, Qt::AscendingOrder, 4);
        std::sort(paged.begin(), paged.end());
        QCOMPARE(paged, expected);
        qint64 exported = 0;
        QVERIFY(store.forEachTicket(filter, [&](const Ticket &) { ++exported; }).ok());
        QCOMPARE(exported, expected.size());
    }

    void exportsByAccountNameCreationAndId()
    {
        TicketStore store(m_fixture->database());
        QVERIFY(store
                    .upsert({ticket("B", "Cyan", "voice", 100), ticket("Z", "acme", "voice", 300),
                             ticket("Y", "acme", "voice", 300), ticket("X", "acme", "voice", 500),
                             ticket("A", "Cyan", "voice", 100)})
                    .ok());
        QStringList order;
        QVERIFY(store.forEachTicket({}, [&](const Ticket &t) { order << t.account + u'/' + t.id; }).ok());
        // Account names compare as stored: "Cyan" sorts before "acme".
        QCOMPARE(order,
                 (QStringList{QStringLiteral("Cyan/A"), QStringLiteral("Cyan/B"), QStringLiteral("acme/Y"),
                              QStringLiteral("acme/Z"), QStringLiteral("acme/X")}));
    }

    void reportScanIsOrderedAndKnowsEligibility()
    {
        TicketStore store(m_fixture->database());
        QVERIFY(store
                    .upsert({ticket("C1", "Cyan", "voice", 1'500, 1'600, Priority::P1),
                             ticket("A1", "acme", "Beta SMS", 1'900),
                             ticket("A2", "acme", "voice", 1'000, 1'200, Priority::P3),
                             ticket("A3", "acme", "voice", 2'000), ticket("A4", "acme", "voice", 999),
                             ticket("B1", "Borealis", "Carrier lines", 1'100)})
                    .ok());
        const qint64 acme = m_accountIds.value(QStringLiteral("acme"));
        const qint64 borealis = m_accountIds.value(QStringLiteral("Borealis"));
        const qint64 cyan = m_accountIds.value(QStringLiteral("Cyan"));
        QVERIFY(acme < borealis && borealis < cyan);

        QStringList seen;
        const auto sink = [&](qint64 accountId, const ReportTicket &t) {
            seen << QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(accountId)
                        .arg(t.createdAt)
                        .arg(t.firstResponseAt ? QString::number(*t.firstResponseAt) : QStringLiteral("-"))
                        .arg(priorityCode(t.priority))
                        .arg(t.eligible ? QStringLiteral("eligible") : QStringLiteral("excluded"));
        };
        // [1000, 2000): A4 at 999 and A3 at 2000 are outside.
        QVERIFY(store.forEachReportTicket({}, 1'000, 2'000, sink).ok());
        QCOMPARE(seen, (QStringList{QStringLiteral("%1 1000 1200 P3 eligible").arg(acme),
                                    QStringLiteral("%1 1900 - P2 excluded").arg(acme),
                                    QStringLiteral("%1 1100 - P2 excluded").arg(borealis),
                                    QStringLiteral("%1 1500 1600 P1 eligible").arg(cyan)}));
        seen.clear();
        QVERIFY(store.forEachReportTicket({cyan, acme}, 0, 10'000, sink).ok());
        QCOMPARE(seen, (QStringList{QStringLiteral("%1 999 - P2 eligible").arg(acme),
                                    QStringLiteral("%1 1000 1200 P3 eligible").arg(acme),
                                    QStringLiteral("%1 1900 - P2 excluded").arg(acme),
                                    QStringLiteral("%1 2000 - P2 eligible").arg(acme),
                                    QStringLiteral("%1 1500 1600 P1 eligible").arg(cyan)}));
    }

    void editsOneRow()
    {
        TicketStore store(m_fixture->database());
        QVERIFY(store.save(ticket("T-1", "acme", "voice", 100)).ok());
        QVERIFY(store.save(ticket("T-2", "acme", "voice", 200)).ok());
        const QList<TicketRow> rows =
            store.page({}, TicketSortColumn::CreatedAt, Qt::AscendingOrder, std::nullopt, 10).value();
        QCOMPARE(rows.size(), 2);
        const qint64 rowId = rows[0].rowId;
        const auto found = store.findByRowId(rowId);
        QVERIFY(found.ok());
        QCOMPARE(found->ticket.id, QStringLiteral("T-1"));
        QCOMPARE(found->category, ProductCategory::Ga);

        // Moving the ticket to another account and id keeps its row.
        Ticket moved = ticket("T-7", "Cyan", "Carrier lines", 100);
        QVERIFY(store.update(rowId, moved).ok());
        QCOMPARE(store.findByRowId(rowId)->ticket.account, QStringLiteral("Cyan"));
        QCOMPARE(store.findByRowId(rowId)->category, ProductCategory::Carrier);
        QCOMPARE(store.count({}).value(), 2);

        Ticket clash = ticket("T-2", "acme", "voice", 100);
        const Status taken = store.update(rowId, clash);
        QVERIFY(!taken.ok());
        QCOMPARE(taken.message(), QStringLiteral("account 'acme' already has a ticket 'T-2'"));

        QVERIFY(store.remove(rowId).ok());
        QCOMPARE(store.count({}).value(), 1);
        QCOMPARE(store.findByRowId(rowId).message(), QStringLiteral("the ticket no longer exists"));
        QVERIFY(!store.remove(rowId).ok());
        QVERIFY(!store.update(rowId, moved).ok());
    }

    void importsManyRowsInOneTransaction()
    {
        QList<Ticket> tickets;
        for (int i = 0; i < 20'000; ++i) {
            Ticket t = ticket("", "", "voice", 1'000'000 + i);
            t.id = QStringLiteral("N-%1").arg(i);
            t.account = AccountNames[i % 3];
            tickets.append(t);
        }
        TicketStore store(m_fixture->database());
        QVERIFY(store.upsert(tickets).ok());
        QCOMPARE(store.count({}).value(), 20'000);
        QVERIFY(store.upsert(tickets).ok());
        QCOMPARE(store.count({}).value(), 20'000);
    }

private:
    // The row ids of every page in turn, each page following the last row of
    // the one before.
    static QList<qint64> pageThrough(const TicketStore &store, const TicketFilter &filter,
                                     TicketSortColumn column, Qt::SortOrder order, int limit)
    {
        QList<qint64> seen;
        std::optional<TicketSortKey> after;
        for (int pages = 0; pages < 100; ++pages) {
            const QList<TicketRow> page = store.page(filter, column, order, after, limit).value();
            if (page.isEmpty() || page.size() > limit)
                break;
            for (const TicketRow &row : page)
                seen.append(row.rowId);
            after = TicketStore::sortKey(page.last(), column);
        }
        return seen;
    }

    // Every column of every ticket row, to see that nothing changed.
    QStringList snapshot() const
    {
        QStringList rows;
        QSqlQuery query(m_fixture->database().connection());
        query.exec(QStringLiteral("SELECT * FROM tickets ORDER BY id"));
        while (query.next()) {
            QStringList cells;
            for (int c = 0; c < 10; ++c)
                cells << query.value(c).toString();
            rows << cells.join(u'|');
        }
        return rows;
    }

    QHash<QString, qint64> rowIdsByKey() const
    {
        QHash<QString, qint64> ids;
        QSqlQuery query(m_fixture->database().connection());
        query.exec(QStringLiteral(
            "SELECT t.id, a.name, t.ticket_id FROM tickets t JOIN accounts a ON a.id = t.account_id"));
        while (query.next())
            ids.insert(query.value(1).toString() + u'|' + query.value(2).toString(),
                       query.value(0).toLongLong());
        return ids;
    }

    std::unique_ptr<StoreFixture> m_fixture;
    QHash<QString, qint64> m_accountIds;
    QHash<QString, qint64> m_productIds;
};

QTEST_GUILESS_MAIN(TestTicketStore)
#include "tst_ticketstore.moc"
