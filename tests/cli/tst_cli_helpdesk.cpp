// Every help desk's sample export (tests/fixtures/helpdesk) through the real
// supportdesk-cli, each on a new store: the dry run as golden text (source,
// zone, counts, refusals by line, the tickets as they would be stored); an
// import refused as a whole when a row is, naming it and writing nothing;
// and the rows the dry run accepted, imported, exported as golden CSV. On
// SQLite and, as tst_cli_helpdesk_postgresql, on PostgreSQL.
//
// SUPPORTDESK_WRITE_GOLDEN=1 writes the golden files instead of comparing:
// for a new sample, whose output must then be read line by line.
#include "TestStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtTest>

using TestSupport::fixturePath;
using TestSupport::readFile;
using TestSupport::runCli;
using TestSupport::words;

class TestCliHelpdesk : public QObject
{
    Q_OBJECT

private slots:
    void eachSample_data();
    void eachSample();
};

namespace {

QString goldenPath(const QString &sample, const QString &kind)
{
    return fixturePath(QStringLiteral("helpdesk/expected/%1.%2").arg(sample, kind));
}

// Compares with the golden file, or writes it when asked to.
void compareGolden(const QByteArray &actual, const QString &path)
{
    if (qEnvironmentVariableIntValue("SUPPORTDESK_WRITE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(actual);
        return;
    }
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(readFile(path)));
}

// The lines the dry run refused.
QList<int> refusedLines(const QString &dryRun)
{
    QList<int> lines;
    static const QRegularExpression refused(QStringLiteral("^refused line (\\d+):"),
                                            QRegularExpression::MultilineOption);
    for (auto match = refused.globalMatch(dryRun); match.hasNext();)
        lines.append(match.next().captured(1).toInt());
    return lines;
}

// The sample without those lines: the rows the dry run accepted.
QByteArray withoutLines(const QByteArray &content, const QList<int> &drop)
{
    QList<QByteArray> lines = content.split('\n');
    QByteArray kept;
    for (int i = 0; i < lines.size(); ++i) {
        if (drop.contains(i + 1))
            continue;
        kept += lines[i];
        if (i + 1 < lines.size())
            kept += '\n';
    }
    return kept;
}

} // namespace

void TestCliHelpdesk::eachSample_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QStringList>("options");
    const QStringList paris{QStringLiteral("--zone"), QStringLiteral("Europe/Paris")};
    // Intercom names its zone in its headers, Zammad in its footer, and
    // Zendesk's API writes UTC: none needs --zone.
    const QList<std::pair<const char *, QStringList>> samples{
        {"zendesk.csv", paris},       {"zendesk.jsonl", {}},         {"zendesk-page.json", {}},
        {"freshdesk.csv", paris},     {"freshdesk-2019.csv", paris}, {"jira.csv", paris},
        {"jira-fr.csv", paris},       {"intercom.csv", {}},          {"zammad.xlsx", {}},
        {"zammad-serials.xlsx", {}},  {"osticket.csv", paris},       {"glpi10.csv", paris},
        {"glpi10-cp1252.csv", paris}, {"glpi.csv", paris},
    };
    for (const auto &[sample, options] : samples)
        QTest::newRow(sample) << QString::fromUtf8(sample) << options;
}

void TestCliHelpdesk::eachSample()
{
    QFETCH(QString, sample);
    QFETCH(QStringList, options);
    TestStore store;
    QVERIFY2(!store.location().isEmpty(), qPrintable(store.error()));
    const QStringList db{QStringLiteral("--db"), store.location()};
    const auto product = runCli(db + words({"product", "add", "Messaging", "--category", "ga"}));
    QVERIFY2(product.exitCode == 0, product.err.constData());
    const QString path = fixturePath(QStringLiteral("helpdesk/") + sample);
    const QStringList import = db + QStringList{QStringLiteral("tickets"), QStringLiteral("import"), path} +
                               options + words({"--product", "Messaging", "--create-missing"});

    const auto dryRun = runCli(import + words({"--dry-run"}));
    QVERIFY2(dryRun.exitCode == 0, dryRun.err.constData());
    compareGolden(dryRun.out, goldenPath(sample, QStringLiteral("dry-run.txt")));
    const QList<int> refused = refusedLines(QString::fromUtf8(dryRun.out));

    const auto whole = runCli(import);
    const auto exported = [&] { return runCli(db + words({"tickets", "export"})); };
    if (!refused.isEmpty()) {
        // All or nothing: the first refused row fails the import, named.
        QCOMPARE(whole.exitCode, 1);
        const QString expected =
            QStringLiteral("%1:%2:").arg(QFileInfo(path).fileName()).arg(refused.first());
        QVERIFY2(QString::fromUtf8(whole.err).contains(expected), whole.err.constData());
        QCOMPARE(exported().out.count('\n'), 1); // the header alone
        if (sample.endsWith(QStringLiteral(".xlsx")) || sample.endsWith(QStringLiteral(".json")))
            return; // no line to leave out of a sheet or a JSON document
        // The rows the dry run accepted import, and nothing else.
        const QString rest = store.filePath(QStringLiteral("accepted-") + sample);
        QFile file(rest);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(withoutLines(readFile(path), refused));
        file.close();
        QStringList again = import;
        again[again.indexOf(path)] = rest;
        const auto accepted = runCli(again);
        QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    } else {
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
    }
    const auto tickets = exported();
    QCOMPARE(tickets.exitCode, 0);
    compareGolden(tickets.out, goldenPath(sample, QStringLiteral("tickets.csv")));
}

QTEST_GUILESS_MAIN(TestCliHelpdesk)
#include "tst_cli_helpdesk.moc"
