// The desktop views over a store with a damaged page of tickets: each says
// the store looks damaged and shows no row, total or chart, or, where it
// never needs that page, exactly what it shows on the undamaged store.
// SQLite only: the damage is made in the file.
#include "AccountTableModel.h"
#include "AccountsView.h"
#include "AppContext.h"
#include "ClaimTableModel.h"
#include "CreditTableModel.h"
#include "CreditsView.h"
#include "DamagedStore.h"
#include "Database.h"
#include "ProblemBanner.h"
#include "ReportCharts.h"
#include "ReportMonthlyModel.h"
#include "ReportTableModel.h"
#include "ReportsView.h"
#include "SqliteHandle.h"
#include "TableExporter.h"
#include "TicketTableModel.h"
#include "TicketsView.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>
#include <memory>

namespace {

// A store file opened as the desktop application opens it, "now" the day
// the demo was made.
struct Opened
{
    std::unique_ptr<Database> database;
    std::unique_ptr<AppContext> context;
};

Opened open(const QString &path)
{
    Opened opened;
    auto database = Database::open(path);
    if (!database) {
        qWarning("%s", qPrintable(database.message()));
        return opened;
    }
    opened.database = std::move(*database);
    opened.context = std::make_unique<AppContext>(*opened.database);
    opened.context->pinNow(DamagedStore::demoAsOfUtc());
    return opened;
}

// Every row the table shows, read as the view reads them, until a read fails.
QList<qint64> rowIdsShown(const TicketTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant id = model.data(model.index(row, TicketTableModel::Id), TicketTableModel::RowIdRole);
        if (!id.isValid())
            break;
        ids << id.toLongLong();
    }
    return ids;
}

// The points and bars a chart draws: none from a report not computed.
qsizetype valuesDrawn(const QChart *chart)
{
    qsizetype values = 0;
    for (const QAbstractSeries *series : chart->series()) {
        if (const auto *xy = qobject_cast<const QXYSeries *>(series))
            values += xy->count();
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(series)) {
            for (const QBarSet *set : bars->barSets())
                values += set->count();
        }
    }
    return values;
}

const MonthRange demoMonths{{2026, 6}, {2026, 11}};

} // namespace

class TestDamagedViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { usePortableSqlitePaths(false); }
    void ticketTableFailsOrShowsTheUndamagedRows_data();
    void ticketTableFailsOrShowsTheUndamagedRows();
    void reportsViewShowsTheDamageAndNoNumber();
    void creditsViewShowsTheDamageAndNoNumber();
    void ticketExportOverTheDamagedPageLeavesNoFile_data();
    void ticketExportOverTheDamagedPageLeavesNoFile();
    void accountsViewOverDamagedAccountsShowsNoneAndExportsNothing();

private:
    void expectDamaged(const ProblemBanner &banner, const QString &store) const;

    QTemporaryDir m_folder;
    QString m_intact;
    QString m_damaged;
    qint64 m_accountOffThePage = 0; // none of its tickets is on the damaged page
};

void TestDamagedViews::initTestCase()
{
    QVERIFY(m_folder.isValid());
    m_intact = m_folder.filePath(QStringLiteral("intact.sqlite"));
    const Status made = DamagedStore::makeDemoStore(m_intact);
    QVERIFY2(made.ok(), qPrintable(made.message()));
    m_damaged = m_folder.filePath(QStringLiteral("damaged.sqlite"));
    const auto damage = DamagedStore::damagedCopy(m_intact, m_damaged, DamagedStore::Tickets);
    QVERIFY2(damage.ok(), qPrintable(damage.message()));

    // The demo adds each account's tickets together: most accounts have
    // none on the damaged page; the one with the most tickets of those.
    Opened intact = open(m_intact);
    QVERIFY(intact.context);
    QSqlQuery query(intact.database->connection());
    QVERIFY(
        query.exec(QStringLiteral("SELECT account_id FROM tickets GROUP BY account_id HAVING max(id) < %1 "
                                  "OR min(id) > %2 ORDER BY count(*) DESC LIMIT 1")
                       .arg(damage->rowIds.first())
                       .arg(damage->rowIds.last())));
    QVERIFY(query.next());
    m_accountOffThePage = query.value(0).toLongLong();
}

void TestDamagedViews::expectDamaged(const ProblemBanner &banner, const QString &store) const
{
    QVERIFY(banner.hasProblem());
    QCOMPARE(banner.problem()->kind, Error::Kind::Damaged);
    QVERIFY2(banner.text().contains(QStringLiteral("the store '%1' looks damaged").arg(store)),
             qPrintable(banner.text()));
}

