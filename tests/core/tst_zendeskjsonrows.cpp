#include "ExportRows.h"
#include "HelpdeskSource.h"
#include "TestSupport.h"
#include "ZendeskJsonRowSource.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Rows = ReadRows;

Rows readRows(QIODevice *device, const QString &name, qsizetype maxObjectBytes = -1)
{
    ZendeskJsonRowSource source(device, name);
    if (maxObjectBytes > 0)
        source.setMaxObjectBytes(maxObjectBytes);
    return readAllRows(source);
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

Rows readBytes(const QByteArray &bytes, qsizetype maxObjectBytes = -1)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readRows(&buffer, u"z.json"_s, maxObjectBytes);
}

const QStringList Header{u"id"_s,
                         u"organization_id"_s,
                         u"subject"_s,
                         u"priority"_s,
                         u"via.channel"_s,
                         u"created_at"_s,
                         u"solved_at"_s,
                         u"metric_set.reply_time_in_minutes.calendar"_s,
                         u"metric_set.reply_time_in_minutes.business"_s};

const QByteArray TicketA =
    R"({"id":1,"organization_id":42,"subject":"A","priority":"low","via":{"channel":"email"},)"
    R"("created_at":"2026-03-01T10:00:00Z"})";
const QByteArray TicketB =
    R"({"id":2,"organization_id":null,"subject":"B","priority":null,"via":{"channel":"web"},)"
    R"("created_at":"2026-03-02T10:00:00Z","metric_set":{"solved_at":"2026-03-02T12:00:00Z",)"
    R"("reply_time_in_minutes":{"calendar":15,"business":null}}})";
const QStringList CellsA{u"1"_s, u"42"_s, u"A"_s, u"low"_s, u"email"_s, u"2026-03-01T10:00:00Z"_s,
                         {},     {},      {}};
const QStringList CellsB{
    u"2"_s, {}, u"B"_s, {}, u"web"_s, u"2026-03-02T10:00:00Z"_s, u"2026-03-02T12:00:00Z"_s, u"15"_s, {}};

} // namespace

class tst_ZendeskJsonRows : public QObject
{
    Q_OBJECT

private slots:
    void headerIsFixed();
    void readsJsonLines();
    void readsPageWithSideloadedMetrics();
    void readsShapes_data();
    void readsShapes();
    void numbers();
    void namesFileAndLineInErrors_data();
    void namesFileAndLineInErrors();
    void refusesAnObjectPastTheLimit();
};

void tst_ZendeskJsonRows::headerIsFixed()
{
    QCOMPARE(ZendeskJsonRowSource::columns(), Header);
    const Rows read = readFixture(u"zendesk.jsonl"_s);
    QCOMPARE(read.header, Header);
    QCOMPARE(detectHelpdeskSource(read.header), std::optional(HelpdeskSource::ZendeskJson));
}

void tst_ZendeskJsonRows::readsJsonLines()
{
    const Rows read = readFixture(u"zendesk.jsonl"_s);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.rows.size(), 5);
    // A blank line between tickets counts as a line.
    QCOMPARE(read.lines, (QList<int>{1, 2, 4, 5, 6}));
    QCOMPARE(read.rows.at(0), (QStringList{u"5001"_s, u"360012345678"_s, u"Printer on floor 3 offline"_s,
                                           u"high"_s, u"email"_s, u"2026-03-02T08:15:00Z"_s,
                                           u"2026-03-02T15:40:00Z"_s, u"35"_s, u"35"_s}));
    // 120.0 is written without decimals; the escaped quotes are read.
    QCOMPARE(read.rows.at(1),
             (QStringList{u"5002"_s, u"360098765432"_s, u"Invoice total, \"March\""_s, u"normal"_s, u"web"_s,
                          u"2026-03-16T13:05:30Z"_s, u"2026-03-18T09:00:00Z"_s, u"120"_s, u"95"_s}));
    // null everywhere: empty cells.
    QCOMPARE(read.rows.at(2), (QStringList{u"5003"_s,
                                           {},
                                           u"VPN drops every hour"_s,
                                           {},
                                           u"voice"_s,
                                           u"2026-06-01T06:00:00Z"_s,
                                           {},
                                           {},
                                           {}}));
    // No metric set at all.
    QCOMPARE(read.rows.at(3), (QStringList{u"5004"_s,
                                           u"360012345678"_s,
                                           u"Serveur « db-2 » en panne"_s,
                                           u"urgent"_s,
                                           u"api"_s,
                                           u"2026-10-25T00:30:00Z"_s,
                                           {},
                                           {},
                                           {}}));
}

