// An import runs on a thread and a connection of its own: the window's event
// loop keeps running, editing stops until it ends, changes made elsewhere
// meanwhile are applied after it, a cancel or a lost connection leaves
// nothing written, and a lost connection of the window is opened again at
// the next action. On SQLite and, as tst_backgroundimport_postgresql, on
// PostgreSQL.
#include "AccountStore.h"
#include "AppContext.h"
#include "ContextFixture.h"
#include "Database.h"
#include "ImportDialog.h"
#include "ProductStore.h"
#include "TicketStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

class TestBackgroundImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eventLoopRunsWhileTheImportRuns();
    void editingStopsUntilTheImportEnds();
    void changesFromElsewhereWaitForTheEnd();
    void cancelMidwayWritesNothing();
    void lostConnectionEndsTheImportAndTheWindowReconnects();

private:
    // A ticket file of `rows` rows for the fixture's accounts.
    QString ticketFile(int rows) const;
    // Enough rows for an import to outlast a few turns of the event loop:
    // PostgreSQL takes each row in a statement of its own, ten times slower.
    int manyRows() const { return m_fixture->database().engine() == StoreEngine::PostgreSql ? 6000 : 60000; }

    std::unique_ptr<ContextFixture> m_fixture;
};

void TestBackgroundImport::init()
{
    m_fixture = std::make_unique<ContextFixture>();
    QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
    for (const char *name : {"Acme", "Blue Harbor"}) {
        Account account;
        account.name = QString::fromUtf8(name);
        QVERIFY(AccountStore(m_fixture->database()).add(account).ok());
    }
    QVERIFY(ProductStore(m_fixture->database()).add(QStringLiteral("Messaging"), ProductCategory::Ga).ok());
}

void TestBackgroundImport::cleanup()
{
    m_fixture.reset();
}

QString TestBackgroundImport::ticketFile(int rows) const
{
    const QString path = m_fixture->filePath(QStringLiteral("tickets-%1.csv").arg(rows));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("id,account,subject,priority,product,channel,created_at,first_response_at,resolved_at\n");
    for (int i = 0; i < rows; ++i) {
        file.write(QStringLiteral("T-%1,%2,Subject %1,P%3,Messaging,email,2026-03-%4T09:%5:00Z,,\n")
                       .arg(i)
                       .arg(i % 2 ? QStringLiteral("Acme") : QStringLiteral("Blue Harbor"))
                       .arg(1 + i % 3)
                       .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                       .arg(i % 60, 2, 10, QLatin1Char('0'))
                       .toUtf8());
    }
    return path;
}

void TestBackgroundImport::eventLoopRunsWhileTheImportRuns()
{
    const QString path = ticketFile(manyRows());
    ImportDialog dialog(m_fixture->context());
    int ticksWhileRunning = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ticksWhileRunning += dialog.isRunning() ? 1 : 0; });
    ticker.start(5);
    const auto imported = dialog.importFile(path);
    QVERIFY2(imported.ok(), qPrintable(imported.message()));
    QCOMPARE(*imported, qint64(manyRows()));
    // The window's thread went on handling events (its timer) meanwhile.
    QVERIFY(ticksWhileRunning > 0);
    QCOMPARE(TicketStore(m_fixture->database()).count({}).value(), qint64(manyRows()));
}

void TestBackgroundImport::editingStopsUntilTheImportEnds()
{
    AppContext &context = m_fixture->context();
    QSignalSpy editable(&context, &AppContext::editableChanged);
    QSignalSpy changed(&context, &AppContext::dataChanged);
    ImportDialog dialog(context);
    bool editableWhileRunning = true;
    QTimer probe;
    connect(&probe, &QTimer::timeout, this, [&] {
        if (dialog.isRunning())
            editableWhileRunning = editableWhileRunning && context.canEdit();
    });
    probe.start(1);
    QVERIFY(context.canEdit());
    const auto imported = dialog.importFile(ticketFile(manyRows() / 3));
    QVERIFY2(imported.ok(), qPrintable(imported.message()));
    QVERIFY(!editableWhileRunning);
    QCOMPARE(editable.count(), 2);
    QVERIFY(context.canEdit());
    // The views read the imported tickets once, at the end.
    QCOMPARE(changed.count(), 1);
}

