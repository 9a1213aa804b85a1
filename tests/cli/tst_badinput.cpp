// Bad input through the real supportdesk-cli on a temporary store: every
// refusal says what is wrong (for a file: the file, the line and the column),
// exits non-zero, and leaves every table of the store exactly as it was.
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::runCli;
using TestSupport::words;

namespace {

const QByteArray Header =
    "id,account,subject,priority,product,channel,created_at,first_response_at,resolved_at\n";

// A valid row of the ticket CSV, for files that go wrong later on.
QByteArray row(const char *id, const char *created = "2026-10-05T10:00:00Z")
{
    return QByteArray(id) + ",Acme,Printer on fire,P1,Messaging,email," + created + ",,\n";
}

// Every table's rows, each as one line, sorted, with the schema's pragmas:
// equal dumps mean the store's content did not change.
QStringList dumpTables(const QString &path)
{
    static int connections = 0;
    const QString name = QStringLiteral("dump-%1").arg(++connections);
    QStringList lines;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(path);
        if (!database.open())
            return {QStringLiteral("cannot open: ") + path};
        QSqlQuery query(database);
        for (const char *pragma : {"user_version", "application_id"}) {
            query.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma));
            query.next();
            lines << QLatin1String(pragma) + u'=' + query.value(0).toString();
        }
        QStringList tables;
        query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (query.next())
            tables << query.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            QStringList rows;
            // The names come from the store's own schema.
            query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i)
                    values << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
                rows << table + u'|' + values.join(u'|');
            }
            rows.sort();
            lines << QStringLiteral("%1: %2 rows").arg(table).arg(rows.size()) << rows;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return lines;
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void badTicketFilesChangeNothing_data();
    void badTicketFilesChangeNothing();
    void hugeFieldIsRefused();
    void refusedUpdateKeepsTheOldTickets();
    void badCommandsChangeNothing_data();
    void badCommandsChangeNothing();
    void crOnlyLineEndsImport();
    void outputThatCannotBeWrittenFails_data();
    void outputThatCannotBeWrittenFails();

private:
    QStringList db(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--db"), m_store} + arguments;
    }
    QString writeFile(const QString &name, const QByteArray &content) const;
    void expectRefusal(const QStringList &arguments, const QStringList &fragments);

    QTemporaryDir m_folder;
    QString m_template;
    QString m_store;
    int m_run = 0;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_folder.isValid());
    m_template = m_folder.filePath(QStringLiteral("template.sqlite"));
    const QString tickets = m_folder.filePath(QStringLiteral("good.csv"));
    QFile file(tickets);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Header + row("T-1") +
               "T-2,Paris,Réseau lent,P3,Messaging,chat,2026-10-06T09:30,2026-10-06T11:00,\n");
    file.close();
    const QStringList setup[] = {
        words({"calendar", "add", "Paris office", "--tz", "Europe/Paris", "--hours", "mon-fri 09:00-17:00"}),
        words({"account", "add", "Acme"}),
        words({"account", "add", "Paris", "--tz", "Europe/Paris", "--calendar", "Paris office"}),
        words({"plan", "set", "Acme", "production", "--from", "2026-01-01"}),
        words({"spend", "set", "Acme", "2026-10", "10000"}),
        words({"product", "add", "Messaging", "--category", "ga"}),
        words({"tickets", "import"}) << tickets,
    };
    for (const QStringList &arguments : setup) {
        const auto result = runCli(QStringList{QStringLiteral("--db"), m_template} + arguments);
        QVERIFY2(result.exitCode == 0, result.err.constData());
    }
}

// Each test starts from a copy of the same store.
void TestBadInput::init()
{
    m_store = m_folder.filePath(QStringLiteral("store-%1.sqlite").arg(++m_run));
    QVERIFY(QFile::copy(m_template, m_store));
}

QString TestBadInput::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return {};
    return path;
}

void TestBadInput::expectRefusal(const QStringList &arguments, const QStringList &fragments)
{
    const QStringList before = dumpTables(m_store);
    QVERIFY(before.size() > 10);
    const auto result = runCli(db(arguments));
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(result.exitCode != 0, qPrintable(QString::fromUtf8(result.out)));
    QVERIFY2(err.startsWith(QStringLiteral("supportdesk-cli: ")), qPrintable(err));
    for (const QString &fragment : fragments)
        QVERIFY2(err.contains(fragment), qPrintable(QStringLiteral("%1 not in: %2").arg(fragment, err)));
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(dumpTables(m_store), before);
}