void tst_ZendeskJsonRows::readsPageWithSideloadedMetrics()
{
    const Rows read = readFixture(u"zendesk-page.json"_s);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.rows.size(), 5);
    QCOMPARE(read.lines, (QList<int>{3, 12, 21, 30, 40}));
    // Joined by ticket_id, whatever the order of metric_sets.
    QCOMPARE(
        read.rows.at(0),
        (QStringList{u"6001"_s, u"360012345678"_s, u"Mail bounces {after} the migration"_s, u"high"_s,
                     u"email"_s, u"2026-04-07T07:30:00Z"_s, u"2026-04-07T12:00:00Z"_s, u"25"_s, u"25"_s}));
    QCOMPARE(read.rows.at(1), (QStringList{u"6002"_s,
                                           u"360098765432"_s,
                                           u"Quote \"renewal\" [2026]"_s,
                                           u"normal"_s,
                                           u"web"_s,
                                           u"2026-05-12T12:00:00Z"_s,
                                           {},
                                           u"1440"_s,
                                           u"480"_s}));
    // No metric set for it: empty.
    QCOMPARE(
        read.rows.at(2),
        (QStringList{u"6003"_s, {}, u"Call back"_s, {}, u"voice"_s, u"2026-09-30T16:45:00Z"_s, {}, {}, {}}));
    // Its own metric_set goes before the sideloaded one.
    QCOMPARE(read.rows.at(3),
             (QStringList{u"6004"_s, u"360012345678"_s, u"Badge reader"_s, u"low"_s, u"email"_s,
                          u"2026-10-24T22:10:00Z"_s, u"2026-10-25T08:00:00Z"_s, u"7"_s, u"3"_s}));
    QCOMPARE(read.rows.at(4).mid(6), (QStringList{u"2026-10-28T11:30:00Z"_s, u"2"_s, u"2"_s}));
}

void tst_ZendeskJsonRows::readsShapes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("lines");

    using Cells = QList<QStringList>;
    using Lines = QList<int>;
    QTest::newRow("json lines, CRLF") << TicketA + "\r\n" + TicketB + "\r\n"
                                      << Cells{CellsA, CellsB} << Lines{1, 2};
    QTest::newRow("array") << "[" + TicketA + ",\n" + TicketB + "]\n" << Cells{CellsA, CellsB} << Lines{1, 2};
    QTest::newRow("pretty array") << "\xEF\xBB\xBF[\n  " + TicketA + ",\n\n  " + TicketB + "\n]"
                                  << Cells{CellsA, CellsB} << Lines{2, 4};
    QTest::newRow("empty array") << QByteArray(" [ ] ") << Cells{} << Lines{};
    QTest::newRow("page of lines") << R"({"tickets":[)" + TicketA + ",\n" + TicketB +
                                          R"(],"end_of_stream":true})"
                                   << Cells{CellsA, CellsB} << Lines{1, 2};
    QTest::newRow("pages one after another")
        << R"({"tickets":[)" + TicketA +
               R"(],"metric_sets":[{"ticket_id":1,"reply_time_in_minutes":{"calendar":3,"business":2}}]})"
               "\n{\"tickets\":[\n" +
               TicketB + "]}\n"
        << Cells{QStringList(CellsA.mid(0, 7)) << u"3"_s << u"2"_s, CellsB} << Lines{1, 3};
    QTest::newRow("empty page") << QByteArray(R"({"tickets":[],"metric_sets":[],"end_of_stream":true})")
                                << Cells{} << Lines{};
    QTest::newRow("an array of pages") << "["
                                          R"({"tickets":[)" +
                                              TicketA +
                                              "]},\n"
                                              R"({"tickets":[)" +
                                              TicketB + "]}]"
                                       << Cells{CellsA, CellsB} << Lines{1, 2};
}

