// A supportdesk-cli killed outright (SIGKILL: a crash, a power cut of the
// process) in the middle of a large import keeps all of it or none of it,
// and the store passes SQLite's integrity check; a killed export never leaves
// a half-written file under the name asked for.
#include "TestSupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::readFile;
using TestSupport::runCli;
using TestSupport::words;

namespace {

constexpr int TicketCount = 200'000;

struct StoreState
{
    QString integrity;
    qint64 tickets = -1;
};

// Opened as the next program would open it, so a leftover WAL is recovered.
StoreState inspect(const QString &path)
{
    static int connections = 0;
    const QString name = QStringLiteral("inspect-%1").arg(++connections);
    StoreState state;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        if (database.open()) {
            QSqlQuery query(database);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                state.integrity = query.value(0).toString();
            if (query.exec(QStringLiteral("SELECT count(*) FROM tickets")) && query.next())
                state.tickets = query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return state;
}

// Starts the CLI, lets it run for `delay` ms (or to its end), then kills it.
// Returns whether it had already finished.
bool runAndKill(const QStringList &arguments, int delay)
{
    QProcess process;
    process.start(QStringLiteral(SUPPORTDESK_CLI_PATH), arguments);
    if (!process.waitForStarted())
        return false;
    if (process.waitForFinished(delay))
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    process.kill();
    process.waitForFinished(60'000);
    return false;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedImportKeepsAllOrNothing();
    void killedExportLeavesNoHalfFile();

private:
    QString copyOfStore(const QString &name) const;

    QTemporaryDir m_folder;
    QString m_template;
    QString m_tickets;
};

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_folder.isValid());
    m_template = m_folder.filePath(QStringLiteral("template.sqlite"));
    for (const QStringList &arguments :
         {words({"account", "add", "Acme"}), words({"account", "add", "Paris", "--tz", "Europe/Paris"}),
          words({"product", "add", "Messaging", "--category", "ga"})}) {
        const auto result = runCli(QStringList{QStringLiteral("--db"), m_template} + arguments);
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }
    m_tickets = m_folder.filePath(QStringLiteral("tickets.csv"));
    QFile file(m_tickets);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,account,subject,priority,product,channel,created_at,first_response_at,resolved_at\n");
    QByteArray rows;
    const auto iso = [](qint64 seconds) {
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
    };
    for (int i = 0; i < TicketCount; ++i) {
        const qint64 created = 1'780'000'000LL + qint64(i) * 97;
        rows += QStringLiteral("K-%1,%2,Subject of ticket %1,P%3,Messaging,email,%4,%5,\n")
                    .arg(i)
                    .arg(i % 3 ? QStringLiteral("Acme") : QStringLiteral("Paris"))
                    .arg(i % 3 + 1)
                    .arg(iso(created), iso(created + 3600))
                    .toUtf8();
        if (rows.size() > (1 << 20)) {
            file.write(rows);
            rows.clear();
        }
    }
    file.write(rows);
    file.close();
}

QString TestCrashSafety::copyOfStore(const QString &name) const
{
    const QString path = m_folder.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_template, path) ? path : QString();
}

void TestCrashSafety::killedImportKeepsAllOrNothing()
{
    // One import to its end tells how long one takes on this machine; the
    // kills are spread over that time. What is checked holds whatever the timing.
    const QString full = copyOfStore(QStringLiteral("full.sqlite"));
    QElapsedTimer timer;
    timer.start();
    const auto imported = runCli(words({"--db"}) << full << words({"tickets", "import"}) << m_tickets);
    const int duration = int(timer.elapsed());
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(inspect(full).tickets, TicketCount);

    int killed = 0;
    for (const double fraction : {0.05, 0.25, 0.5, 0.75, 0.9}) {
        const QString store = copyOfStore(QStringLiteral("killed.sqlite"));
        QFile::remove(store + QStringLiteral("-wal"));
        QFile::remove(store + QStringLiteral("-shm"));
        const bool finished =
            runAndKill(words({"--db"}) << store << words({"tickets", "import"}) << m_tickets,
                       qMax(1, int(duration * fraction)));
        killed += finished ? 0 : 1;
        const StoreState state = inspect(store);
        QCOMPARE(state.integrity, QStringLiteral("ok"));
        QVERIFY2(state.tickets == 0 || state.tickets == TicketCount,
                 qPrintable(QStringLiteral("%1 tickets after a kill at %2 of the import")
                                .arg(state.tickets)
                                .arg(fraction)));
        QCOMPARE(state.tickets == TicketCount, finished || state.tickets == TicketCount);
        // The next command works on the store as left.
        const auto after =
            runCli(words({"--db"}) << store << words({"spend", "set", "Acme", "2026-10", "10"}));
        QVERIFY2(after.exitCode == 0, after.err.constData());
    }
    qInfo("%d of 5 imports were killed before they finished (one import: %d ms)", killed, duration);
}

void TestCrashSafety::killedExportLeavesNoHalfFile()
{
    const QString store = m_folder.filePath(QStringLiteral("full.sqlite"));
    QCOMPARE(inspect(store).tickets, TicketCount);
    const QString reference = m_folder.filePath(QStringLiteral("reference.csv"));
    QElapsedTimer timer;
    timer.start();
    const auto exported =
        runCli(words({"--db"}) << store << words({"tickets", "export", "--output"}) << reference);
    const int duration = int(timer.elapsed());
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QByteArray whole = readFile(reference);
    QVERIFY(whole.count('\n') == TicketCount + 1);

    const QString target = m_folder.filePath(QStringLiteral("export.csv"));
    const QByteArray previous("an earlier export\n");
    for (const double fraction : {0.05, 0.3, 0.6, 0.9, 0.97}) {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(previous);
        file.close();
        runAndKill(words({"--db"}) << store << words({"tickets", "export", "--output"}) << target,
                   qMax(1, int(duration * fraction)));
        const QByteArray now = readFile(target);
        QVERIFY2(
            now == previous || now == whole,
            qPrintable(
                QStringLiteral("%1 bytes under the name after a kill at %2").arg(now.size()).arg(fraction)));
    }
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