void TestBadInput::badTicketFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("fragments");
    const auto expect = [](std::initializer_list<const char *> list) { return words(list); };

    QTest::newRow("unbalanced quote")
        << Header + row("N-1") + "N-2,Acme,\"never closed,P1,Messaging,email,2026-10-05T10:00:00Z,,\n" +
               row("N-3")
        << expect({"bad.csv:3:3: unterminated quoted field"});
    QTest::newRow("text after a closing quote")
        << Header + "N-1,Acme,\"quoted\" then text,P1,Messaging,email,2026-10-05T10:00:00Z,,\n"
        << expect({"bad.csv:2:3: text after a closing quote"});
    QTest::newRow("too many fields") << Header + row("N-1") +
                                            "N-2,Acme,a,P1,Messaging,email,2026-10-05T10:00:00Z,,,extra\n"
                                     << expect({"bad.csv:3: 10 fields where the header has 9"});
    QTest::newRow("too few fields") << Header + "N-1,Acme,a,P1,Messaging,email,2026-10-05T10:00:00Z\n"
                                    << expect({"bad.csv:2: 7 fields where the header has 9"});
    QTest::newRow("missing header column")
        << QByteArray("id,account,subject,priority,product,channel\nN-1,Acme,a,P1,Messaging,email\n")
        << expect({"bad.csv:1: missing column created_at"});
    QTest::newRow("duplicated header column")
        << QByteArray(Header).replace("subject", "account") + row("N-1")
        << expect({"bad.csv:1: column account appears twice (fields 2 and 3)"});
    QTest::newRow("unknown header column") << QByteArray(Header).replace("channel", "medium") + row("N-1")
                                           << expect({"bad.csv:1: unknown column \"medium\" (field 6)"});
    QTest::newRow("invalid UTF-8") << Header + row("N-1") +
                                          "N-2,Acme,caf\xE9,P1,Messaging,email,2026-10-05T10:00:00Z,,\n"
                                   << expect({"bad.csv:3:3: invalid UTF-8"});
    QTest::newRow("overlong UTF-8") << Header +
                                           "N-1,Acme,\xC0\xAF,P1,Messaging,email,2026-10-05T10:00:00Z,,\n"
                                    << expect({"bad.csv:2:3: invalid UTF-8"});
    QTest::newRow("empty file") << QByteArray() << expect({"bad.csv: the file is empty"});
    QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << expect({"bad.csv: the file is empty"});
    QTest::newRow("not a text file") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20) +
                                            QByteArray(4000, '\0')
                                     << expect({"bad.csv:1:1: not a text file"});
    QTest::newRow("NUL inside a row") << Header + QByteArray("N-1,Acme,a\0b,P1,Messaging,email,x,,\n", 37)
                                      << expect({"bad.csv:2:3: not a text file"});
    QTest::newRow("unknown account") << Header + row("N-1") +
                                            "N-2,Acmee,a,P1,Messaging,email,2026-10-05T10:00:00Z,,\n"
                                     << expect({"bad.csv:3: column account: unknown account \"Acmee\""});
    QTest::newRow("unknown priority") << Header + "N-1,Acme,a,P4,Messaging,email,2026-10-05T10:00:00Z,,\n"
                                      << expect({"bad.csv:2: column priority: unknown priority \"P4\""});
    QTest::newRow("unknown channel") << Header + "N-1,Acme,a,P1,Messaging,fax,2026-10-05T10:00:00Z,,\n"
                                     << expect({"bad.csv:2: column channel: unknown channel \"fax\""});
    QTest::newRow("unknown product") << Header + row("N-1") +
                                            "N-2,Acme,a,P1,Telex,email,2026-10-05T10:00:00Z,,\n"
                                     << expect({"bad.csv:3: column product: ", "unknown product \"Telex\""});
    QTest::newRow("malformed timestamp") << Header + row("N-1", "2026-10-05 10h00")
                                         << expect({"bad.csv:2: column created_at:", "2026-10-05 10h00"});
    QTest::newRow("impossible date") << Header + row("N-1", "2026-02-30T10:00:00Z")
                                     << expect({"bad.csv:2: column created_at:"});
    QTest::newRow("local time that does not exist")
        << Header + "N-1,Paris,a,P1,Messaging,email,2026-03-29T02:30,,\n"
        << expect({"bad.csv:2: column created_at:", "does not exist"});
    QTest::newRow("local time that occurs twice")
        << Header + "N-1,Paris,a,P1,Messaging,email,2026-10-25T02:30,,\n"
        << expect({"bad.csv:2: column created_at:", "twice"});
    QTest::newRow("response before creation")
        << Header + "N-1,Acme,a,P1,Messaging,email,2026-10-05T10:00:00Z,2026-10-05T09:59:59Z,\n"
        << expect({"bad.csv:2: column first_response_at: 2026-10-05T09:59:59Z is earlier than created_at"});
    QTest::newRow("resolution before creation")
        << Header + "N-1,Acme,a,P1,Messaging,email,2026-10-05T10:00:00Z,,2026-10-04T10:00:00Z\n"
        << expect({"bad.csv:2: column resolved_at:"});
    QTest::newRow("same ticket twice")
        << Header + row("N-1") + row("N-2") + row("N-1")
        << expect({"bad.csv:4: ticket \"N-1\" of account \"Acme\" appears twice, on lines 2 and 4"});
    QTest::newRow("empty id") << Header + row("") << expect({"bad.csv:2: column id: empty"});

    // The last of thousands of good rows is bad: none of them is kept.
    QByteArray many = Header;
    for (int i = 0; i < 5000; ++i)
        many += row(qPrintable(QStringLiteral("M-%1").arg(i)));
    QTest::newRow("bad last row of 5001") << many + "M-last,Acme,a,P1,Messaging,email,soon,,\n"
                                          << expect({"bad.csv:5002: column created_at:"});
}