void tst_ZendeskJsonRows::readsShapes()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, lines);
    const Rows read = readBytes(input);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.rows, rows);
    QCOMPARE(read.lines, lines);
}

void tst_ZendeskJsonRows::numbers()
{
    const Rows read = readBytes(
        R"({"id":9007199254740993,"organization_id":1.5e3,"subject":7,"priority":true,"via":{"channel":["a"]},)"
        R"("created_at":"x","metric_set":{"reply_time_in_minutes":{"calendar":2.5,"business":-0.0}}})");
    QCOMPARE(read.error, QString());
    QCOMPARE(read.rows.size(), 1);
    QCOMPARE(read.rows.at(0), (QStringList{u"9007199254740993"_s,
                                           u"1500"_s,
                                           u"7"_s,
                                           u"true"_s,
                                           u"[\"a\"]"_s,
                                           u"x"_s,
                                           {},
                                           u"2.5"_s,
                                           u"0"_s}));
}

void tst_ZendeskJsonRows::namesFileAndLineInErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QByteArray("\n  \n") << u"z.json: no tickets: the file is empty"_s;
    QTest::newRow("not json") << QByteArray("\nid,subject\n")
                              << u"z.json:2: not JSON: a ticket object or an array of them was expected"_s;
    QTest::newRow("malformed line") << TicketA + "\n" + TicketB +
                                           "\n{\"id\":3,\"subject\":\"x\" \"priority\":1}\n"
                                    << u"z.json:3: malformed JSON: unterminated object"_s;
    QTest::newRow("malformed inside a pretty object")
        << TicketA + "\n{\n  \"id\": 3,\n  \"subject\": tru\n}\n"
        << u"z.json:4: malformed JSON: illegal value"_s;
    QTest::newRow("unclosed object") << TicketA + "\n\n{\"id\":3,\n\"subject\":\"x\"\n"
                                     << u"z.json:3: the file ends inside this JSON object"_s;
    QTest::newRow("unclosed string") << TicketA + "\n{\"id\":3,\"subject\":\"x}\n"
                                     << u"z.json:2: the file ends inside this JSON object"_s;
    QTest::newRow("unclosed array") << "[" + TicketA + ",\n" + TicketB
                                    << u"z.json:2: the file ends inside a JSON array: ']' is missing"_s;
    QTest::newRow("text between tickets") << TicketA + "\nnull\n"
                                          << u"z.json:2: a JSON object was expected, not 'n'"_s;
    QTest::newRow("no comma in an array")
        << "[" + TicketA + "\n" + TicketB + "]" << u"z.json:2: ',' or ']' expected after a ticket"_s;
    QTest::newRow("a number in an array")
        << QByteArray("[\n1]") << u"z.json:2: a JSON object was expected, not '1'"_s;
    QTest::newRow("a page's ticket not an object")
        << QByteArray("{\"tickets\":[\n3]}")
        << u"z.json:1: an element of \"tickets\" is not a ticket object"_s;
}

void tst_ZendeskJsonRows::namesFileAndLineInErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    QCOMPARE(readBytes(input).error, error);
}

void tst_ZendeskJsonRows::refusesAnObjectPastTheLimit()
{
    QByteArray page = "{\"tickets\":[";
    for (int i = 0; i < 10000; ++i)
        page += TicketA + ",\n";
    page += TicketB + "]}";
    const Rows read = readBytes(page, 1 << 20);
    QCOMPARE(read.error,
             u"z.json:1: a JSON object of more than 1 MiB: a ticket, or a page of the export with its "
             u"tickets, is read whole; export smaller pages"_s);
    QCOMPARE(read.rows.size(), 0);
    // The same page under the default limit reads, ticket by ticket.
    const Rows whole = readBytes(page);
    QCOMPARE(whole.error, QString());
    QCOMPARE(whole.rows.size(), 10001);
    QCOMPARE(whole.lines.last(), 10001);
}

QTEST_GUILESS_MAIN(tst_ZendeskJsonRows)
#include "tst_zendeskjsonrows.moc"
