// Hostile content in the ticket CSV: text cells a spreadsheet would run as a
// formula are exported behind an apostrophe, and the reader takes exactly
// that apostrophe off, so an exported file still imports back unchanged.
// Also the reader's guards: unknown products and runaway records.
#include "CsvWriter.h"
#include "TicketCsv.h"
#include "ZoneRules.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Header =
    "id,account,subject,priority,product,channel,created_at,first_response_at,resolved_at\n";

std::shared_ptr<const ZoneRules> zoneOf(const QString &account)
{
    return account == u"=acme" || account == u"acme" ? ZoneRules::forZone(u"UTC"_s) : nullptr;
}

QByteArray exportTickets(const QList<Ticket> &tickets)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TicketCsvWriter writer(&buffer);
    writer.writeHeader();
    for (const Ticket &ticket : tickets)
        writer.write(ticket);
    return buffer.data();
}

struct Read
{
    QList<Ticket> tickets;
    QString error;
};

Read importTickets(const QByteArray &bytes, const TicketCsvReader::ProductLookup &products = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    TicketCsvReader reader(&buffer, u"t.csv"_s, zoneOf);
    if (products)
        reader.setProductLookup(products);
    Read read;
    while (auto ticket = reader.next())
        read.tickets << *ticket;
    read.error = reader.error();
    return read;
}

Ticket ticket(const QString &id, const QString &subject, const QString &product = u"voice"_s)
{
    Ticket t;
    t.id = id;
    t.account = u"acme"_s;
    t.subject = subject;
    t.product = product;
    t.createdAt = 1790000000;
    return t;
}

} // namespace

class TestFormulaNeutralisation : public QObject
{
    Q_OBJECT

private slots:
    void exportNeutralisesTextCells_data();
    void exportNeutralisesTextCells();
    void numbersAndCodesStayAsTheyAre();
    void rulePairIsLossless();
    void randomTicketsRoundTrip();
    void handWrittenApostrophesFollowTheRule();
    void unknownProductNamesLineAndColumn();
    void runawayRecordIsRefused();
};

void TestFormulaNeutralisation::exportNeutralisesTextCells_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QByteArray>("cell");
    QTest::newRow("equals") << u"=HYPERLINK(\"http://x\")"_s
                            << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("plus") << u"+33 1 23 45"_s << QByteArray("'+33 1 23 45");
    QTest::newRow("minus") << u"-2+3"_s << QByteArray("'-2+3");
    QTest::newRow("at") << u"@SUM(A1)"_s << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << u"\t=1"_s << QByteArray("'\t=1");
    QTest::newRow("CR") << u"\r=1"_s << QByteArray("\"'\r=1\"");
    QTest::newRow("already an apostrophe") << u"'=1"_s << QByteArray("''=1");
    QTest::newRow("apostrophe, plain text") << u"'quoted'"_s << QByteArray("'quoted'");
    QTest::newRow("formula sign inside") << u"a=b"_s << QByteArray("a=b");
    QTest::newRow("space first") << u" =1"_s << QByteArray("\" =1\"");
}

void TestFormulaNeutralisation::exportNeutralisesTextCells()
{
    QFETCH(QString, subject);
    QFETCH(QByteArray, cell);
    const QByteArray written = exportTickets({ticket(u"T1"_s, subject)});
    QCOMPARE(written, Header + "T1,acme," + cell + ",P3,voice,email,2026-09-21T14:13:20Z,,\n");
    const Read read = importTickets(written);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.tickets.size(), 1);
    QCOMPARE(read.tickets.first().subject, subject);
}

// Ids, accounts and products are text too; the codes and timestamps never
// start like a formula.
void TestFormulaNeutralisation::numbersAndCodesStayAsTheyAre()
{
    Ticket t = ticket(u"-17"_s, u"12"_s, u"+Voice"_s);
    t.account = u"=acme"_s;
    const QByteArray written = exportTickets({t});
    QCOMPARE(written, Header + "'-17,'=acme,12,P3,'+Voice,email,2026-09-21T14:13:20Z,,\n");
    const Read read = importTickets(written);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.tickets.first().id, u"-17"_s);
    QCOMPARE(read.tickets.first().account, u"=acme"_s);
    QCOMPARE(read.tickets.first().product, u"+Voice"_s);
}

