#include "TestSupport.h"
#include "TicketCsv.h"
#include "ZoneRules.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Header =
    u"id,account,subject,priority,product,channel,created_at,first_response_at,resolved_at\n"_s;

qint64 utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC).toSecsSinceEpoch();
}

std::shared_ptr<const ZoneRules> zoneOf(const QString &account)
{
    if (account == u"acme")
        return ZoneRules::forZone(u"America/New_York"_s);
    if (account == u"globex")
        return ZoneRules::forZone(u"Europe/Paris"_s);
    if (account == u"initech")
        return ZoneRules::forZone(u"UTC"_s);
    return nullptr;
}

// One line per ticket, so that a failed comparison shows every field.
QString describe(const Ticket &ticket)
{
    const auto instant = [](const std::optional<qint64> &value) {
        return value ? QString::number(*value) : u"-"_s;
    };
    return QStringList{ticket.id,
                       ticket.account,
                       ticket.subject,
                       priorityCode(ticket.priority),
                       ticket.product,
                       channelCode(ticket.channel),
                       QString::number(ticket.createdAt),
                       instant(ticket.firstResponseAt),
                       instant(ticket.resolvedAt)}
        .join(u'|');
}

struct ReadResult
{
    QList<Ticket> tickets;
    QStringList described;
    QList<int> lines;
    QString error;
    qint64 bytesRead = 0;
};

ReadResult readTickets(QIODevice *device)
{
    TicketCsvReader reader(device, u"t.csv"_s, zoneOf);
    ReadResult result;
    if (Status header = reader.readHeader(); !header) {
        result.error = header.message();
        return result;
    }
    while (auto ticket = reader.next()) {
        result.described << describe(*ticket);
        result.lines << reader.line();
        result.tickets << *ticket;
    }
    result.error = reader.error();
    result.bytesRead = reader.bytesRead();
    return result;
}

ReadResult readTickets(const QString &text)
{
    QBuffer buffer;
    buffer.setData(text.toUtf8());
    buffer.open(QIODevice::ReadOnly);
    return readTickets(&buffer);
}

QByteArray exportTickets(const QList<Ticket> &tickets)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TicketCsvWriter writer(&buffer);
    writer.writeHeader();
    for (const Ticket &ticket : tickets)
        writer.write(ticket);
    return writer.hasError() ? QByteArray("write error") : buffer.data();
}

Ticket ticket(QString id, QString account, QString subject, qint64 created)
{
    Ticket t;
    t.id = std::move(id);
    t.account = std::move(account);
    t.subject = std::move(subject);
    t.product = u"voice"_s;
    t.createdAt = created;
    return t;
}

} // namespace

class tst_TicketCsv : public QObject
{
    Q_OBJECT

private slots:
    void importsFixtureAndExportsGolden();
    void readsLocalTimesInTheAccountZone_data();
    void readsLocalTimesInTheAccountZone();
    void rejectsBadHeaders_data();
    void rejectsBadHeaders();
    void rejectsBadValues_data();
    void rejectsBadValues();
    void rejectsTheSameTicketTwice_data();
    void rejectsTheSameTicketTwice();
    void acceptsAbsentOptionalColumns();
    void writesTheHeaderOrder();
    void roundTripsTrickyTickets();
};

