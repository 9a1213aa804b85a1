// The report and credits of a hand-worked month (tests/fixtures/golden),
// computed by the real supportdesk-cli on a new store, byte for byte.
#include "GoldenOctober.h"
#include "TestStore.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QtTest>

using TestSupport::fixturePath;
using TestSupport::readFile;
using TestSupport::runCli;
using TestSupport::words;

class TestCliGolden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportMatchesGolden();
    void creditsMatchGolden();
    void rangeOfOneMonthIsTheSameReport();
    void exportImportsBackUnchanged();

private:
    QStringList db(std::initializer_list<const char *> arguments) const
    {
        return QStringList{QStringLiteral("--db"), m_store} + words(arguments);
    }
    QStringList db(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--db"), m_store} + arguments;
    }
    QTemporaryDir m_folder;
    TestStore m_testStore;
    QString m_store;
};

void TestCliGolden::initTestCase()
{
    QVERIFY(m_folder.isValid());
    m_store = m_testStore.location();
    QVERIFY2(!m_store.isEmpty(), qPrintable(m_testStore.error()));
    const QList<QStringList> setup = GoldenOctober::cliCommands();
    for (const QStringList &command : setup) {
        const auto run = runCli(db(command));
        QVERIFY2(run.exitCode == 0,
                 qPrintable(command.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(run.err)));
    }
}

void TestCliGolden::reportMatchesGolden()
{
    const auto run =
        runCli(db({"report", "--month", "2026-10", "--as-of", "2026-11-02T00:00:00Z", "--format", "csv"}));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out),
             QString::fromUtf8(readFile(fixturePath(QStringLiteral("golden/october/expected-report.csv")))));
}

void TestCliGolden::creditsMatchGolden()
{
    const auto run =
        runCli(db({"credits", "--month", "2026-10", "--as-of", "2026-11-02T00:00:00Z", "--format", "csv"}));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out),
             QString::fromUtf8(readFile(fixturePath(QStringLiteral("golden/october/expected-credits.csv")))));
}

void TestCliGolden::rangeOfOneMonthIsTheSameReport()
{
    const auto single =
        runCli(db({"report", "--month", "2026-10", "--as-of", "2026-11-02T00:00:00Z", "--format", "csv"}));
    const auto range = runCli(
        db({"report", "--month", "2026-09..2026-11", "--as-of", "2026-11-02T00:00:00Z", "--format", "csv"}));
    QCOMPARE(range.exitCode, 0);
    // The range holds October's rows unchanged, between September's and November's.
    QStringList october;
    for (const QString &line : QString::fromUtf8(range.out).split(u'\n')) {
        if (line.contains(u",2026-10,") || line.startsWith(u"account,"))
            october << line;
    }
    QCOMPARE(october.join(u'\n') + u'\n', QString::fromUtf8(single.out));
    QVERIFY(range.out.contains(",2026-09,"));
    QVERIFY(range.out.contains(",2026-11,"));
}

void TestCliGolden::exportImportsBackUnchanged()
{
    const QString first = m_folder.filePath(QStringLiteral("first.csv"));
    const QString second = m_folder.filePath(QStringLiteral("second.csv"));
    QCOMPARE(runCli(db(words({"tickets", "export", "--output"}) << first)).exitCode, 0);
    QCOMPARE(runCli(db(words({"tickets", "import"}) << first)).exitCode, 0);
    QCOMPARE(runCli(db(words({"tickets", "export", "--output"}) << second)).exitCode, 0);
    const QByteArray exported = readFile(first);
    QCOMPARE(exported.count('\n') > 10, true);
    QCOMPARE(readFile(second), exported);
    // Timestamps leave in UTC with Z: B2 was imported as Paris local time.
    QVERIFY(exported.contains("B2,\"Bistro, Inc.\",Outage in checkout,P1,Voice,phone,2026-10-16T07:00:00Z,"));
}

QTEST_GUILESS_MAIN(TestCliGolden)
#include "tst_cli_golden.moc"