void TestDamagedViews::ticketTableFailsOrShowsTheUndamagedRows_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("breachedOnly");
    QTest::addColumn<bool>("portable");
    QTest::addColumn<bool>("oneAccount");
    using M = TicketTableModel;
    const auto row = [](const char *name, int column, Qt::SortOrder order, bool breachedOnly, bool portable,
                        bool oneAccount) {
        QTest::newRow(name) << column << order << breachedOnly << portable << oneAccount;
    };
    // Every ticket: the damaged page is needed, whichever the order.
    row("created, newest first", M::Created, Qt::DescendingOrder, false, false, false);
    row("created, oldest first", M::Created, Qt::AscendingOrder, false, false, false);
    row("subject", M::Subject, Qt::AscendingOrder, false, false, false);
    row("response time, SQLite's own interface", M::ResponseTime, Qt::AscendingOrder, false, false, false);
    row("response time, Qt's driver", M::ResponseTime, Qt::AscendingOrder, false, true, false);
    row("due time", M::Due, Qt::DescendingOrder, false, false, false);
    row("breached only, SQLite's own interface", M::Created, Qt::DescendingOrder, true, false, false);
    row("breached only, Qt's driver", M::Created, Qt::DescendingOrder, true, true, false);
    row("breached only, by response time", M::ResponseTime, Qt::AscendingOrder, true, false, false);
    // The tickets of an account none of which is on the damaged page: it
    // may never be read (the store's indexes lead straight to them).
    row("one account, newest first", M::Created, Qt::DescendingOrder, false, false, true);
    row("one account, by subject", M::Subject, Qt::AscendingOrder, false, false, true);
    row("one account, by response time", M::ResponseTime, Qt::AscendingOrder, false, false, true);
}

void TestDamagedViews::ticketTableFailsOrShowsTheUndamagedRows()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, breachedOnly);
    QFETCH(bool, portable);
    QFETCH(bool, oneAccount);
    usePortableSqlitePaths(portable);
    TicketFilter filter;
    if (oneAccount)
        filter.accountId = m_accountOffThePage;

    QList<qint64> undamaged;
    {
        Opened intact = open(m_intact);
        QVERIFY(intact.context);
        // The native path is what these rows are about: it must be the one taken.
        QCOMPARE(sqliteHandleOf(intact.database->connection()) == nullptr, portable);
        TicketTableModel model(*intact.context);
        model.setFilter(filter, breachedOnly);
        model.sort(column, order);
        undamaged = rowIdsShown(model);
        QVERIFY(!model.failure());
        QVERIFY(undamaged.size() > (breachedOnly || oneAccount ? 100 : 29000));
    }

    Opened damaged = open(m_damaged);
    QVERIFY(damaged.context);
    TicketTableModel model(*damaged.context);
    QSignalSpy failureChanged(&model, &TicketTableModel::failureChanged);
    model.setFilter(filter, breachedOnly);
    model.sort(column, order);
    const QList<qint64> shown = rowIdsShown(model);
    // A read that failed while rows were asked for empties the table once
    // the view is done asking.
    QCoreApplication::processEvents();
    if (!model.failure()) {
        QVERIFY2(oneAccount, "every ticket was read although one page of them is damaged");
        QCOMPARE(shown, undamaged);
        return;
    }
    QCOMPARE(model.failure()->kind, Error::Kind::Damaged);
    QVERIFY2(model.failure()->message.contains(QStringLiteral("the store '%1' looks damaged").arg(m_damaged)),
             qPrintable(model.failure()->message));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(failureChanged.count() > 0);
    // What was shown before the damaged block is what the undamaged store shows there.
    QCOMPARE(shown, undamaged.mid(0, shown.size()));
    QVERIFY(shown.size() < undamaged.size());
}

void TestDamagedViews::reportsViewShowsTheDamageAndNoNumber()
{
    Opened intact = open(m_intact);
    QVERIFY(intact.context);
    ReportsView undamaged(*intact.context);
    undamaged.setMonths(demoMonths);
    undamaged.refresh();
    QVERIFY(!undamaged.problemBanner()->hasProblem());
    QVERIFY(undamaged.tableModel()->rowCount() > 0);
    QVERIFY(undamaged.monthlyModel()->rowCount() > 0);
    QVERIFY(!undamaged.summaryLabel()->text().isEmpty());
    QVERIFY(valuesDrawn(undamaged.charts()->chart(ReportCharts::Targets)) > 0);
    QVERIFY(valuesDrawn(undamaged.charts()->chart(ReportCharts::WithinTarget)) > 0);
    QVERIFY(valuesDrawn(undamaged.charts()->chart(ReportCharts::Distribution)) > 0);
    QVERIFY(valuesDrawn(undamaged.charts()->chart(ReportCharts::Credits)) > 0);

    Opened damaged = open(m_damaged);
    QVERIFY(damaged.context);
    ReportsView view(*damaged.context);
    view.setMonths(demoMonths);
    view.refresh();
    expectDamaged(*view.problemBanner(), m_damaged);
    QCOMPARE(view.tableModel()->rowCount(), 0);
    QCOMPARE(view.monthlyModel()->rowCount(), 0);
    QCOMPARE(view.summaryLabel()->text(), QString());
    QVERIFY(!view.charts()->hasDistribution());
    for (const auto chart : {ReportCharts::Targets, ReportCharts::WithinTarget, ReportCharts::Distribution,
                             ReportCharts::Credits})
        QCOMPARE(valuesDrawn(view.charts()->chart(chart)), 0);
}