void tst_TicketCsv::importsFixtureAndExportsGolden()
{
    QFile input(TestSupport::fixturePath(u"csv/tickets-local.csv"_s));
    QVERIFY(input.open(QIODevice::ReadOnly));
    const ReadResult read = readTickets(&input);
    QCOMPARE(read.error, QString());
    const QStringList expected = {
        u"A-1|acme|Login fails, \"urgent\"|P1|voice|email|%1|%2|%3"_s.arg(utc(2026, 3, 2, 14, 0))
            .arg(utc(2026, 3, 2, 14, 45))
            .arg(utc(2026, 3, 2, 16, 30)),
        u"A-2|acme|Two\r\nlines|P2|sms|chat|%1|-|-"_s.arg(utc(2026, 3, 8, 7, 15)),
        u"G-1|globex|Paris|P3|api|web|%1|%1|-"_s.arg(utc(2026, 7, 1, 10, 0)),
        u"A-1|initech| leading space|P3|api|phone|%1|-|%1"_s.arg(utc(2026, 1, 1, 0, 0)),
    };
    QCOMPARE(read.described, expected);
    QCOMPARE(read.lines, QList<int>({2, 3, 5, 6}));
    QCOMPARE(read.bytesRead, input.size());

    const QByteArray golden =
        TestSupport::readFile(TestSupport::fixturePath(u"csv/tickets-local-export.csv"_s));
    const QByteArray exported = exportTickets(read.tickets);
    QCOMPARE(exported, golden);

    // The export imports back unchanged and exports again byte for byte.
    const ReadResult again = readTickets(QString::fromUtf8(exported));
    QCOMPARE(again.error, QString());
    QCOMPARE(again.described, expected);
    QCOMPARE(exportTickets(again.tickets), golden);
}

void tst_TicketCsv::readsLocalTimesInTheAccountZone_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("createdAt");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("New York winter") << u"acme"_s << u"2026-01-15T09:00:00"_s << utc(2026, 1, 15, 14, 0);
    QTest::newRow("New York summer") << u"acme"_s << u"2026-07-15T09:00:00"_s << utc(2026, 7, 15, 13, 0);
    QTest::newRow("space, no seconds") << u"acme"_s << u"2026-01-15 09:00"_s << utc(2026, 1, 15, 14, 0);
    QTest::newRow("last second before the gap")
        << u"acme"_s << u"2026-03-08T01:59:59"_s << utc(2026, 3, 8, 6, 59, 59);
    QTest::newRow("first second after the gap")
        << u"acme"_s << u"2026-03-08T03:00:00"_s << utc(2026, 3, 8, 7, 0);
    QTest::newRow("overlap, first, by offset")
        << u"acme"_s << u"2026-11-01T01:30:00-04:00"_s << utc(2026, 11, 1, 5, 30);
    QTest::newRow("overlap, second, by offset")
        << u"acme"_s << u"2026-11-01T01:30:00-05:00"_s << utc(2026, 11, 1, 6, 30);
    QTest::newRow("just after the overlap")
        << u"acme"_s << u"2026-11-01T02:00:00"_s << utc(2026, 11, 1, 7, 0);
    QTest::newRow("Z ignores the zone") << u"acme"_s << u"2026-01-15T09:00:00Z"_s << utc(2026, 1, 15, 9, 0);
    QTest::newRow("Paris before spring forward")
        << u"globex"_s << u"2026-03-29T01:59:00"_s << utc(2026, 3, 29, 0, 59);
    QTest::newRow("Paris after spring forward")
        << u"globex"_s << u"2026-03-29T03:00:00"_s << utc(2026, 3, 29, 1, 0);
    QTest::newRow("UTC account") << u"initech"_s << u"2026-03-08T02:30:00"_s << utc(2026, 3, 8, 2, 30);
    QTest::newRow("surrounding spaces")
        << u"initech"_s << u" 2026-03-08T02:30:00 "_s << utc(2026, 3, 8, 2, 30);
}

void tst_TicketCsv::readsLocalTimesInTheAccountZone()
{
    QFETCH(QString, account);
    QFETCH(QString, createdAt);
    QFETCH(qint64, expected);

    const ReadResult read = readTickets(Header + u"T1,%1,s,P1,voice,email,%2,,\n"_s.arg(account, createdAt));
    QCOMPARE(read.error, QString());
    QCOMPARE(read.tickets.size(), 1);
    QCOMPARE(read.tickets.first().createdAt, expected);
}