void TestBackgroundImport::changesFromElsewhereWaitForTheEnd()
{
    AppContext &context = m_fixture->context();
    context.watchStore(10);
    QSignalSpy elsewhere(&context, &AppContext::changedElsewhere);
    auto other = m_fixture->database().openAnother();
    QVERIFY2(other.ok(), qPrintable(other.message()));
    Account account;
    account.name = QStringLiteral("Cobalt");
    QVERIFY(AccountStore(**other).add(account).ok());
    int seenWhileRunning = 0;
    ImportDialog dialog(context);
    QTimer probe;
    connect(&probe, &QTimer::timeout, this, [&] {
        if (dialog.isRunning())
            seenWhileRunning += int(elsewhere.count());
    });
    probe.start(1);
    const auto imported = dialog.importFile(ticketFile(manyRows()));
    QVERIFY2(imported.ok(), qPrintable(imported.message()));
    QCOMPARE(seenWhileRunning, 0);
    // Told once the import has ended (with the import's own commit, when
    // the watcher sees it as well).
    QTRY_VERIFY(elsewhere.count() >= 1);
    QVERIFY(AccountStore(m_fixture->database()).findByName(QStringLiteral("Cobalt")).ok());
}

void TestBackgroundImport::cancelMidwayWritesNothing()
{
    ImportDialog dialog(m_fixture->context());
    int steps = 0;
    // Cancelled once the rows have started to go in.
    QTimer probe;
    connect(&probe, &QTimer::timeout, this, [&] {
        if (dialog.isRunning() && ++steps == 1)
            dialog.cancelImport();
    });
    probe.start(1);
    const auto imported = dialog.importFile(ticketFile(2 * manyRows()));
    QVERIFY(!imported.ok());
    QCOMPARE(imported.errorKind(), Error::Kind::Cancelled);
    QCOMPARE(TicketStore(m_fixture->database()).count({}).value(), qint64(0));
    // A later import is not cancelled by the earlier one's request.
    const auto again = dialog.importFile(ticketFile(10));
    QVERIFY2(again.ok(), qPrintable(again.message()));
}

void TestBackgroundImport::lostConnectionEndsTheImportAndTheWindowReconnects()
{
    if (m_fixture->database().engine() != StoreEngine::PostgreSql)
        QSKIP("A lost connection is a server's: PostgreSQL only");
    // Every session of the store's database but the admin's ends, as when
    // the server restarts: the import's and the window's.
    const QString terminateOthers = QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                   "WHERE datname = current_database() AND pid <> "
                                                   "pg_backend_pid()");
    ImportDialog dialog(m_fixture->context());
    bool terminated = false;
    QTimer probe;
    connect(&probe, &QTimer::timeout, this, [&] {
        // Once rows are going in, so the import's own session is among them.
        if (dialog.isRunning() && dialog.value() > 0 && !terminated) {
            QString error;
            terminated = true;
            QVERIFY2(m_fixture->testStore().runAsAdmin({terminateOthers}, &error), qPrintable(error));
        }
    });
    probe.start(1);
    // Long enough (seconds on a server) for the sessions to end before it commits.
    const auto imported = dialog.importFile(ticketFile(5 * manyRows()));
    QVERIFY(terminated);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.message().contains(QStringLiteral("connection")), qPrintable(imported.message()));
    // The window's connection went too: the action that meets the loss
    // fails, the next one opens it again and works.
    AccountStore accounts(m_fixture->database());
    auto all = accounts.all();
    if (!all) {
        QCOMPARE(all.errorKind(), Error::Kind::Storage);
        all = accounts.all();
    }
    QVERIFY2(all.ok(), qPrintable(all.message()));
    QCOMPARE(all->size(), 2);
    QCOMPARE(TicketStore(m_fixture->database()).count({}).value(), qint64(0));
}

QTEST_MAIN(TestBackgroundImport)
#include "tst_backgroundimport.moc"
