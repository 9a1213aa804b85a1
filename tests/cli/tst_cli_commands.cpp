// End-to-end runs of supportdesk-cli on a temporary store: each command of
// the spec's section 7, its errors, and that a refused command changes nothing.
#include "Database.h"
#include "SqliteHandle.h"
#include "TestStore.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::fixturePath;
using TestSupport::readFile;
using TestSupport::runCli;
using TestSupport::words;

class TestCliCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void claimsFollowTheSpecOrder();
    void badCommandsFailAndChangeNothing_data();
    void badCommandsFailAndChangeNothing();
    void importIsAllOrNothing();
    void reportJsonAndText();
    void plansShowPriceForSpend();
    void demoIsDeterministic();
    void exportOfOneAccountAndMonth();
    void reportCsvNeutralisesFormulaText();
    void exportToAFullDiskFails();
    void versionComesFromTheProject();
    void accountSetChangesOnlyWhatIsGiven();

private:
    QStringList db(std::initializer_list<const char *> arguments) const { return db(words(arguments)); }
    QStringList db(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--db"), m_store} + arguments;
    }
    void run(const QStringList &arguments);
    QByteArray dump() const;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<TestStore> m_testStore;
    QString m_store;
};

void TestCliCommands::run(const QStringList &arguments)
{
    const auto result = runCli(db(arguments));
    QVERIFY2(result.exitCode == 0,
             qPrintable(arguments.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(result.err)));
}

// Everything the store holds, as the CLI shows it: equal dumps mean an
// unchanged store.
QByteArray TestCliCommands::dump() const
{
    QByteArray all;
    for (const QStringList &command :
         {words({"tickets", "export"}),
          words({"credits", "--month", "2026-01..2026-12", "--as-of", "2026-12-31T00:00:00Z", "--format",
                 "csv"}),
          words({"report", "--month", "2026-10", "--as-of", "2026-12-31T00:00:00Z", "--format", "csv"}),
          words({"plans", "--format", "csv"}), words({"account", "show", "Acme"}),
          words({"account", "show", "Bistro, Inc."})}) {
        all += runCli(db(command)).out;
    }
    return all;
}

void TestCliCommands::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_testStore = std::make_unique<TestStore>();
    m_store = m_testStore->location();
    QVERIFY2(!m_store.isEmpty(), qPrintable(m_testStore->error()));
    run(words({"calendar", "add", "Paris office", "--tz", "Europe/Paris", "--hours", "mon-fri 09:00-17:00"}));
    run(words({"account", "add", "Acme"}));
    run(words({"account", "add", "Bistro, Inc.", "--tz", "Europe/Paris", "--calendar", "Paris office"}));
    run(words({"account", "add", "Cobalt"}));
    run(words({"plan", "set", "Acme", "production", "--from", "2026-01-01"}));
    run(words({"plan", "set", "Bistro, Inc.", "enterprise", "--from", "2026-10-15"}));
    run(words({"spend", "set", "Acme", "2026-10", "10000"}));
    run(words({"spend", "set", "Bistro, Inc.", "2026-10", "50000.00"}));
    run(words({"product", "add", "Messaging", "--category", "ga"}));
    run(words({"product", "add", "Voice", "--category", "ga"}));
    run(words({"product", "add", "AI Assistants", "--category", "alpha"}));
    run(words({"tickets", "import"}) << fixturePath(QStringLiteral("golden/october/tickets.csv")));
}

void TestCliCommands::claimsFollowTheSpecOrder()
{
    auto claim = [this](const char *account, const char *month, const char *filed) {
        const auto result = runCli(db({"claim", account, month, "--filed", filed}));
        return QString::number(result.exitCode) + u' ' + QString::fromUtf8(result.out).trimmed();
    };
    QCOMPARE(claim("Acme", "2026-10", "2026-10-31"), QStringLiteral("0 rejected: month_not_over"));
    QCOMPARE(claim("Acme", "2026-10", "2026-12-01"), QStringLiteral("0 rejected: late"));
    QCOMPARE(claim("Cobalt", "2026-10", "2026-11-10"), QStringLiteral("0 rejected: no_missed_guarantee"));
    QCOMPARE(claim("Acme", "2026-10", "2026-11-30"), QStringLiteral("0 accepted 400.00"));
    QCOMPARE(claim("Acme", "2026-10", "2026-11-30"), QStringLiteral("0 rejected: already_claimed"));
    // Late comes before already claimed.
    QCOMPARE(claim("Acme", "2026-10", "2026-12-01"), QStringLiteral("0 rejected: late"));
    QCOMPARE(claim("Bistro, Inc.", "2026-10", "2026-11-05"), QStringLiteral("0 accepted 1645.16"));
}