void tst_TicketCsv::rejectsBadHeaders_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty file") << QString()
                                << u"t.csv: the file is empty: its first line must be the header "
                                   "id,account,subject,priority,product,channel,created_at,first_response_at,"
                                   "resolved_at"_s;
    QTest::newRow("missing created_at")
        << u"id,account,subject,priority,product,channel,first_response_at,resolved_at\n"_s
        << u"t.csv:1: missing column created_at"_s;
    QTest::newRow("missing id") << u"account,priority,product,channel,created_at\n"_s
                                << u"t.csv:1: missing column id"_s;
    QTest::newRow("duplicated, other case")
        << u"id,account,subject,priority,product,channel,created_at,first_response_at,resolved_at,"
           u" ACCOUNT\n"_s
        << u"t.csv:1: column account appears twice (fields 2 and 10)"_s;
    QTest::newRow("unknown column")
        << u"id,account,subject,priority,product,channel,created_at,first_response_at,resolved_at,notes\n"_s
        << u"t.csv:1: unknown column \"notes\" (field 10): the columns are id, account, subject, priority, "
           "product, channel, created_at, first_response_at, resolved_at"_s;
    QTest::newRow("empty column name")
        << u"id,,account\n"_s
        << u"t.csv:1: unknown column \"\" (field 2): the columns are id, account, "
           "subject, priority, product, channel, created_at, first_response_at, "
           "resolved_at"_s;
    QTest::newRow("header after blank lines")
        << u"\n\nid,account,priority\n"_s << u"t.csv:3: missing column product"_s;
    QTest::newRow("CSV error in the header")
        << u"id,\"account\n"_s << u"t.csv:1:2: unterminated quoted field"_s;
}

void tst_TicketCsv::rejectsBadHeaders()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    QCOMPARE(readTickets(input).error, error);
}

