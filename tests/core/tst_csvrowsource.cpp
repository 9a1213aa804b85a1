#include "CsvReader.h"
#include "CsvRowSource.h"
#include "ExportRows.h"
#include "HelpdeskSource.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Rows : ReadRows
{
    CsvDialect dialect;
};

Rows readRows(QIODevice *device, const QString &name)
{
    CsvRowSource source(device, name);
    Rows result;
    static_cast<ReadRows &>(result) = readAllRows(source);
    result.dialect = source.dialect();
    return result;
}

Rows readFixture(const QString &file)
{
    QFile input(TestSupport::fixturePath(u"helpdesk/"_s + file));
    if (!input.open(QIODevice::ReadOnly)) {
        Rows failed;
        failed.error = input.errorString();
        return failed;
    }
    return readRows(&input, file);
}

Rows readBytes(const QByteArray &bytes, const QString &name = u"t.csv"_s)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readRows(&buffer, name);
}

} // namespace

Q_DECLARE_METATYPE(HelpdeskSource)
Q_DECLARE_METATYPE(CsvDialect::Encoding)

class tst_CsvRowSource : public QObject
{
    Q_OBJECT

private slots:
    void sniffsFixtures_data();
    void sniffsFixtures();
    void readsHeaders_data();
    void readsHeaders();
    void readsChosenRows_data();
    void readsChosenRows();
    void undoesFormulaGuard();
    void sniffsDelimiter_data();
    void sniffsDelimiter();
    void fallsBackToWindows1252PastTheSample();
    void headerHasNoMarkNorSpaces();
    void namesFileAndLineInErrors_data();
    void namesFileAndLineInErrors();
};

void tst_CsvRowSource::sniffsFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<CsvDialect::Encoding>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("trailing");
    QTest::addColumn<bool>("apostrophes");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("rows");
    QTest::addColumn<HelpdeskSource>("source");

    const auto utf8 = CsvDialect::Utf8;
    QTest::newRow("zendesk") << u"zendesk.csv"_s << QChar(u',') << utf8 << false << false << false << 9 << 6
                             << HelpdeskSource::Zendesk;
    QTest::newRow("freshdesk") << u"freshdesk.csv"_s << QChar(u',') << utf8 << false << false << false << 15
                               << 5 << HelpdeskSource::Freshdesk;
    QTest::newRow("freshdesk 2019") << u"freshdesk-2019.csv"_s << QChar(u',') << utf8 << false << false
                                    << false << 12 << 5 << HelpdeskSource::Freshdesk;
    QTest::newRow("jira") << u"jira.csv"_s << QChar(u',') << utf8 << false << false << false << 14 << 5
                          << HelpdeskSource::Jira;
    QTest::newRow("jira fr") << u"jira-fr.csv"_s << QChar(u',') << utf8 << false << false << false << 12 << 6
                             << HelpdeskSource::Jira;
    QTest::newRow("intercom") << u"intercom.csv"_s << QChar(u',') << utf8 << false << false << false << 8 << 5
                              << HelpdeskSource::Intercom;
    QTest::newRow("osticket") << u"osticket.csv"_s << QChar(u';') << utf8 << true << false << false << 11 << 5
                              << HelpdeskSource::OsTicket;
    QTest::newRow("glpi 10") << u"glpi10.csv"_s << QChar(u';') << utf8 << true << true << true << 11 << 5
                             << HelpdeskSource::Glpi;
    QTest::newRow("glpi 10 cp1252") << u"glpi10-cp1252.csv"_s << QChar(u';') << CsvDialect::Windows1252
                                    << false << true << true << 8 << 5 << HelpdeskSource::Glpi;
    QTest::newRow("glpi") << u"glpi.csv"_s << QChar(u';') << utf8 << false << false << false << 9 << 5
                          << HelpdeskSource::Glpi;
}