// The writer's rule and the reader's are inverses for any text whatever.
void TestFormulaNeutralisation::rulePairIsLossless()
{
    const QList<QString> pieces = {u"'"_s,  u"="_s,  u"+"_s, u"-"_s, u"@"_s,
                                   u"\t"_s, u"\r"_s, u" "_s, u"a"_s, u"1"_s};
    QRandomGenerator random(4180);
    for (int i = 0; i < 20000; ++i) {
        QString text;
        const int length = random.bounded(0, 6);
        for (int c = 0; c < length; ++c)
            text += pieces[random.bounded(int(pieces.size()))];
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        writer.setNeutraliseFormulas(true);
        writer.writeField(text);
        writer.endRecord();
        QByteArray cell = buffer.data().chopped(1);
        if (cell.startsWith('"'))
            cell = cell.mid(1).chopped(1).replace("\"\"", "\"");
        QCOMPARE(CsvWriter::unneutraliseFormula(QString::fromUtf8(cell)), text);
    }
}

void TestFormulaNeutralisation::randomTicketsRoundTrip()
{
    const QList<QString> pieces = {u"'"_s,  u"="_s, u"+"_s,  u"-"_s, u"@"_s, u"\t"_s, u"\r"_s,
                                   u"\n"_s, u","_s, u"\""_s, u" "_s, u"x"_s, u"é"_s};
    QRandomGenerator random(20261001);
    QList<Ticket> tickets;
    for (int i = 0; i < 2000; ++i) {
        QString subject;
        const int length = random.bounded(0, 8);
        for (int c = 0; c < length; ++c)
            subject += pieces[random.bounded(int(pieces.size()))];
        tickets << ticket(QString::number(i - 1000), subject);
    }
    const QByteArray first = exportTickets(tickets);
    const Read read = importTickets(first);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.tickets.size(), tickets.size());
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        QCOMPARE(read.tickets[i].id, tickets[i].id);
        QCOMPARE(read.tickets[i].subject, tickets[i].subject);
    }
    QCOMPARE(exportTickets(read.tickets), first);
}

// A file written by hand follows the same rule: one apostrophe before a
// formula sign goes, any other apostrophe stays.
void TestFormulaNeutralisation::handWrittenApostrophesFollowTheRule()
{
    const Read read = importTickets(Header + "T1,acme,'=1,P1,voice,web,2026-10-01T00:00:00Z,,\n" +
                                    "T2,acme,'plain,P1,voice,web,2026-10-01T00:00:00Z,,\n" +
                                    "T3,acme,'''@x,P1,voice,web,2026-10-01T00:00:00Z,,\n" +
                                    "' -4,acme,x,P1,voice,web,2026-10-01T00:00:00Z,,\n");
    QCOMPARE(read.error, QString());
    QCOMPARE(read.tickets.size(), 4);
    QCOMPARE(read.tickets[0].subject, u"=1"_s);
    QCOMPARE(read.tickets[1].subject, u"'plain"_s);
    QCOMPARE(read.tickets[2].subject, u"''@x"_s);
    QCOMPARE(read.tickets[3].id, u"' -4"_s);
}

void TestFormulaNeutralisation::unknownProductNamesLineAndColumn()
{
    int asked = 0;
    const auto products = [&asked](const QString &name) {
        ++asked;
        return name == u"voice";
    };
    const Read read = importTickets(Header + "T1,acme,x,P1,voice,web,2026-10-01T00:00:00Z,,\n" +
                                        "T2,acme,x,P1,voice,web,2026-10-01T00:00:00Z,,\n" +
                                        "T3,acme,x,P1,Telex,web,2026-10-01T00:00:00Z,,\n",
                                    products);
    QCOMPARE(read.error,
             u"t.csv:4: column product: unknown product \"Telex\": add it first (product add NAME "
             u"--category CATEGORY)"_s);
    QCOMPARE(read.tickets.size(), 2);
    QCOMPARE(asked, 2); // once per product, not once per row
}

// A quote never closed must not pull the rest of a large file into memory.
void TestFormulaNeutralisation::runawayRecordIsRefused()
{
    QByteArray bytes = Header + "T1,acme,\"open";
    bytes += QByteArray(3 * TicketCsvReader::MaxRecordLength, 'x');
    const Read read = importTickets(bytes);
    QVERIFY2(read.error.startsWith(u"t.csv:2:3: a quoted field runs on for more than 1048576 characters"_s),
             qPrintable(read.error));
    QByteArray unquoted = Header + "T1,acme," + QByteArray(3 * TicketCsvReader::MaxRecordLength, 'x');
    QVERIFY(importTickets(unquoted).error.startsWith(
        u"t.csv:2:3: the record is longer than 1048576 characters"_s));
}

QTEST_GUILESS_MAIN(TestFormulaNeutralisation)
#include "tst_formulaneutralisation.moc"