void TestBadInput::badTicketFilesChangeNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, fragments);
    const QString path = writeFile(QStringLiteral("bad.csv"), content);
    QVERIFY(!path.isEmpty());
    expectRefusal(words({"tickets", "import"}) << path, fragments);
}

// 50 MB in one cell is not a ticket: refused at the line it starts on, and
// without reading the rest of the file into memory.
void TestBadInput::hugeFieldIsRefused()
{
    QByteArray content = Header + row("H-1") + "H-2,Acme,\"";
    content += QByteArray(50 * 1024 * 1024, 'x');
    content += "\",P1,Messaging,email,2026-10-05T10:00:00Z,,\n";
    const QString path = writeFile(QStringLiteral("huge.csv"), content);
    QVERIFY(!path.isEmpty());
    expectRefusal(words({"tickets", "import"}) << path, {QStringLiteral("huge.csv:3:3: ")});
}

// Rows that would update existing tickets are not applied either.
void TestBadInput::refusedUpdateKeepsTheOldTickets()
{
    const QString path =
        writeFile(QStringLiteral("update.csv"),
                  Header + "T-1,Acme,Renamed,P3,Messaging,web,2026-10-01T00:00:00Z,,\n" +
                      "T-9,Acme,a,P1,Messaging,email,2026-10-05T10:00:00Z,2026-10-01T00:00:00Z,\n");
    QVERIFY(!path.isEmpty());
    expectRefusal(words({"tickets", "import"}) << path,
                  {QStringLiteral("update.csv:3: column first_response_at:")});
    const auto exported = runCli(db(words({"tickets", "export", "--account", "Acme"})));
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.contains("T-1,Acme,Printer on fire,P1,Messaging,email,2026-10-05T10:00:00Z,,\n"));
}