void TestCliCommands::badCommandsFailAndChangeNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << words({"frobnicate"})
                                     << QStringLiteral("unknown command 'frobnicate'");
    QTest::newRow("duplicate account") << words({"account", "add", "Acme"}) << QStringLiteral("Acme");
    QTest::newRow("unknown zone") << words({"account", "add", "Zed", "--tz", "Mars/Olympus"})
                                  << QStringLiteral("unknown time zone 'Mars/Olympus'");
    QTest::newRow("unknown calendar")
        << words({"account", "add", "Zed", "--calendar", "Nope"}) << QStringLiteral("Nope");
    QTest::newRow("account unknown verb")
        << words({"account", "remove", "Acme"}) << QStringLiteral("expected 'account add', 'account set'");
    QTest::newRow("account set unknown account") << words({"account", "set", "Nobody", "--language", "fr"})
                                                 << QStringLiteral("no account named 'Nobody'");
    QTest::newRow("account set unknown language")
        << words({"account", "set", "Acme", "--language", "de"}) << QStringLiteral("unknown language 'de'");
    QTest::newRow("account set bad address")
        << words({"account", "set", "Acme", "--language", "fr", "--contact-email", "billing"})
        << QStringLiteral("'billing' is not an e-mail address (billing contact)");
    QTest::newRow("account set name taken")
        << words({"account", "set", "Acme", "--name", "Cobalt"}) << QStringLiteral("'Cobalt' already exists");
    QTest::newRow("account set unknown zone")
        << words({"account", "set", "Acme", "--tz", "Mars/Olympus"}) << QStringLiteral("Mars/Olympus");
    QTest::newRow("bad hours") << words({"calendar", "add", "Bad", "--tz", "UTC", "--hours",
                                         "mon-fri 09:00-25:00"})
                               << QStringLiteral("25:00");
    QTest::newRow("empty interval") << words({"calendar", "add", "Bad", "--tz", "UTC", "--hours",
                                              "mon 09:00-09:00"})
                                    << QStringLiteral("09:00-09:00");
    QTest::newRow("unknown day") << words({"calendar", "add", "Bad", "--tz", "UTC", "--hours",
                                           "mun 09:00-17:00"})
                                 << QStringLiteral("mun");
    QTest::newRow("bad holiday date")
        << words({"holiday", "add", "Paris office", "2026-02-30"}) << QStringLiteral("2026-02-30");
    QTest::newRow("holiday unknown calendar")
        << words({"holiday", "add", "Nowhere", "2026-12-24"}) << QStringLiteral("Nowhere");
    QTest::newRow("unknown plan") << words({"plan", "set", "Acme", "gold", "--from", "2026-11-01"})
                                  << QStringLiteral("gold");
    QTest::newRow("plan without date")
        << words({"plan", "set", "Acme", "enterprise"}) << QStringLiteral("--from");
    QTest::newRow("unknown account") << words({"plan", "set", "Nobody", "enterprise", "--from", "2026-11-01"})
                                     << QStringLiteral("Nobody");
    QTest::newRow("negative spend") << words({"spend", "set", "Acme", "2026-11", "-5"})
                                    << QStringLiteral("amount");
    QTest::newRow("spend not a number")
        << words({"spend", "set", "Acme", "2026-11", "lots"}) << QStringLiteral("amount");
    QTest::newRow("spend bad month") << words({"spend", "set", "Acme", "2026-13", "5"})
                                     << QStringLiteral("2026-13");
    QTest::newRow("unknown category")
        << words({"product", "add", "Thing", "--category", "gamma"}) << QStringLiteral("gamma");
    QTest::newRow("report without month") << words({"report"}) << QStringLiteral("--month");
    QTest::newRow("report reversed range")
        << words({"report", "--month", "2026-10..2026-01"}) << QStringLiteral("2026-10..2026-01");
    QTest::newRow("report bad format")
        << words({"report", "--month", "2026-10", "--format", "xml"}) << QStringLiteral("xml");
    QTest::newRow("report bad as-of")
        << words({"report", "--month", "2026-10", "--as-of", "yesterday"}) << QStringLiteral("--as-of");
    QTest::newRow("report unknown option")
        << words({"report", "--month", "2026-10", "--acount", "Acme"}) << QStringLiteral("--acount");
    QTest::newRow("claim bad date") << words({"claim", "Acme", "2026-10", "--filed", "2026-11-31"})
                                    << QStringLiteral("2026-11-31");
    QTest::newRow("import missing file") << words({"tickets", "import", "/nonexistent/tickets.csv"})
                                         << QStringLiteral("/nonexistent/tickets.csv");
    QTest::newRow("demo into a used store")
        << words({"demo", "--tickets", "10"}) << QStringLiteral("already has accounts");
}

