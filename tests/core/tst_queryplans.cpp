// The hot reads use the indexes meant for them on PostgreSQL: the plan of
// each statement as the store runs it (its SQL taken from the store's own
// builders, TicketQuery::*Sql) must not scan the whole ticket table where an
// index gives its rows. A store of enough tickets for the planner to prefer
// an index is made by the server itself, then analysed. PostgreSQL only:
// SQLite's plans are another planner's.
#include "Database.h"
#include "DemoGenerator.h"
#include "ServerTickets.h"
#include "StoreFixture.h"
#include "TicketQuery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace TicketQuery;

namespace {

const qint64 AsOf = QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
const qint64 TicketsFrom = QDateTime(QDate(2025, 11, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
const qint64 MonthFrom = QDateTime(QDate(2026, 9, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
const qint64 MonthTo = QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
constexpr int PageRows = 200; // the ticket table's block

const char *columnName(TicketSortColumn column)
{
    switch (column) {
    case TicketSortColumn::Account: return "account";
    case TicketSortColumn::TicketId: return "ticket id";
    case TicketSortColumn::Subject: return "subject";
    case TicketSortColumn::Priority: return "priority";
    case TicketSortColumn::Product: return "product";
    case TicketSortColumn::Channel: return "channel";
    case TicketSortColumn::CreatedAt: return "creation";
    case TicketSortColumn::FirstResponseAt: return "first response";
    case TicketSortColumn::ResolvedAt: return "resolution";
    }
    return "?";
}

// The store's statement with its values written in, as the server plans it:
// each of the store's statements is prepared and run once, so the server
// plans it for those very values.
QString withValues(const QSqlDriver *driver, const BoundSql &statement)
{
    QString sql;
    qsizetype value = 0;
    for (const QChar c : statement.sql) {
        if (c != u'?' || value >= statement.values.size()) {
            sql += c;
            continue;
        }
        const QVariant &bound = statement.values[value++];
        QSqlField field(QStringLiteral("value"), bound.metaType());
        field.setValue(bound);
        sql += driver->formatValue(field);
    }
    return sql;
}

// The plan nodes that read every row of the ticket table.
void collectTicketScans(const QJsonObject &node, QStringList &scans)
{
    if (node.value(u"Node Type").toString() == u"Seq Scan" &&
        node.value(u"Relation Name").toString() == u"tickets")
        scans << QStringLiteral("Seq Scan on tickets");
    for (const QJsonValue child : node.value(u"Plans").toArray())
        collectTicketScans(child.toObject(), scans);
}

} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void reportOfOneAccountAndMonth();
    void reportOfEveryAccountForAMonth();
    void exportOfOneAccountOrMonth();
    void firstPageOfEachOrder_data();
    void firstPageOfEachOrder();
    void pageDeepIn_data();
    void pageDeepIn();
    void aMissingIndexIsReported();

private:
    // "name: Seq Scan on tickets" for each full scan in the plan of
    // `statement`; an empty list when every ticket read goes through an index.
    QStringList ticketScans(const QString &name, const BoundSql &statement);
    void expectIndexed(const QString &name, const BoundSql &statement);

    std::unique_ptr<StoreFixture> m_fixture;
    qint64 m_oneAccount = 0;
};

void TestQueryPlans::initTestCase()
{
    if (TestStore::postgresServer().isEmpty())
        QSKIP("these are PostgreSQL's plans: set SUPPORTDESK_TEST_POSTGRES");
    m_fixture = std::make_unique<StoreFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    DemoOptions options;
    options.accounts = 50;
    options.tickets = 0;
    options.months = 12;
    options.nowUtc = AsOf;
    const auto made = DemoGenerator(m_fixture->database()).generate(options);
    QVERIFY2(made.ok(), qPrintable(made.message()));
    // 150,000 tickets over a year: a month is a twelfth of them, an
    // account a fiftieth, a page a few hundredths of a percent.
    QString error;
    QVERIFY2(fillTicketsOnServer(m_fixture->store(), 3000, TicketsFrom, AsOf, &error), qPrintable(error));
    QSqlQuery query(m_fixture->database().connection());
    const auto found =
        m_fixture->database().readFirstRow(query, QStringLiteral("SELECT min(id) FROM accounts"));
    QVERIFY2(found.ok() && *found, qPrintable(found.message()));
    m_oneAccount = query.value(0).toLongLong();
}

void TestQueryPlans::cleanupTestCase()
{
    m_fixture.reset();
}

QStringList TestQueryPlans::ticketScans(const QString &name, const BoundSql &statement)
{
    const QSqlDatabase connection = m_fixture->database().connection();
    QSqlQuery query(connection);
    const QString sql = QStringLiteral("EXPLAIN (FORMAT JSON) ") + withValues(connection.driver(), statement);
    if (!query.exec(sql) || !query.next())
        return {name + QStringLiteral(": no plan: ") + query.lastError().text()};
    const QJsonArray plans = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array();
    QStringList scans;
    for (const QJsonValue plan : plans)
        collectTicketScans(plan.toObject().value(u"Plan").toObject(), scans);
    if (plans.isEmpty())
        scans << QStringLiteral("no plan");
    for (QString &scan : scans)
        scan = name + QStringLiteral(": ") + scan + QStringLiteral(" (") + sql + u')';
    return scans;
}

void TestQueryPlans::expectIndexed(const QString &name, const BoundSql &statement)
{
    const QStringList scans = ticketScans(name, statement);
    QVERIFY2(scans.isEmpty(), qPrintable(scans.join(u'\n')));
}

void TestQueryPlans::reportOfOneAccountAndMonth()
{
    expectIndexed(QStringLiteral("the report of one account for a month"),
                  reportTicketsSql({m_oneAccount}, MonthFrom, MonthTo));
}

void TestQueryPlans::reportOfEveryAccountForAMonth()
{
    expectIndexed(QStringLiteral("the report of every account for a month"),
                  reportTicketsByAccountNameSql(MonthFrom, MonthTo));
}

void TestQueryPlans::exportOfOneAccountOrMonth()
{
    // The export of every ticket reads the whole table, as it should; one
    // account's, or one month's, reads only theirs.
    const SqlDialect dialect(StoreEngine::PostgreSql);
    TicketFilter account;
    account.accountId = m_oneAccount;
    expectIndexed(QStringLiteral("the export of one account"), exportTicketsSql(account, dialect));
    TicketFilter month;
    month.createdFrom = MonthFrom;
    month.createdTo = MonthTo;
    expectIndexed(QStringLiteral("the export of one month"), exportTicketsSql(month, dialect));
}

void TestQueryPlans::firstPageOfEachOrder_data()
{
    QTest::addColumn<TicketSortColumn>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (const TicketSortColumn column :
         {TicketSortColumn::Account, TicketSortColumn::TicketId, TicketSortColumn::Subject,
          TicketSortColumn::Priority, TicketSortColumn::Product, TicketSortColumn::Channel,
          TicketSortColumn::CreatedAt, TicketSortColumn::FirstResponseAt, TicketSortColumn::ResolvedAt}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QTest::addRow("%s %s", columnName(column),
                          order == Qt::AscendingOrder ? "ascending" : "descending")
                << column << order;
        }
    }
}

void TestQueryPlans::firstPageOfEachOrder()
{
    QFETCH(TicketSortColumn, column);
    QFETCH(Qt::SortOrder, order);
    expectIndexed(
        QStringLiteral("the ticket table's first page by ") + QLatin1String(columnName(column)),
        ticketPageSql({}, column, order, std::nullopt, PageRows, SqlDialect(StoreEngine::PostgreSql)));
}

void TestQueryPlans::pageDeepIn_data()
{
    firstPageOfEachOrder_data();
}

void TestQueryPlans::pageDeepIn()
{
    QFETCH(TicketSortColumn, column);
    QFETCH(Qt::SortOrder, order);
    // The key of a row half way through, read the way the table reads it.
    const SqlDialect dialect(StoreEngine::PostgreSql);
    QSqlQuery query(m_fixture->database().connection());
    const SortSql sort = sortSqlOf(column, dialect);
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const auto found = m_fixture->database().readFirstRow(
        query, QStringLiteral("SELECT ") + sort.value + QStringLiteral(", t.id FROM tickets t") + sort.join +
                   QStringLiteral(" ORDER BY ") + sort.value + direction + QStringLiteral(", t.id") +
                   direction + QStringLiteral(" OFFSET 75000 LIMIT 1"));
    QVERIFY2(found.ok() && *found, qPrintable(found.message()));
    const TicketSortKey after{query.value(0), query.value(1).toLongLong()};
    expectIndexed(QStringLiteral("a page of the ticket table half way through by ") +
                      QLatin1String(columnName(column)),
                  ticketPageSql({}, column, order, after, PageRows, dialect));
}

void TestQueryPlans::aMissingIndexIsReported()
{
    // Without the index of tickets by account and creation, one account's
    // report scans every ticket: the check must say so, and name the read.
    QSqlQuery query(m_fixture->database().connection());
    QVERIFY(query.exec(QStringLiteral("BEGIN")));
    QVERIFY2(query.exec(QStringLiteral("DROP INDEX tickets_by_account_created")),
             qPrintable(query.lastError().text()));
    QVERIFY2(
        query.exec(QStringLiteral("ALTER TABLE tickets DROP CONSTRAINT tickets_account_id_ticket_id_key")),
        qPrintable(query.lastError().text()));
    const QStringList scans = ticketScans(QStringLiteral("the report of one account for a month"),
                                          reportTicketsSql({m_oneAccount}, 0, AsOf));
    QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(scans.size(), 1);
    QVERIFY2(scans.first().startsWith(u"the report of one account for a month: Seq Scan on tickets"),
             qPrintable(scans.first()));
}

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_queryplans.moc"
