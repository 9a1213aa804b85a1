// supportdesk-cli risk end to end: the budgets worked out by hand in
// tst_creditrisk, read from a store built with the command line, on both
// engines, with the exit code a script acts on.
#include "TestStore.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::runCli;
using TestSupport::words;

namespace {

// Acme (Production, P1 3 business hours): 1 h and 2 h answered, one open
// since Wednesday 13:00. Borealis (Enterprise, P1 one hour 24/7): 3 h and
// 10 min answered. The office is open 09:00-17:00 UTC on weekdays, closed on
// Thursday 26 November.
const char tickets[] =
    "id,account,subject,priority,product,channel,created_at,first_response_at,resolved_at\n"
    "A1,Acme,Down,P1,Messaging,email,2026-11-23T10:00:00Z,2026-11-23T11:00:00Z,\n"
    "A2,Acme,Down again,P1,Messaging,email,2026-11-24T16:00:00Z,2026-11-25T10:00:00Z,\n"
    "A3,Acme,Still down,P1,Messaging,email,2026-11-25T13:00:00Z,,\n"
    "A4,Acme,Beta question,P1,Beta API,email,2026-11-25T09:00:00Z,,\n"
    "B1,Borealis,Outage,P1,Messaging,phone,2026-11-24T09:00:00Z,2026-11-24T12:00:00Z,\n"
    "B2,Borealis,Outage,P1,Messaging,phone,2026-11-25T09:00:00Z,2026-11-25T09:10:00Z,\n";

} // namespace

class TestCliRisk : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void handWorkedBudgets();
    void horizonDecidesAtRisk();
    void exitsZeroWhenAllIsSafe();
    void jsonMostUrgentFirst();
    void brokenIsWhatTheReportMisses();
    void badHorizonIsRefused();

private:
    QStringList db(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--db"), m_store} + arguments;
    }
    void run(std::initializer_list<const char *> arguments);
    // The CSV rows of `risk` by "account priority".
    QHash<QString, QStringList> rows(const TestSupport::CliRun &result) const;

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<TestStore> m_testStore;
    QString m_store;
    QStringList m_columns;
};

void TestCliRisk::run(std::initializer_list<const char *> arguments)
{
    const auto result = runCli(db(words(arguments)));
    QVERIFY2(result.exitCode == 0, result.err.constData());
}