void tst_CsvRowSource::sniffsFixtures()
{
    QFETCH(QString, file);
    QFETCH(QChar, delimiter);
    QFETCH(CsvDialect::Encoding, encoding);
    QFETCH(bool, bom);
    QFETCH(bool, trailing);
    QFETCH(bool, apostrophes);
    QFETCH(int, columns);
    QFETCH(int, rows);
    QFETCH(HelpdeskSource, source);

    const Rows read = readFixture(file);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.dialect.delimiter, delimiter);
    QCOMPARE(read.dialect.encoding, encoding);
    QCOMPARE(read.dialect.byteOrderMark, bom);
    QCOMPARE(read.dialect.trailingDelimiter, trailing);
    QCOMPARE(read.dialect.apostropheQuotes, apostrophes);
    QCOMPARE(read.header.size(), columns);
    QCOMPARE(read.rows.size(), rows);
    for (const QStringList &row : read.rows)
        QCOMPARE(row.size(), columns);
    for (const QString &name : read.header) {
        QCOMPARE(name, name.trimmed());
        QVERIFY(!name.contains(QChar::ByteOrderMark));
    }
    QCOMPARE(detectHelpdeskSource(read.header), std::optional<HelpdeskSource>(source));
}

void tst_CsvRowSource::readsHeaders_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("header");

    QTest::newRow("zendesk") << u"zendesk.csv"_s
                             << QStringList{u"Id"_s,
                                            u"Organization"_s,
                                            u"Subject"_s,
                                            u"Priority"_s,
                                            u"Via"_s,
                                            u"Created at"_s,
                                            u"Solved at"_s,
                                            u"First reply time in minutes"_s,
                                            u"First reply time in minutes within business hours"_s};
    QTest::newRow("jira repeats columns") << u"jira.csv"_s
                                          << QStringList{u"Summary"_s,
                                                         u"Issue key"_s,
                                                         u"Issue id"_s,
                                                         u"Issue Type"_s,
                                                         u"Status"_s,
                                                         u"Priority"_s,
                                                         u"Created"_s,
                                                         u"Resolved"_s,
                                                         u"Watchers"_s,
                                                         u"Watchers"_s,
                                                         u"Custom field (Organizations)"_s,
                                                         u"Custom field (Organizations)"_s,
                                                         u"Custom field (Time to first response)"_s,
                                                         u"Custom field ([CHART] Date of First Response)"_s};
    QTest::newRow("intercom quoted name with a comma")
        << u"intercom.csv"_s
        << QStringList{u"Conversation ID"_s,
                       u"Company name"_s,
                       u"Conversation started at (Europe/Paris)"_s,
                       u"Conversation first replied at (Europe/Paris)"_s,
                       u"Conversation last closed at (Europe/Paris)"_s,
                       u"Channel"_s,
                       u"Conversation priority"_s,
                       u"First response time, only within office hours (seconds)"_s};
    QTest::newRow("glpi 10: BOM, quotes and the trailing delimiter gone")
        << u"glpi10.csv"_s
        << QStringList{u"ID"_s,
                       u"Title"_s,
                       u"Entity"_s,
                       u"Status"_s,
                       u"Opening date"_s,
                       u"Priority"_s,
                       u"Requester"_s,
                       u"Assigned to - Technician"_s,
                       u"Time to own"_s,
                       u"Take into account time"_s,
                       u"Resolution date"_s};
    QTest::newRow("osticket BOM") << u"osticket.csv"_s
                                  << QStringList{u"Ticket Number"_s, u"Date Created"_s,   u"Subject"_s,
                                                 u"From"_s,          u"Priority"_s,       u"Department"_s,
                                                 u"Source"_s,        u"Current Status"_s, u"Closed Date"_s,
                                                 u"Organization"_s,  u"Time Spent"_s};
}

void tst_CsvRowSource::readsHeaders()
{
    QFETCH(QString, file);
    QFETCH(QStringList, header);
    QCOMPARE(readFixture(file).header, header);
}