void TestCliCommands::badCommandsFailAndChangeNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QByteArray before = dump();
    const auto result = runCli(db(arguments));
    QVERIFY2(result.exitCode != 0, result.out.constData());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QCOMPARE(dump(), before);
}

void TestCliCommands::importIsAllOrNothing()
{
    const QString path = m_folder->filePath(QStringLiteral("bad.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,account,subject,priority,product,channel,created_at,first_response_at,resolved_at\n"
               "N1,Acme,New one,P2,Voice,email,2026-10-21T16:00:00Z,,\n"
               "T1,Acme,Changed subject,P1,Messaging,email,2026-10-05T15:00:00Z,2026-10-05T17:00:00Z,\n"
               "N2,Acme,Bad priority,P7,Voice,email,2026-10-21T16:00:00Z,,\n");
    file.close();
    const QByteArray before = dump();
    const auto result = runCli(db(words({"tickets", "import"}) << path));
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains("bad.csv:4") && result.err.contains("priority"), result.err.constData());
    QCOMPARE(dump(), before);
}

void TestCliCommands::reportJsonAndText()
{
    const auto json = runCli(db({"report", "--month", "2026-10", "--account", "Acme", "--as-of",
                                 "2026-11-02T00:00:00Z", "--format", "json"}));
    QCOMPARE(json.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("missed"));
    QCOMPARE(rows[0].toObject().value(QStringLiteral("average_minutes")).toDouble(), 210.0);
    QCOMPARE(rows[1].toObject().value(QStringLiteral("tickets")).toInt(), 1);
    QVERIFY(rows[2].toObject().value(QStringLiteral("within_target_percent")).isDouble());

    const auto text =
        runCli(db({"report", "--month", "2026-10", "--account", "Acme", "--as-of", "2026-11-02T00:00:00Z"}));
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("missed"));
    QVERIFY(text.out.contains("210.00"));
    // --as-of without an offset reads the account's zone (Acme: UTC).
    const auto local = runCli(db({"report", "--month", "2026-10", "--account", "Acme", "--as-of",
                                  "2026-11-02T00:00:00", "--format", "json"}));
    QCOMPARE(local.out, json.out);
}

void TestCliCommands::plansShowPriceForSpend()
{
    const auto result = runCli(db({"plans", "--spend", "10000", "--format", "csv"}));
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines[1].startsWith(u"developer,Developer,Développeur,0.00,0.00,0.00,"), qPrintable(lines[1]));
    QVERIFY2(
        lines[2].startsWith(
            u"production,Production,Production,4.00,250.00,400.00,180 business,360 business,540 business,"),
        qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(u"enterprise,Enterprise,Entreprise,6.00,1500.00,1500.00,60 continuous,"),
             qPrintable(lines[3]));
    QVERIFY2(lines[4].contains(u"technical_account_manager"), qPrintable(lines[4]));
    QVERIFY(!lines[3].contains(u"technical_account_manager"));
}