void TestCliRisk::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_testStore = std::make_unique<TestStore>();
    m_store = m_testStore->location();
    QVERIFY2(!m_store.isEmpty(), qPrintable(m_testStore->error()));
    run({"calendar", "add", "Office", "--tz", "UTC", "--hours", "mon-fri 09:00-17:00"});
    run({"holiday", "add", "Office", "2026-11-26", "--name", "Thanksgiving"});
    run({"account", "add", "Acme", "--calendar", "Office"});
    run({"account", "add", "Borealis", "--calendar", "Office"});
    run({"plan", "set", "Acme", "production", "--from", "2026-01-01"});
    run({"plan", "set", "Borealis", "enterprise", "--from", "2026-01-01"});
    run({"spend", "set", "Acme", "2026-11", "10000"});
    run({"spend", "set", "Borealis", "2026-11", "40000"});
    run({"product", "add", "Messaging", "--category", "ga"});
    run({"product", "add", "Beta API", "--category", "beta"});
    const QString csv = m_folder->filePath(QStringLiteral("tickets.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(tickets);
    file.close();
    const auto imported = runCli(db(QStringList{QStringLiteral("tickets"), QStringLiteral("import"), csv}));
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

QHash<QString, QStringList> TestCliRisk::rows(const TestSupport::CliRun &result) const
{
    QHash<QString, QStringList> byKey;
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return byKey;
    const QStringList columns = lines.first().split(u',');
    const qsizetype account = columns.indexOf(u"account");
    const qsizetype priority = columns.indexOf(u"priority");
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(u',');
        byKey.insert(cells.value(account) + u' ' + cells.value(priority), cells);
    }
    return byKey;
}

void TestCliRisk::handWorkedBudgets()
{
    const auto result =
        runCli(db(words({"risk", "--as-of", "2026-11-25T15:00:00Z", "--horizon", "4h", "--format", "csv"})));
    QCOMPARE(result.exitCode, 3); // Borealis is broken
    const QString header = QString::fromUtf8(result.out).section(u'\n', 0, 0);
    QCOMPARE(header, QStringLiteral("account,month,plan,segment_start,priority,clock,target_minutes,tickets,"
                                    "answered,open,used_minutes,headroom_minutes,minutes_to_break,breaks_at,"
                                    "state,recover_tickets,recover_within_minutes,segment_fee"));
    const auto byKey = rows(result);
    QCOMPARE(byKey.size(), 6);
    // 5 h used of 9 h; the open ticket breaks it 4 h and 1 s of business time later.
    QCOMPARE(byKey.value(QStringLiteral("Acme P1")).join(u','),
             QStringLiteral("Acme,2026-11,production,2026-11-01,P1,business,180,3,2,1,300.00,240.00,240.02,"
                            "2026-11-27T11:00:01Z,safe,,,400.00"));
    QCOMPARE(
        byKey.value(QStringLiteral("Acme P2")).join(u','),
        QStringLiteral("Acme,2026-11,production,2026-11-01,P2,business,360,0,0,0,0.00,0.00,,,safe,,,400.00"));
    // 3 h 10 min used of 2 h; two tickets within 15 min bring it back.
    QCOMPARE(byKey.value(QStringLiteral("Borealis P1")).join(u','),
             QStringLiteral("Borealis,2026-11,enterprise,2026-11-01,P1,continuous,60,2,2,0,190.00,-70.00,,,"
                            "broken,2,15.00,2400.00"));
}

void TestCliRisk::horizonDecidesAtRisk()
{
    const auto wide = runCli(db(words({"risk", "--account", "Acme", "--as-of", "2026-11-25T15:00:00Z",
                                       "--horizon", "4h1m", "--format", "csv"})));
    QCOMPARE(wide.exitCode, 3);
    QCOMPARE(rows(wide).value(QStringLiteral("Acme P1")).value(14), QStringLiteral("at_risk"));
    const auto exact = runCli(db(words({"risk", "--account", "Acme", "--as-of", "2026-11-25T15:00:00Z",
                                        "--horizon", "240m", "--format", "csv"})));
    QCOMPARE(exact.exitCode, 0);
    QCOMPARE(rows(exact).value(QStringLiteral("Acme P1")).value(14), QStringLiteral("safe"));
}

void TestCliRisk::exitsZeroWhenAllIsSafe()
{
    // Acme's zone is UTC: a local as-of reads the same instant.
    const auto result = runCli(db(words({"risk", "--account", "Acme", "--as-of", "2026-11-25T15:00:00"})));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QVERIFY(result.out.contains("2026-11-27T11:00:01Z"));
    QVERIFY(!result.out.contains("Borealis"));
}

void TestCliRisk::jsonMostUrgentFirst()
{
    const auto result =
        runCli(db(words({"risk", "--as-of", "2026-11-25T15:00:00Z", "--horizon", "1h", "--format", "json"})));
    QCOMPARE(result.exitCode, 3);
    const QJsonArray array = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(array.size(), 6);
    QCOMPARE(array.first().toObject().value(u"account").toString(), QStringLiteral("Borealis"));
    QCOMPARE(array.first().toObject().value(u"state").toString(), QStringLiteral("broken"));
    QCOMPARE(array.first().toObject().value(u"headroom_minutes").toDouble(), -70.0);
    QCOMPARE(array.at(3).toObject().value(u"account").toString(), QStringLiteral("Acme"));
}

// A month called broken is one the report shows missed for that priority,
// and a safe one is met, as of the same instant.
void TestCliRisk::brokenIsWhatTheReportMisses()
{
    const auto report = runCli(
        db(words({"report", "--month", "2026-11", "--as-of", "2026-11-25T15:00:00Z", "--format", "csv"})));
    QCOMPARE(report.exitCode, 0);
    const auto byKey = rows(report);
    QCOMPARE(byKey.value(QStringLiteral("Borealis P1")).value(11), QStringLiteral("missed"));
    QCOMPARE(byKey.value(QStringLiteral("Acme P1")).value(11), QStringLiteral("met"));
    // The report's tickets are the budget's: the beta one counts in neither.
    QCOMPARE(byKey.value(QStringLiteral("Acme P1")).value(7), QStringLiteral("3"));
}

void TestCliRisk::badHorizonIsRefused()
{
    const auto result = runCli(db(words({"risk", "--horizon", "soon"})));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("--horizon") && result.err.contains("soon"), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliRisk)
#include "tst_cli_risk.moc"