void tst_CsvRowSource::readsChosenRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("cells");

    QTest::newRow("zendesk doubled quotes")
        << u"zendesk.csv"_s << 3 << 5
        << QStringList{u"1004"_s,  u"Initech"_s,          u"Server \"db-2\" down"_s, u"Critical"_s,
                       u"Email"_s, u"2026-07-14 23:50"_s, u"2026-07-15 02:10"_s,     u"5"_s,
                       u"0"_s};
    QTest::newRow("zendesk blank priority")
        << u"zendesk.csv"_s << 2 << 4 << QStringList{u"1003"_s, u"Acme Corp"_s, u"VPN drops every hour"_s,
                                                     QString(), u"Phone"_s,     u"2026-06-01 08:00"_s,
                                                     QString(), u"12"_s,        u"12"_s};
    QTest::newRow("zendesk empty last cells")
        << u"zendesk.csv"_s << 5 << 7 << QStringList{u"1006"_s,   u"Acme Corp"_s, u"Laptop battery swollen"_s,
                                                     u"Urgent"_s, u"Web form"_s,  u"2026-10-26 09:00"_s,
                                                     QString(),   QString(),      QString()};
    QTest::newRow("glpi 10 '' as a quote, trailing delimiter gone")
        << u"glpi10.csv"_s << 0 << 2
        << QStringList{u"3001"_s,
                       u"Écran \"bleu\" au démarrage"_s,
                       u"Root entity > Acme Corp"_s,
                       u"Solved"_s,
                       u"2026-03-09 08:30"_s,
                       u"High"_s,
                       u"alice"_s,
                       u"tech1"_s,
                       u"2026-03-09 09:30"_s,
                       u"12 minutes"_s,
                       u"2026-03-09 15:00"_s};
    QTest::newRow("glpi 10 a single apostrophe stays, empty last cells")
        << u"glpi10.csv"_s << 4 << 6
        << QStringList{u"3005"_s,
                       u"L'imprimante du 2e"_s,
                       u"Root entity > Globex"_s,
                       u"New"_s,
                       u"2026-10-30 09:00"_s,
                       u"Very high"_s,
                       u"bob"_s,
                       QString(),
                       u"2026-10-30 10:00"_s,
                       QString(),
                       QString()};
    QTest::newRow("glpi 10 Windows-1252: € and ’ from 0x80-0x9F, é")
        << u"glpi10-cp1252.csv"_s << 0 << 2
        << QStringList{u"3101"_s,
                       u"Facture de 120 € non reçue"_s,
                       u"Root entity > Acme Corp"_s,
                       u"Solved"_s,
                       u"2026-05-04 09:00"_s,
                       u"Medium"_s,
                       u"2026-05-04 13:00"_s,
                       u"30 minutes"_s};
    QTest::newRow("glpi 10 Windows-1252 with ''")
        << u"glpi10-cp1252.csv"_s << 1 << 3 << QStringList{u"3102"_s,
                                                           u"L’écran \"clignote\""_s,
                                                           u"Root entity > Globex"_s,
                                                           u"Closed"_s,
                                                           u"2026-07-07 14:20"_s,
                                                           u"Low"_s,
                                                           u"2026-07-08 14:20"_s,
                                                           u"3 hours 10 minutes"_s};
    QTest::newRow("glpi CRLF inside a value") << u"glpi.csv"_s << 3 << 5
                                              << QStringList{u"3204"_s,
                                                             u"Note sur\r\ndeux lignes"_s,
                                                             u"Root entity > Acme Corp"_s,
                                                             u"New"_s,
                                                             u"2026-10-30 09:00"_s,
                                                             u"Very low"_s,
                                                             u"2026-10-30 10:00"_s,
                                                             QString(),
                                                             QString()};
    QTest::newRow("glpi after a two-line record") << u"glpi.csv"_s << 4 << 7
                                                  << QStringList{u"3205"_s,
                                                                 u"L'imprimante du 2e"_s,
                                                                 u"Root entity > Globex"_s,
                                                                 u"Solved"_s,
                                                                 u"2026-10-31 17:59"_s,
                                                                 u"Very high"_s,
                                                                 u"2026-10-31 18:30"_s,
                                                                 u"1 minutes"_s,
                                                                 u"2026-11-02 08:00"_s};
    QTest::newRow("osticket quoted ; and decimal comma") << u"osticket.csv"_s << 2 << 4
                                                         << QStringList{u"100233"_s,
                                                                        u"01/06/2026 08:00"_s,
                                                                        u"Facture; montant erroné"_s,
                                                                        u"Carol Petit"_s,
                                                                        u"Low"_s,
                                                                        u"Billing"_s,
                                                                        u"Phone"_s,
                                                                        u"Open"_s,
                                                                        QString(),
                                                                        u"Initech"_s,
                                                                        u"0"_s};
    QTest::newRow("jira repeated columns") << u"jira.csv"_s << 1 << 3
                                           << QStringList{u"Cannot print, queue stuck"_s,
                                                          u"SD-102"_s,
                                                          u"10102"_s,
                                                          u"Incident"_s,
                                                          u"Resolved"_s,
                                                          u"Medium"_s,
                                                          u"02/Apr/26 12:47 PM"_s,
                                                          u"03/Apr/26 10:00 AM"_s,
                                                          u"carol"_s,
                                                          QString(),
                                                          u"Globex"_s,
                                                          u"Acme Corp"_s,
                                                          u"-0:20"_s,
                                                          u"02/Apr/26 5:07 PM"_s};
    QTest::newRow("jira french months") << u"jira-fr.csv"_s << 4 << 6
                                        << QStringList{u"Ancien ticket"_s,
                                                       u"SD-205"_s,
                                                       u"10205"_s,
                                                       u"Incident"_s,
                                                       u"Fermé"_s,
                                                       u"Medium"_s,
                                                       u"19/janv./26 12:47 PM"_s,
                                                       u"20/janv./26 8:00 AM"_s,
                                                       QString(),
                                                       QString(),
                                                       u"Globex"_s,
                                                       QString()};
}