void TestDamagedViews::creditsViewShowsTheDamageAndNoNumber()
{
    Opened intact = open(m_intact);
    QVERIFY(intact.context);
    CreditsView undamaged(*intact.context);
    undamaged.setMonths(demoMonths);
    undamaged.refresh();
    QVERIFY(!undamaged.problemBanner()->hasProblem());
    QVERIFY(undamaged.creditModel()->rowCount() > 0);
    QVERIFY(!undamaged.balanceLabel()->text().isEmpty());

    Opened damaged = open(m_damaged);
    QVERIFY(damaged.context);
    CreditsView view(*damaged.context);
    view.setMonths(demoMonths);
    view.refresh();
    expectDamaged(*view.problemBanner(), m_damaged);
    QCOMPARE(view.creditModel()->rowCount(), 0);
    QCOMPARE(view.claimModel()->rowCount(), 0);
    QCOMPARE(view.balanceLabel()->text(), QString());
}

void TestDamagedViews::ticketExportOverTheDamagedPageLeavesNoFile_data()
{
    QTest::addColumn<int>("column");
    // The first blocks are read and shown, the damaged one is met while exporting.
    QTest::newRow("rows shown before the damage") << int(TicketTableModel::Created);
    // The order could not be computed: the table is empty under its banner.
    QTest::newRow("no row shown") << int(TicketTableModel::ResponseTime);
}

void TestDamagedViews::ticketExportOverTheDamagedPageLeavesNoFile()
{
    QFETCH(int, column);
    Opened damaged = open(m_damaged);
    QVERIFY(damaged.context);
    TicketsView view(*damaged.context);
    view.model()->sort(column, Qt::AscendingOrder);
    QCOMPARE(view.model()->failure().has_value(), column == TicketTableModel::ResponseTime);

    const QString path = m_folder.filePath(QStringLiteral("tickets-%1.csv").arg(column));
    const Status written = TableExporter::exportTable(*view.currentTable(), path);
    QVERIFY(!written.ok());
    QCOMPARE(written.errorKind(), Error::Kind::Damaged);
    QVERIFY2(written.message().startsWith(path) && written.message().contains(u"looks damaged"),
             qPrintable(written.message()));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(m_folder.path()).entryList({QFileInfo(path).fileName() + u'*'}), QStringList());
    // The view says why the table is empty.
    QCoreApplication::processEvents();
    QCOMPARE(view.model()->rowCount(), 0);
    expectDamaged(*view.problemBanner(), m_damaged);
}

// Every view needs the accounts: with their page damaged the accounts view
// lists none, says why, and its table is not exported as an empty list.
void TestDamagedViews::accountsViewOverDamagedAccountsShowsNoneAndExportsNothing()
{
    {
        Opened intact = open(m_intact);
        QVERIFY(intact.context);
        AccountsView undamaged(*intact.context);
        QCOMPARE(undamaged.accountModel()->rowCount(), 20);
        QVERIFY(!undamaged.problemBanner()->hasProblem());
    }
    const QString store = m_folder.filePath(QStringLiteral("damaged-accounts.sqlite"));
    const auto damage = DamagedStore::damagedCopy(m_intact, store, DamagedStore::Accounts);
    QVERIFY2(damage.ok(), qPrintable(damage.message()));
    Opened damaged = open(store);
    QVERIFY(damaged.context);
    AccountsView view(*damaged.context);
    QCOMPARE(view.accountModel()->rowCount(), 0);
    QCOMPARE(view.accountModel()->failure()->kind, Error::Kind::Damaged);
    expectDamaged(*view.problemBanner(), store);

    const QString path = m_folder.filePath(QStringLiteral("accounts.csv"));
    const Status written = TableExporter::exportTable(*view.currentTable(), path);
    QCOMPARE(written.errorKind(), Error::Kind::Damaged);
    QVERIFY2(written.message().startsWith(path + QStringLiteral(" was not written: ")),
             qPrintable(written.message()));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_MAIN(TestDamagedViews)
#include "tst_damagedviews.moc"