void TestCliCommands::demoIsDeterministic()
{
    auto demo = [this](const QString &name) {
        const QString store = m_testStore->siblingLocation(name);
        const auto generated =
            runCli(QStringList{QStringLiteral("--db"), store} +
                   words({"demo", "--accounts", "6", "--tickets", "3000", "--months", "3", "--seed", "7"}));
        if (generated.exitCode != 0)
            return QByteArray("demo failed: ") + generated.err;
        return runCli(QStringList{QStringLiteral("--db"), store} + words({"tickets", "export"})).out +
               runCli(QStringList{QStringLiteral("--db"), store} + words({"plans", "--format", "csv"})).out;
    };
    const QByteArray first = demo(QStringLiteral("one"));
    QCOMPARE(first.count('\n'), 3001 + 5);
    QCOMPARE(demo(QStringLiteral("two")), first);
    // Every priority, channel and some unanswered tickets are in the sample.
    for (const char *word : {",P1,", ",P2,", ",P3,", ",email,", ",chat,", ",phone,", ",web,"})
        QVERIFY2(first.contains(word), word);
    QVERIFY(first.contains("Z,,"));
}

void TestCliCommands::exportOfOneAccountAndMonth()
{
    const auto result = runCli(db({"tickets", "export", "--account", "Bistro, Inc.", "--month", "2026-11"}));
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    // B6 was created on 1 November in Paris, 23:30Z on 31 October.
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[1].startsWith(u"B6,"), qPrintable(lines[1]));
}

void TestCliCommands::reportCsvNeutralisesFormulaText()
{
    run(words({"account", "add", "=HYPERLINK(\"http://x\")"}));
    const auto result =
        runCli(db({"credits", "--month", "2026-10", "--as-of", "2026-11-02T00:00:00Z", "--format", "csv"}));
    QCOMPARE(result.exitCode, 0);
    // A spreadsheet would run the name as a formula; numbers stay numbers.
    QVERIFY2(result.out.contains("\n\"'=HYPERLINK(\"\"http://"
                                 "x\"\")\",2026-10,developer,2026-10-01,31,0.00,0.00,,0.00,2026-11-30\n"),
             result.out.constData());
}

void TestCliCommands::exportToAFullDiskFails()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(SUPPORTDESK_CLI_PATH), db({"tickets", "export"}));
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("cannot write to standard output"));
}

void TestCliCommands::versionComesFromTheProject()
{
    // No store is opened for it: a folder that is not one does not matter.
    const auto result =
        runCli(QStringList{QStringLiteral("--db"), m_folder->path(), QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(u'\n');
    QCOMPARE(lines.value(0), QStringLiteral("supportdesk-cli " SUPPORTDESK_PROJECT_VERSION));
    QCOMPARE(lines.value(1), QStringLiteral("Qt %1 (built with %2)")
                                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    QCOMPARE(lines.value(2), QStringLiteral("store schema version %1").arg(Database::currentSchemaVersion()));
    // Debian's Qt runs the SQLite this program links (tst_sqlitehandle).
    QCOMPARE(lines.value(3),
             QStringLiteral("SQLite %1, shared with Qt's driver: bulk reads and imports call it "
                            "directly")
                 .arg(nativeSqlite().linkedVersion));
}

void TestCliCommands::accountSetChangesOnlyWhatIsGiven()
{
    run(words({"account", "set", "Bistro, Inc.", "--language", "FR", "--tam", "Élise Martin", "--tam-email",
               "elise.martin@vendor.example", "--contact", "Comptabilité", "--contact-email",
               "compta@bistro.example"}));
    run(words({"account", "set", "Bistro, Inc.", "--name", "Bistro SA"}));
    const auto shown = runCli(db({"account", "show", "Bistro SA"}));
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(QString::fromUtf8(shown.out), QStringLiteral("name: Bistro SA\n"
                                                          "time_zone: Europe/Paris\n"
                                                          "calendar: Paris office\n"
                                                          "language: fr\n"
                                                          "tam: Élise Martin\n"
                                                          "tam_email: elise.martin@vendor.example\n"
                                                          "contact: Comptabilité\n"
                                                          "contact_email: compta@bistro.example\n"));
    // An empty value clears a field.
    run(words({"account", "set", "Bistro SA", "--tam-email", ""}));
    QVERIFY(runCli(db({"account", "show", "Bistro SA"})).out.contains("tam_email: \n"));
    // The plan history and tickets stay with the renamed account.
    QVERIFY(runCli(db({"tickets", "export", "--account", "Bistro SA"})).out.contains("Bistro SA"));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