void tst_CsvRowSource::readsChosenRows()
{
    QFETCH(QString, file);
    QFETCH(int, row);
    QFETCH(int, line);
    QFETCH(QStringList, cells);

    const Rows read = readFixture(file);
    QCOMPARE(read.error, QString());
    QVERIFY(row < read.rows.size());
    QCOMPARE(read.rows.at(row), cells);
    QCOMPARE(read.lines.at(row), line);
}

void tst_CsvRowSource::undoesFormulaGuard()
{
    const Rows read = readFixture(u"osticket.csv"_s);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.rows.at(1).at(2), u"'=SUM(A1:A3) shows #REF!"_s);
    QCOMPARE(withoutFormulaGuard(read.rows.at(1).at(2)), u"=SUM(A1:A3) shows #REF!"_s);
    QCOMPARE(withoutFormulaGuard(read.rows.at(4).at(2)), u"-1 jour de congé"_s);
    QCOMPARE(withoutFormulaGuard(read.rows.at(0).at(2)), u"Imprimante hors ligne"_s);
    QCOMPARE(withoutFormulaGuard(u"'+33 1 23"_s), u"+33 1 23"_s);
    QCOMPARE(withoutFormulaGuard(u"'@home"_s), u"@home"_s);
    QCOMPARE(withoutFormulaGuard(u"'quoted'"_s), u"'quoted'"_s);
    QCOMPARE(withoutFormulaGuard(u"'"_s), u"'"_s);
}

void tst_CsvRowSource::sniffsDelimiter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QList<QStringList>>("rows");

    using Cells = QList<QStringList>;
    QTest::newRow("comma") << QByteArray("a,b;c,d\n1,2;3,4\n") << QChar(u',')
                           << Cells{{u"1"_s, u"2;3"_s, u"4"_s}};
    QTest::newRow("semicolon, decimal commas")
        << QByteArray("a;b;c\n1,5;2,25;x\n") << QChar(u';') << Cells{{u"1,5"_s, u"2,25"_s, u"x"_s}};
    QTest::newRow("tab") << QByteArray("a\tb, c\tc\n1\t2, 3\t4\n") << QChar(u'\t')
                         << Cells{{u"1"_s, u"2, 3"_s, u"4"_s}};
    QTest::newRow("quoted delimiters do not count")
        << QByteArray("\"a;b;c;d\",e,f\n\"1;2\",3,4\n") << QChar(u',') << Cells{{u"1;2"_s, u"3"_s, u"4"_s}};
    QTest::newRow("the one the rows agree with")
        // Two commas in the header, but the rows split alike by semicolons.
        << QByteArray("a,x;b;c,y\n1;2;3\n4;5;6\n") << QChar(u';')
        << Cells{{u"1"_s, u"2"_s, u"3"_s}, {u"4"_s, u"5"_s, u"6"_s}};
    QTest::newRow("one column: comma") << QByteArray("id\n1\n") << QChar(u',') << Cells{{u"1"_s}};
}