void tst_TicketCsv::rejectsBadValues_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>(
        "exact"); // false: the reason comes from the timestamp parser, only the place is ours

    QTest::newRow("empty id") << u" ,acme,s,P1,voice,email,2026-03-02T10:00:00Z,,"_s
                              << u"t.csv:3: column id: empty: every ticket needs an id"_s << true;
    QTest::newRow("empty account") << u"T9,,s,P1,voice,email,2026-03-02T10:00:00Z,,"_s
                                   << u"t.csv:3: column account: empty: every ticket needs an account"_s
                                   << true;
    QTest::newRow("unknown account") << u"T9,nobody,s,P1,voice,email,2026-03-02T10:00:00Z,,"_s
                                     << u"t.csv:3: column account: unknown account \"nobody\""_s << true;
    QTest::newRow("unknown priority")
        << u"T9,acme,s,P4,voice,email,2026-03-02T10:00:00Z,,"_s
        << u"t.csv:3: column priority: unknown priority \"P4\": expected P1, P2 or P3"_s << true;
    QTest::newRow("empty priority")
        << u"T9,acme,s,,voice,email,2026-03-02T10:00:00Z,,"_s
        << u"t.csv:3: column priority: unknown priority \"\": expected P1, P2 or P3"_s << true;
    QTest::newRow("empty product") << u"T9,acme,s,P1,,email,2026-03-02T10:00:00Z,,"_s
                                   << u"t.csv:3: column product: empty: every ticket needs a product"_s
                                   << true;
    QTest::newRow("unknown channel")
        << u"T9,acme,s,P1,voice,fax,2026-03-02T10:00:00Z,,"_s
        << u"t.csv:3: column channel: unknown channel \"fax\": expected email, chat, phone or web"_s << true;
    QTest::newRow("empty created_at")
        << u"T9,acme,s,P1,voice,email,,,"_s
        << u"t.csv:3: column created_at: empty: every ticket needs its creation time"_s << true;
    QTest::newRow("bad created_at")
        << u"T9,acme,s,P1,voice,email,2026-13-02T10:00:00Z,,"_s
        << u"t.csv:3: column created_at: invalid timestamp \"2026-13-02T10:00:00Z\""_s << false;
    QTest::newRow("bad first_response_at")
        << u"T9,acme,s,P1,voice,email,2026-03-02T10:00:00Z,yesterday,"_s
        << u"t.csv:3: column first_response_at: invalid timestamp \"yesterday\""_s << false;
    QTest::newRow("bad resolved_at")
        << u"T9,acme,s,P1,voice,email,2026-03-02T10:00:00Z,,2026-03-02T25:00"_s
        << u"t.csv:3: column resolved_at: invalid timestamp \"2026-03-02T25:00\""_s << false;
    QTest::newRow("response before creation")
        << u"T9,acme,s,P1,voice,email,2026-03-02T10:00:00Z,2026-03-02T09:59:59Z,"_s
        << u"t.csv:3: column first_response_at: 2026-03-02T09:59:59Z is earlier than created_at "
           "2026-03-02T10:00:00Z"_s
        << true;
    QTest::newRow("local response before creation")
        << u"T9,acme,s,P1,voice,email,2026-03-02T10:00:00-05:00,2026-03-02T09:00:00,"_s
        << u"t.csv:3: column first_response_at: 2026-03-02T14:00:00Z is earlier than created_at "
           "2026-03-02T15:00:00Z"_s
        << true;
    QTest::newRow("resolution before creation")
        << u"T9,acme,s,P1,voice,email,2026-03-02T10:00:00Z,,2026-03-01T10:00:00Z"_s
        << u"t.csv:3: column resolved_at: 2026-03-01T10:00:00Z is earlier than "
           u"created_at 2026-03-02T10:00:00Z"_s
        << true;
    QTest::newRow("created in the spring-forward gap")
        << u"T9,acme,s,P1,voice,email,2026-03-08T02:30:00,,"_s
        << u"t.csv:3: column created_at: 2026-03-08T02:30:00 does not exist in America/New_York"_s << false;
    QTest::newRow("created in the fall-back overlap")
        << u"T9,acme,s,P1,voice,email,2026-11-01T01:30:00,,"_s
        << u"t.csv:3: column created_at: 2026-11-01T01:30:00 occurs twice in America/New_York"_s << false;
    QTest::newRow("resolved in the Paris overlap")
        << u"T9,globex,s,P1,voice,email,2026-10-20T10:00:00,,2026-10-25T02:30:00"_s
        << u"t.csv:3: column resolved_at: 2026-10-25T02:30:00 occurs twice in Europe/Paris"_s << false;
    QTest::newRow("too few fields") << u"T9,acme,s,P1,voice,email,2026-03-02T10:00:00Z,"_s
                                    << u"t.csv:3: 8 fields where the header has 9"_s << true;
    QTest::newRow("too many fields") << u"T9,acme,s,P1,voice,email,2026-03-02T10:00:00Z,,,"_s
                                     << u"t.csv:3: 10 fields where the header has 9"_s << true;
    QTest::newRow("CSV error") << u"T9,acme,\"s,P1,voice,email,2026-03-02T10:00:00Z,,"_s
                               << u"t.csv:3:3: unterminated quoted field"_s << true;
}

void tst_TicketCsv::rejectsBadValues()
{
    QFETCH(QString, row);
    QFETCH(QString, error);
    QFETCH(bool, exact);

    const ReadResult read =
        readTickets(Header + u"T1,acme,fine,P1,voice,email,2026-03-02T10:00:00Z,,\n"_s + row + u'\n');
    QCOMPARE(read.tickets.size(), 1);
    if (exact)
        QCOMPARE(read.error, error);
    else
        QVERIFY2(read.error.startsWith(error), qPrintable(read.error));
}

void tst_TicketCsv::rejectsTheSameTicketTwice_data()
{
    QTest::addColumn<QString>("id");

    QTest::newRow("short") << u"T1"_s;
    QTest::newRow("twelve characters") << u"ABCDEFGHIJKL"_s;
    QTest::newRow("long") << u"TICKET-2026-000000123"_s;
    QTest::newRow("Latin-1") << u"réf-1"_s;
    QTest::newRow("beyond Latin-1") << u"票-1"_s;
}