void TestBadInput::badCommandsChangeNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("fragments");
    const auto expect = [](std::initializer_list<const char *> list) { return words(list); };

    QTest::newRow("negative amount") << words({"spend", "set", "Acme", "2026-11", "-5"})
                                     << expect({"spend set: amount:", "-5"});
    QTest::newRow("negative amount in dollars")
        << words({"spend", "set", "Acme", "2026-11", "-$5.00"}) << expect({"spend set: amount:"});
    QTest::newRow("absurd amount") << words({"spend", "set", "Acme", "2026-11", "99999999999999999999999"})
                                   << expect({"spend set: amount:"});
    QTest::newRow("amount beyond cents")
        << words({"spend", "set", "Acme", "2026-11", "12.345"}) << expect({"spend set: amount:"});
    QTest::newRow("amount not a number")
        << words({"spend", "set", "Acme", "2026-11", "twelve"}) << expect({"spend set: amount:", "twelve"});
    QTest::newRow("amount NaN") << words({"spend", "set", "Acme", "2026-11", "nan"})
                                << expect({"spend set: amount:"});
    QTest::newRow("amount with bad grouping")
        << words({"spend", "set", "Acme", "2026-11", "1,00"}) << expect({"spend set: amount:"});
    QTest::newRow("spend of unknown account")
        << words({"spend", "set", "Nobody", "2026-11", "5"}) << expect({"Nobody"});
    QTest::newRow("unknown time zone") << words({"account", "add", "Zed", "--tz", "Mars/Olympus"})
                                       << expect({"unknown time zone 'Mars/Olympus'"});
    QTest::newRow("calendar in unknown zone")
        << words({"calendar", "add", "Moon", "--tz", "Moon/Base", "--hours", "mon 09:00-17:00"})
        << expect({"unknown time zone 'Moon/Base'"});
    QTest::newRow("hour 25") << words({"calendar", "add", "Bad", "--tz", "UTC", "--hours",
                                       "mon-fri 25:00-26:00"})
                             << expect({"--hours:", "hour 25 of \"25:00\" is out of range"});
    QTest::newRow("empty interval")
        << words({"calendar", "add", "Bad", "--tz", "UTC", "--hours", "mon 09:00-09:00"})
        << expect({"--hours:", "\"09:00-09:00\" starts and ends at the same time"});
    QTest::newRow("unknown day") << words({"calendar", "add", "Bad", "--tz", "UTC", "--hours",
                                           "funday 09:00-17:00"})
                                 << expect({"--hours:", "unknown day \"funday\""});
    QTest::newRow("minute 60") << words(
                                      {"calendar", "add", "Bad", "--tz", "UTC", "--hours", "mon 09:60-17:00"})
                               << expect({"--hours:", "minute 60"});
    QTest::newRow("24:00 as a start")
        << words({"calendar", "add", "Bad", "--tz", "UTC", "--hours", "mon 24:00-02:00"})
        << expect({"--hours:", "can only end an interval"});
    QTest::newRow("unknown product category")
        << words({"product", "add", "Thing", "--category", "gamma"}) << expect({"unknown category 'gamma'"});
    QTest::newRow("unknown plan") << words({"plan", "set", "Acme", "gold", "--from", "2026-11-01"})
                                  << expect({"gold"});
    QTest::newRow("plan from an impossible date")
        << words({"plan", "set", "Acme", "enterprise", "--from", "2026-02-29"})
        << expect({"--from", "2026-02-29"});
    QTest::newRow("claim of unknown account")
        << words({"claim", "Nobody", "2026-10", "--filed", "2026-11-05"}) << expect({"Nobody"});
}

void TestBadInput::badCommandsChangeNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, fragments);
    expectRefusal(arguments, fragments);
}

// CR alone ends lines in files from old Mac software: read as any other.
void TestBadInput::crOnlyLineEndsImport()
{
    QByteArray content =
        Header + row("C-1") + "C-2,Acme,\"two\rlines\",P2,Messaging,web,2026-10-07T08:00:00Z,,\n";
    content.replace('\n', '\r');
    const QString path = writeFile(QStringLiteral("cr.csv"), content);
    QVERIFY(!path.isEmpty());
    const auto imported = runCli(db(words({"tickets", "import"}) << path));
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(imported.out, QByteArray("imported 2 tickets\n"));
    const auto exported = runCli(db(words({"tickets", "export", "--account", "Acme"})));
    QVERIFY(exported.out.contains("C-2,Acme,\"two\rlines\",P2,Messaging,web,2026-10-07T08:00:00Z,,\n"));
}

void TestBadInput::outputThatCannotBeWrittenFails_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("plans") << words({"plans", "--format", "csv"});
    QTest::newRow("report") << words({"report", "--month", "2026-10", "--as-of", "2026-12-01T00:00:00Z"});
}

// A full disk under a script's redirection: the lost output is an error.
void TestBadInput::outputThatCannotBeWrittenFails()
{
    QFETCH(QStringList, arguments);
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(SUPPORTDESK_CLI_PATH), db(arguments));
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.startsWith("supportdesk-cli: "), err.constData());
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