void tst_CsvRowSource::sniffsDelimiter()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, delimiter);
    QFETCH(QList<QStringList>, rows);
    const Rows read = readBytes(input);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.dialect.delimiter, delimiter);
    QCOMPARE(read.rows, rows);
}

void tst_CsvRowSource::fallsBackToWindows1252PastTheSample()
{
    QByteArray input("id,subject\n");
    while (input.size() <= CsvRowSource::SampleBytes)
        input += "1,plain ASCII text\n";
    input += "2,caf\xE9 \x80\n";
    const Rows read = readBytes(input);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.rows.last(), (QStringList{u"2"_s, u"café €"_s}));
    QCOMPARE(read.dialect.encoding, CsvDialect::Windows1252);

    // Its first non-ASCII byte the file's last: a UTF-8 lead byte cut short.
    input.chop(3);
    const Rows atEnd = readBytes(input);
    QCOMPARE(atEnd.error, QString());
    QCOMPARE(atEnd.rows.last(), (QStringList{u"2"_s, u"café"_s}));
    QCOMPARE(atEnd.dialect.encoding, CsvDialect::Windows1252);

    // Once UTF-8 beyond ASCII was read, a bad byte is an error, not a guess.
    QByteArray mixed("id,subject\n1,caf\xC3\xA9\n");
    while (mixed.size() <= CsvRowSource::SampleBytes)
        mixed += "1,plain ASCII text\n";
    mixed += "2,caf\xE9\n";
    const int badLine = int(mixed.count('\n'));
    const Rows failed = readBytes(mixed);
    QCOMPARE(failed.error, u"t.csv:%1:2: invalid UTF-8"_s.arg(badLine));
}

void tst_CsvRowSource::headerHasNoMarkNorSpaces()
{
    // Saved twice by an editor that adds a mark: the second is no part of the name.
    const Rows read = readBytes("\xEF\xBB\xBF \xEF\xBB\xBF Id ;\tSubject\t;Via\n1;x;y\n");
    QCOMPARE(read.error, QString());
    QCOMPARE(read.dialect.byteOrderMark, true);
    QCOMPARE(read.header, (QStringList{u"Id"_s, u"Subject"_s, u"Via"_s}));
    QCOMPARE(read.rows, (QList<QStringList>{{u"1"_s, u"x"_s, u"y"_s}}));
    QCOMPARE(read.lines, QList<int>{2});
}

void tst_CsvRowSource::namesFileAndLineInErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QByteArray() << u"export.csv: no header row"_s;
    QTest::newRow("blank lines only") << QByteArray("\n\r\n") << u"export.csv: no header row"_s;
    QTest::newRow("unterminated quote")
        << QByteArray("a,b\n1,2\n3,\"never closed\n4,5\n") << u"export.csv:3:2: unterminated quoted field"_s;
    QTest::newRow("text after a quote")
        << QByteArray("a;b\n1;\"x\"y\n") << u"export.csv:2:2: text after a closing quote"_s;
    QTest::newRow("binary") << QByteArray("a,b\n1,\0\n", 8) << u"export.csv:2:2: not a text file"_s;
}

void tst_CsvRowSource::namesFileAndLineInErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    QCOMPARE(readBytes(input, u"export.csv"_s).error, error);
}

QTEST_GUILESS_MAIN(tst_CsvRowSource)
#include "tst_csvrowsource.moc"