void tst_TicketCsv::rejectsTheSameTicketTwice()
{
    QFETCH(QString, id);

    // The same id in another account is another ticket, and so are ids that
    // only extend it; the multi-line subject checks that lines are the
    // file's physical lines.
    const QString input = Header + u"%1,acme,first,P1,voice,email,2026-03-02T10:00:00Z,,\n"_s.arg(id) +
                          u"%1,globex,\"other\naccount\",P1,voice,email,2026-03-02T10:00:00Z,,\n"_s.arg(id) +
                          u"%1X,acme,longer id,P1,voice,email,2026-03-02T10:00:00Z,,\n"_s.arg(id) +
                          u"%1,acme,shorter id,P1,voice,email,2026-03-02T10:00:00Z,,\n"_s.arg(id.chopped(1)) +
                          u" %1 ,acme,again,P2,voice,chat,2026-03-03T10:00:00Z,,\n"_s.arg(id);
    const ReadResult read = readTickets(input);
    QCOMPARE(read.tickets.size(), 4);
    QCOMPARE(read.lines, QList<int>({2, 3, 5, 6}));
    QCOMPARE(read.error,
             u"t.csv:7: ticket \"%1\" of account \"acme\" appears twice, on lines 2 and 7"_s.arg(id));
}

void tst_TicketCsv::acceptsAbsentOptionalColumns()
{
    const ReadResult read = readTickets(u"created_at,channel,product,priority,account,id\n"
                                        "2026-03-02T10:00:00Z,web,api,P3,initech,X\n"_s);
    QCOMPARE(read.error, QString());
    QCOMPARE(read.described, QStringList({u"X|initech||P3|api|web|%1|-|-"_s.arg(utc(2026, 3, 2, 10, 0))}));
}

void tst_TicketCsv::writesTheHeaderOrder()
{
    Ticket t = ticket(u"T1"_s, u"acme"_s, u"Hello"_s, utc(2026, 3, 2, 14, 0));
    t.priority = Priority::P2;
    t.channel = Channel::Phone;
    t.resolvedAt = utc(2026, 3, 3, 0, 0, 1);
    QCOMPARE(
        exportTickets({t}),
        (Header + u"T1,acme,Hello,P2,voice,phone,2026-03-02T14:00:00Z,,2026-03-03T00:00:01Z\n"_s).toUtf8());
    QCOMPARE(ticketCsvHeader().join(u',') + u'\n', Header);
}

void tst_TicketCsv::roundTripsTrickyTickets()
{
    QList<Ticket> tickets = {
        ticket(u"1"_s, u"acme"_s, u"=HYPERLINK(\"http://x\")"_s, utc(2026, 1, 1, 0, 0)),
        ticket(u"2"_s, u"acme"_s, u"a, b; \"c\"\r\nd\re\nf"_s, utc(2026, 3, 8, 7, 0)),
        ticket(u"3"_s, u"globex"_s, u"  both ends  "_s, utc(2026, 10, 25, 0, 30)),
        ticket(u"4"_s, u"globex"_s, QString(), utc(2026, 10, 25, 1, 30)),
        ticket(u"5"_s, u"initech"_s, u"Ünïcödé 日本 😀"_s, utc(1999, 12, 31, 23, 59, 59)),
        ticket(u"-6"_s, u"initech"_s, u"\uFEFFhidden mark"_s, utc(2038, 1, 19, 3, 14, 8)),
    };
    tickets[0].priority = Priority::P1;
    tickets[0].firstResponseAt = tickets[0].createdAt;
    tickets[1].channel = Channel::Chat;
    tickets[1].firstResponseAt = tickets[1].createdAt + 3600;
    tickets[1].resolvedAt = tickets[1].createdAt + 86400;
    tickets[2].channel = Channel::Web;
    tickets[3].resolvedAt = tickets[3].createdAt + 1;

    const QByteArray first = exportTickets(tickets);
    QBuffer buffer;
    buffer.setData(first);
    buffer.open(QIODevice::ReadOnly);
    const ReadResult read = readTickets(&buffer);
    QCOMPARE(read.error, QString());
    QStringList expected;
    for (const Ticket &t : tickets)
        expected << describe(t);
    QCOMPARE(read.described, expected);
    QCOMPARE(exportTickets(read.tickets), first);
}

QTEST_GUILESS_MAIN(tst_TicketCsv)
#include "tst_ticketcsv.moc"
