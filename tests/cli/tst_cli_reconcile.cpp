// The reconciliation through the real supportdesk-cli: a Zendesk report
// whose business minutes leave out a holiday our calendar lacks is found,
// the day named; once the calendar has it, the tickets match. Also the dry
// run and the import of the same report, re-run. On SQLite and, as
// tst_cli_reconcile_postgresql, on PostgreSQL.
#include "TestStore.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::runCli;
using TestSupport::words;

namespace {

// Acme works Monday to Friday, 09:00-17:00, Paris time. Zendesk's own
// calendar closes Friday 8 May 2026 (Victory in Europe day); Acme's lacks it.
//
// Z-1: Thursday 7 May 16:00 to Monday 11 May 10:00 Paris. Ours: 1 h on
//      Thursday + 8 h on Friday + 1 h on Monday = 600 min; Zendesk's: 120.
//      Calendar minutes: 3 days 18 h = 5,400.
// Z-2: Tuesday 12 May 10:00 to 11:30: 90 min on both sides.
// Z-3: Wednesday 13 May 09:00, no reply yet, so no figure: not compared.
const char ReportCsv[] =
    "Id,Organization,Subject,Priority,Via,Created at,Solved at,First reply time in minutes,"
    "First reply time in minutes within business hours\n"
    "Z-1,Acme,Invoices missing,High,Email,2026-05-07 16:00:00,2026-05-11 12:00:00,5400,120\n"
    "Z-2,Acme,Login fails,Urgent,Web form,2026-05-12 10:00:00,,90,90\n"
    "Z-3,Acme,Question,Normal,Chat,2026-05-13 09:00:00,,,\n";

} // namespace

class TestCliReconcile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dryRunCountsWithoutWriting();
    void findsTheHolidayTheCalendarLacks();
    void importsThenReimportsUnchanged();
    void matchesOnceTheCalendarHasTheHoliday();

private:
    QStringList db(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--db"), m_store} + arguments;
    }
    QStringList importWords(std::initializer_list<const char *> options) const
    {
        return db(QStringList{QStringLiteral("tickets"), QStringLiteral("import"), m_report,
                              QStringLiteral("--zone"), QStringLiteral("Europe/Paris"),
                              QStringLiteral("--product"), QStringLiteral("Messaging")} +
                  words(options));
    }
    QTemporaryDir m_folder;
    TestStore m_testStore;
    QString m_store;
    QString m_report;
};

void TestCliReconcile::initTestCase()
{
    QVERIFY(m_folder.isValid());
    m_store = m_testStore.location();
    QVERIFY2(!m_store.isEmpty(), qPrintable(m_testStore.error()));
    m_report = m_folder.filePath(QStringLiteral("zendesk-report.csv"));
    QFile file(m_report);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ReportCsv);
    file.close();
    const QList<QStringList> setup{
        words({"calendar", "add", "Paris office", "--tz", "Europe/Paris", "--hours", "mon-fri 09:00-17:00"}),
        words({"account", "add", "Acme", "--tz", "Europe/Paris", "--calendar", "Paris office"}),
        words({"plan", "set", "Acme", "enterprise", "--from", "2026-01-01"}),
        words({"product", "add", "Messaging", "--category", "ga"}),
    };
    for (const QStringList &command : setup) {
        const auto run = runCli(db(command));
        QVERIFY2(run.exitCode == 0,
                 qPrintable(command.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(run.err)));
    }
}

void TestCliReconcile::dryRunCountsWithoutWriting()
{
    const auto run = runCli(importWords({"--dry-run"}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    for (const char *line : {"source zendesk", "zone Europe/Paris", "tickets 3", "new 3", "updated 0",
                             "unchanged 0", "refused 0", "skipped 0"})
        QVERIFY2(out.split(u'\n').contains(QString::fromUtf8(line)), qPrintable(out));
    // As stored: instants in UTC (Paris is UTC+2 in May); Z-1 answered
    // 5,400 calendar minutes after its creation.
    QVERIFY2(out.contains(QStringLiteral("Z-1,Acme,Invoices missing,P2,Messaging,email,2026-05-07T14:00:00Z,"
                                         "2026-05-11T08:00:00Z,2026-05-11T10:00:00Z")),
             qPrintable(out));
    const auto exported = runCli(db(words({"tickets", "export"})));
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out.count('\n'), 1); // the header alone: nothing was written
}

void TestCliReconcile::findsTheHolidayTheCalendarLacks()
{
    const auto run = runCli(importWords({"--reconcile", "--format", "csv"}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the header and Z-1
    const QString row = lines.at(1);
    QVERIFY2(row.startsWith(QStringLiteral("2,Acme,Z-1,business_seconds,2026-05-07T14:00:00Z,"
                                           "2026-05-11T08:00:00Z,36000,business,7200,28800,")),
             qPrintable(row));
    QVERIFY2(row.contains(QStringLiteral(",holiday_missing_here,2026-05-08,")), qPrintable(row));

    const auto summary = runCli(importWords({"--reconcile"}));
    QCOMPARE(summary.exitCode, 0);
    const QString text = QString::fromUtf8(summary.out);
    QVERIFY2(text.contains(QStringLiteral("Compared: 2 (matching 1, mismatched 1)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("no_figure 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("holiday_missing_here 1")), qPrintable(text));
}

void TestCliReconcile::importsThenReimportsUnchanged()
{
    const auto imported = runCli(importWords({}));
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(imported.out, QByteArray("imported 3 tickets\n"));
    const auto again = runCli(importWords({"--dry-run"}));
    QCOMPARE(again.exitCode, 0);
    const QStringList lines = QString::fromUtf8(again.out).split(u'\n');
    QVERIFY2(lines.contains(QStringLiteral("new 0")) && lines.contains(QStringLiteral("unchanged 3")),
             again.out.constData());
    const auto reimported = runCli(importWords({}));
    QCOMPARE(reimported.exitCode, 0);
    const auto exported = runCli(db(words({"tickets", "export"})));
    QCOMPARE(exported.out.count('\n'), 4);
}

void TestCliReconcile::matchesOnceTheCalendarHasTheHoliday()
{
    const auto added = runCli(db(words({"holiday", "add", "Paris office", "2026-05-08"})));
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const auto run = runCli(importWords({"--reconcile"}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral("Compared: 2 (matching 2, mismatched 0)")),
             run.out.constData());
}

QTEST_GUILESS_MAIN(TestCliReconcile)
#include "tst_cli_reconcile.moc"
