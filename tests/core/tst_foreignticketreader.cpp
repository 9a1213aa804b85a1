#include "ExportRows.h"
#include "ForeignTicketReader.h"
#include "RowSource.h"
#include "Timestamp.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Rows in memory: the header on line 1, each row on the line after the
// previous one unless told otherwise; optionally a read error after them.
class FakeRows : public RowSource
{
public:
    FakeRows(QStringList header, QList<QStringList> rows, QString zoneHint = {})
        : m_pendingHeader(std::move(header)), m_rows(std::move(rows)), m_zoneHint(std::move(zoneHint))
    {
        for (int i = 0; i < m_rows.size(); ++i)
            m_lines << i + 2;
    }
    void setLines(QList<int> lines) { m_lines = std::move(lines); }
    void failAtEnd(QString error) { m_endError = std::move(error); }

    Status open() override
    {
        m_header = m_pendingHeader;
        ++m_opened;
        return success();
    }
    const QStringList &header() const override { return m_header; }
    bool readRow(QStringList &cells) override
    {
        if (m_next >= m_rows.size()) {
            m_error = m_endError;
            return false;
        }
        cells = m_rows[m_next];
        m_line = m_lines[m_next];
        ++m_next;
        return true;
    }
    bool atError() const override { return !m_error.isEmpty(); }
    QString error() const override { return m_error; }
    int line() const override { return m_line; }
    qint64 bytesRead() const override { return m_next; }
    qint64 totalBytes() const override { return m_rows.size(); }
    QString zoneHint() const override { return m_zoneHint; }
    int opened() const { return m_opened; }

private:
    QStringList m_pendingHeader;
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<int> m_lines;
    QString m_zoneHint;
    QString m_endError;
    QString m_error;
    qsizetype m_next = 0;
    int m_line = 1;
    int m_opened = 0;
};

// One line per ticket, so that a failed comparison shows every field:
// id|account|subject|priority|product|channel|created|first|resolved|figure@line.
QString describe(const ForeignTicket &read)
{
    const Ticket &ticket = read.ticket;
    const auto instant = [](const std::optional<qint64> &value) {
        return value ? formatUtcTimestamp(*value) : u"-"_s;
    };
    QString figure = u"-"_s;
    if (read.figure) {
        static const char *const Kinds[] = {"business", "within", "remaining"};
        figure =
            QString::fromLatin1(Kinds[int(read.figure->kind)]) + u':' + QString::number(read.figure->value);
    }
    return QStringList{ticket.id,
                       ticket.account,
                       ticket.subject,
                       priorityCode(ticket.priority),
                       ticket.product,
                       channelCode(ticket.channel),
                       formatUtcTimestamp(ticket.createdAt),
                       instant(ticket.firstResponseAt),
                       instant(ticket.resolvedAt),
                       figure}
               .join(u'|') +
           u'@' + QString::number(read.line);
}

struct ReadResult
{
    QStringList tickets;
    QStringList refusals; // "line: reason"
    qint64 refused = 0;
    qint64 skipped = 0;
    QString error;
};

ReadResult readAll(RowSource &rows, const ImportMapping &mapping, bool keepGoing)
{
    ForeignTicketReader reader(rows, mapping, u"export.csv"_s);
    reader.setKeepGoing(keepGoing);
    ReadResult result;
    if (Status started = reader.start(); !started) {
        result.error = started.message();
        return result;
    }
    while (const std::optional<ForeignTicket> ticket = reader.next())
        result.tickets << describe(*ticket);
    for (const RowRefusal &refusal : reader.refusals())
        result.refusals << QString::number(refusal.line) + u": "_s + refusal.reason;
    result.refused = reader.refusedCount();
    result.skipped = reader.skipped();
    result.error = reader.error();
    // Once finished, the reader stays so.
    if (reader.next())
        result.error = u"reader went on after its end"_s;
    return result;
}

ImportMapping mappingFor(HelpdeskSource source, const RowSource &rows, const QString &zone = {})
{
    ImportMapping mapping = defaultMapping(source, rows.header(), rows.zoneHint());
    if (!zone.isEmpty())
        mapping.zone = zone;
    mapping.defaultProduct = u"Widgets"_s;
    return mapping;
}

FakeRows openedRows(QStringList header, QList<QStringList> rows, QString zoneHint = {})
{
    FakeRows fake(std::move(header), std::move(rows), std::move(zoneHint));
    (void)fake.open();
    return fake;
}

const QStringList ZendeskHeader = zendeskReportHeader();

const QStringList FreshdeskHeader{u"Ticket Id"_s,     u"Subject"_s,
                                  u"Priority"_s,      u"Source"_s,
                                  u"Created Time"_s,  u"Initial Response Time"_s,
                                  u"Resolved Time"_s, u"Company Name"_s,
                                  u"Product"_s,       u"First Response Status"_s};

} // namespace

class tst_ForeignTicketReader : public QObject
{
    Q_OBJECT

private slots:
    void readsZendeskCsv();
    void readsZendeskJson();
    void readsFreshdeskWithRefusals();
    void stopsAtTheFirstRefusalOfAnImport();
    void readsFrenchJiraWithRepeatedColumns();
    void refusesATimeThatOccursTwice();
    void readsIntercomInTheHeadersZone();
    void readsZammadSerialsInTheFootersZone();
    void readsOsTicketWithFormulaGuards();
    void readsGlpi();
    void glpiEntitiesAreTheirLastName();
    void asksForAZone();
    void refusesABadMapping();
    void refusesRowsWithoutAccountOrId();
    void skipsIgnoredPriorities();
    void passesOnTheSourcesError();
    void opensTheSourceWhenNeeded();
    void recordsABoundedNumberOfRefusals();
};

void tst_ForeignTicketReader::readsZendeskCsv()
{
    FakeRows rows = openedRows(ZendeskHeader, {{u"101"_s, u"Ann"_s, u"Acme"_s, u"Printer down"_s, u"Urgent"_s,
                                                u"Phone call (incoming)"_s, u"2026-01-19 09:30:00"_s,
                                                u"2026-01-19 11:00:00"_s, u"45"_s, u"30"_s},
                                               {u"102"_s, u"Bob"_s, u""_s, u"Question"_s, u""_s,
                                                u"Web form"_s, u"2026-01-20 10:00"_s, u""_s, u""_s, u""_s},
                                               {u"103"_s, u"Cy"_s, u"Internal"_s, u"Test"_s, u"Low"_s,
                                                u"Email"_s, u"2026-01-20 10:00"_s, u""_s, u""_s, u""_s},
                                               {u" 104 "_s, u"Di"_s, u"Acme Corp"_s, u"  Spaces kept  "_s,
                                                u" high "_s, u"EMAIL"_s, u"2026-01-21 08:00"_s}});
    ImportMapping mapping = mappingFor(HelpdeskSource::Zendesk, rows, u"Europe/Paris"_s);
    mapping.defaultAccount = u"misc"_s;
    mapping.accounts.insert(u"Internal"_s, QString());
    mapping.accounts.insert(u"Acme Corp"_s, u"Acme"_s);
    const ReadResult result = readAll(rows, mapping, false);
    QCOMPARE(result.error, QString());
    // Paris is UTC+1 in January. 101: created 09:30+01 = 08:30Z, first reply
    // 45 calendar minutes later (09:15Z), solved 11:00+01 = 10:00Z; its 30
    // business minutes are 1800 s. 102: blank organisation, the default
    // account; blank priority, P3. 103: Internal is ignored. 104: a short
    // row (no figure cells), trimmed id and values, a renamed organisation.
    QCOMPARE(result.tickets,
             (QStringList{u"101|Acme|Printer down|P1|Widgets|phone|2026-01-19T08:30:00Z|2026-01-19T09:15:00Z|"
                          u"2026-01-19T10:00:00Z|business:1800@2"_s,
                          u"102|misc|Question|P3|Widgets|web|2026-01-20T09:00:00Z|-|-|-@3"_s,
                          u"104|Acme|  Spaces kept  |P2|Widgets|email|2026-01-21T07:00:00Z|-|-|-@5"_s}));
    QCOMPARE(result.skipped, 1);
    QCOMPARE(result.refused, 0);
}

void tst_ForeignTicketReader::readsZendeskJson()
{
    const QStringList header{u"id"_s,
                             u"organization_id"_s,
                             u"subject"_s,
                             u"priority"_s,
                             u"via.channel"_s,
                             u"created_at"_s,
                             u"solved_at"_s,
                             u"metric_set.reply_time_in_minutes.calendar"_s,
                             u"metric_set.reply_time_in_minutes.business"_s};
    FakeRows rows =
        openedRows(header, {{u"5001"_s, u"360001"_s, u"Login fails"_s, u"high"_s, u"voice"_s,
                             u"2026-03-08T10:00:00Z"_s, u"2026-03-09T12:00:00Z"_s, u"90"_s, u"60"_s},
                            {u"5002"_s, u"360001"_s, u"No metrics"_s, u""_s, u"api"_s,
                             u"2026-03-08T10:00:00+02:00"_s, u""_s, u""_s, u""_s}});
    // No zone: its times carry their offsets.
    const ReadResult result = readAll(rows, mappingFor(HelpdeskSource::ZendeskJson, rows), false);
    QCOMPARE(result.error, QString());
    // 5001: first reply 90 minutes after 10:00Z; 60 business minutes.
    // 5002: 10:00+02:00 is 08:00Z; an API ticket takes the default channel.
    QCOMPARE(
        result.tickets,
        (QStringList{u"5001|360001|Login fails|P2|Widgets|phone|2026-03-08T10:00:00Z|2026-03-08T11:30:00Z|"
                     u"2026-03-09T12:00:00Z|business:3600@2"_s,
                     u"5002|360001|No metrics|P3|Widgets|web|2026-03-08T08:00:00Z|-|-|-@3"_s}));
}

void tst_ForeignTicketReader::readsFreshdeskWithRefusals()
{
    FakeRows rows = openedRows(
        FreshdeskHeader,
        {{u"7"_s, u"Refund"_s, u"Medium"_s, u"Portal"_s, u"2026-03-08 01:30:00"_s, u"2026-03-08 03:30:00"_s,
          u"2026-03-09 09:00:00"_s, u"Globex"_s, u"Billing"_s, u"SLA Violated"_s},
         {u"8"_s, u"Gap"_s, u"Urgent"_s, u"Email"_s, u"2026-03-08 02:30:00"_s, u""_s, u""_s, u"Globex"_s,
          u"Billing"_s, u""_s},
         {u"9"_s, u"Odd"_s, u"Critical"_s, u"Email"_s, u"2026-03-09 10:00:00"_s, u""_s, u""_s, u"Globex"_s,
          u"Billing"_s, u""_s},
         {u"10"_s, u"Early"_s, u"Low"_s, u"Phone"_s, u"2026-03-09 10:00:00"_s, u"2026-03-09 09:59:00"_s,
          u""_s, u"Globex"_s, u"Billing"_s, u""_s},
         {u"11"_s, u"Fine"_s, u"High"_s, u"Chat"_s, u"2026-03-10 10:00:00"_s, u"2026-03-10 10:20:00"_s, u""_s,
          u"Globex"_s, u""_s, u"Within SLA"_s},
         {u"12"_s, u"Odd figure"_s, u"High"_s, u"Chat"_s, u"2026-03-10 10:00:00"_s, u""_s, u""_s, u"Globex"_s,
          u"Billing"_s, u"Pending"_s}});
    const ReadResult result =
        readAll(rows, mappingFor(HelpdeskSource::Freshdesk, rows, u"America/New_York"_s), true);
    QCOMPARE(result.error, QString());
    // New York springs forward on 2026-03-08 at 02:00 EST (-05:00) to 03:00
    // EDT (-04:00): 01:30 EST is 06:30Z, 03:30 EDT is 07:30Z, 09:00 EDT the
    // next day 13:00Z. 11: 10:00 EDT is 14:00Z; a blank product takes the
    // default.
    QCOMPARE(result.tickets,
             (QStringList{u"7|Globex|Refund|P3|Billing|web|2026-03-08T06:30:00Z|2026-03-08T07:30:00Z|"
                          u"2026-03-09T13:00:00Z|within:0@2"_s,
                          u"11|Globex|Fine|P2|Widgets|chat|2026-03-10T14:00:00Z|2026-03-10T14:20:00Z|-|"
                          u"within:1@6"_s}));
    QCOMPARE(result.refusals,
             (QStringList{
                 u"3: column Created Time: 2026-03-08T02:30:00 does not exist in America/New_York "
                 u"(the clocks skip it): write it with its UTC offset, -05:00 or -04:00"_s,
                 u"4: column Priority: \"Critical\" has no priority in the mapping"_s,
                 u"5: column Initial Response Time: 2026-03-09T13:59:00Z is earlier than the creation "
                 u"time 2026-03-09T14:00:00Z"_s,
                 u"7: column First Response Status: \"Pending\": expected Within SLA or SLA Violated"_s}));
    QCOMPARE(result.refused, 4);
    QCOMPARE(result.skipped, 0);
}

void tst_ForeignTicketReader::stopsAtTheFirstRefusalOfAnImport()
{
    FakeRows rows = openedRows(FreshdeskHeader,
                               {{u"7"_s, u"Refund"_s, u"Low"_s, u"Email"_s, u"2026-03-07 10:00:00"_s, u""_s,
                                 u""_s, u"Globex"_s, u"Billing"_s, u""_s},
                                {u"9"_s, u"Odd"_s, u"Critical"_s, u"Email"_s, u"2026-03-09 10:00:00"_s, u""_s,
                                 u""_s, u"Globex"_s, u"Billing"_s, u""_s},
                                {u"10"_s, u"Never read"_s, u"Low"_s, u"Email"_s, u"2026-03-09 10:00:00"_s,
                                 u""_s, u""_s, u"Globex"_s, u"Billing"_s, u""_s}});
    rows.setLines({2, 5, 6}); // a multi-line subject before: lines are the source's
    const ReadResult result =
        readAll(rows, mappingFor(HelpdeskSource::Freshdesk, rows, u"America/New_York"_s), false);
    QCOMPARE(result.tickets.size(), 1);
    QCOMPARE(result.error, u"export.csv:5: column Priority: \"Critical\" has no priority in the mapping"_s);
    QCOMPARE(result.refusals, QStringList());
}

void tst_ForeignTicketReader::readsFrenchJiraWithRepeatedColumns()
{
    const QStringList header{u"Résumé"_s,
                             u"Clé de ticket"_s,
                             u"Priorité"_s,
                             u"Création"_s,
                             u"Résolue"_s,
                             u"Champ personnalisé (Organizations)"_s,
                             u"Champ personnalisé (Organizations)"_s,
                             u"Champ personnalisé (Time to first response)"_s,
                             u"Champ personnalisé ([CHART] Date of First Response)"_s};
    FakeRows rows = openedRows(
        header, {{u"Imprimante"_s, u"SD-1"_s, u"Haute"_s, u"19/janv./26 12:47"_s, u"20/janv./26 9:00 AM"_s,
                  u"Acme"_s, u"Other"_s, u"-1:30"_s, u"19/janv./26 14:00"_s},
                 {u"Réseau"_s, u"SD-2"_s, u"Plus haute"_s, u"1/févr./26 8:05 PM"_s, u""_s, u""_s, u"Acme"_s,
                  u"2:05"_s, u""_s}});
    ImportMapping mapping = mappingFor(HelpdeskSource::Jira, rows, u"Europe/Paris"_s);
    mapping.defaultAccount = u"misc"_s;
    const ReadResult result = readAll(rows, mapping, false);
    QCOMPARE(result.error, QString());
    // Paris is UTC+1: 12:47 is 11:47Z, 14:00 13:00Z, 9:00 AM the next day
    // 08:00Z, 8:05 PM on 1 February 19:05Z. The first Organizations column
    // is the account: SD-2's is blank, so the default account.
    QCOMPARE(result.tickets,
             (QStringList{u"SD-1|Acme|Imprimante|P2|Widgets|web|2026-01-19T11:47:00Z|2026-01-19T13:00:00Z|"
                          u"2026-01-20T08:00:00Z|remaining:-5400@2"_s,
                          u"SD-2|misc|Réseau|P1|Widgets|web|2026-02-01T19:05:00Z|-|-|remaining:7500@3"_s}));
}

void tst_ForeignTicketReader::refusesATimeThatOccursTwice()
{
    const QStringList header{u"Issue key"_s, u"Summary"_s, u"Priority"_s, u"Created"_s};
    // Paris falls back on 2026-10-25 at 03:00 CEST to 02:00 CET.
    FakeRows rows = openedRows(header, {{u"SD-3"_s, u"Twice"_s, u"High"_s, u"25/Oct/26 2:30 AM"_s},
                                        {u"SD-4"_s, u"Once"_s, u"High"_s, u"25/Oct/26 3:30 AM"_s}});
    ImportMapping mapping = mappingFor(HelpdeskSource::Jira, rows, u"Europe/Paris"_s);
    mapping.defaultAccount = u"acme"_s;
    const ReadResult result = readAll(rows, mapping, true);
    QCOMPARE(result.error, QString());
    // 03:30 CET is 02:30Z.
    QCOMPARE(result.tickets, QStringList{u"SD-4|acme|Once|P2|Widgets|web|2026-10-25T02:30:00Z|-|-|-@3"_s});
    QCOMPARE(
        result.refusals,
        QStringList{u"2: column Created: 2026-10-25T02:30:00 occurs twice in Europe/Paris: write it with "
                    u"its UTC offset, +02:00 for the first or +01:00 for the second"_s});
}

void tst_ForeignTicketReader::readsIntercomInTheHeadersZone()
{
    const QStringList header{u"Conversation ID"_s,
                             u"Company name"_s,
                             u"Conversation started at (America/New_York)"_s,
                             u"Conversation first replied at (America/New_York)"_s,
                             u"Conversation last closed at (America/New_York)"_s,
                             u"Channel"_s,
                             u"Conversation priority"_s,
                             u"First response time, only within office hours (seconds)"_s};
    FakeRows rows =
        openedRows(header, {{u"215"_s, u"Acme"_s, u"2026-07-01 09:00:00"_s, u"2026-07-01 09:05:30"_s,
                             u"2026-07-01 10:00:00"_s, u"Messenger"_s, u"Priority"_s, u"330"_s},
                            {u"216"_s, u"Acme"_s, u"2026-07-01 09:00:00"_s, u""_s, u""_s, u"Email"_s,
                             u"Not Priority"_s, u""_s}});
    const ReadResult result = readAll(rows, mappingFor(HelpdeskSource::Intercom, rows), false);
    QCOMPARE(result.error, QString());
    // New York is UTC-4 in July: 09:00 is 13:00Z.
    QCOMPARE(result.tickets,
             (QStringList{u"215|Acme||P2|Widgets|chat|2026-07-01T13:00:00Z|2026-07-01T13:05:30Z|"
                          u"2026-07-01T14:00:00Z|business:330@2"_s,
                          u"216|Acme||P3|Widgets|email|2026-07-01T13:00:00Z|-|-|-@3"_s}));
}

void tst_ForeignTicketReader::readsZammadSerialsInTheFootersZone()
{
    const QStringList header{u"#"_s,
                             u"Title"_s,
                             u"Priority"_s,
                             u"Organization"_s,
                             u"Create Channel"_s,
                             u"Created At"_s,
                             u"First Response At"_s,
                             u"Closed At"_s,
                             u"First Response In Min"_s};
    FakeRows rows = openedRows(header,
                               {{u"31001"_s, u"Mail down"_s, u"3 high"_s, u"Acme"_s, u"email"_s, u"46041.5"_s,
                                 u"2026-01-19 12:10:00"_s, u""_s, u"25"_s}},
                               u"Europe/Berlin"_s);
    const ReadResult result = readAll(rows, mappingFor(HelpdeskSource::Zammad, rows), false);
    QCOMPARE(result.error, QString());
    // Serial 46041.5 is 2026-01-19 12:00 in Berlin (UTC+1): 11:00Z; the
    // first response 12:10 is 11:10Z; 25 business minutes are 1500 s.
    QCOMPARE(result.tickets,
             QStringList{u"31001|Acme|Mail down|P2|Widgets|email|2026-01-19T11:00:00Z|2026-01-19T11:10:00Z|-|"
                         u"business:1500@2"_s});
}

void tst_ForeignTicketReader::readsOsTicketWithFormulaGuards()
{
    const QStringList header{u"Ticket Number"_s, u"Date Created"_s, u"Subject"_s,
                             u"Priority"_s,      u"Source"_s,       u"Closed Date"_s};
    FakeRows rows = openedRows(
        header, {{u"100200"_s, u"01/19/2026 12:47 PM"_s, u"'=HYPERLINK(x)"_s, u"Emergency"_s, u"Phone"_s,
                  u"01/20/2026 9:00 AM"_s},
                 {u"100201"_s, u"2026-01-19 08:00"_s, u"'-1 refund"_s, u"Normal"_s, u"API"_s, u""_s}});
    ImportMapping mapping = mappingFor(HelpdeskSource::OsTicket, rows, u"America/Chicago"_s);
    mapping.defaultAccount = u"acme"_s;
    const ReadResult result = readAll(rows, mapping, false);
    QCOMPARE(result.error, QString());
    // Chicago is UTC-6 in January: 12:47 PM is 18:47Z, 9:00 AM 15:00Z.
    QCOMPARE(result.tickets,
             (QStringList{u"100200|acme|=HYPERLINK(x)|P1|Widgets|phone|2026-01-19T18:47:00Z|-|"
                          u"2026-01-20T15:00:00Z|-@2"_s,
                          u"100201|acme|-1 refund|P3|Widgets|web|2026-01-19T14:00:00Z|-|-|-@3"_s}));
}

void tst_ForeignTicketReader::readsGlpi()
{
    const QStringList header{u"ID"_s,
                             u"Title"_s,
                             u"Entity"_s,
                             u"Opening date"_s,
                             u"Priority"_s,
                             u"Time to own"_s,
                             u"Take into account time"_s};
    FakeRows rows =
        openedRows(header, {{u"42"_s, u"VPN"_s, u"Root entity > Acme"_s, u"2026-01-19 12:47"_s,
                             u"Very high"_s, u"2026-01-19 13:47"_s, u"1 hours 5 minutes 0 seconds"_s},
                            {u"43"_s, u"Wifi"_s, u"Root entity > Acme"_s, u"2026-01-19 12:50"_s, u"Medium"_s,
                             u""_s, u"0 seconds"_s}});
    ImportMapping mapping = mappingFor(HelpdeskSource::Glpi, rows, u"Europe/Paris"_s);
    mapping.accounts.insert(u"Root entity > Acme"_s, u"acme"_s);
    const ReadResult result = readAll(rows, mapping, false);
    QCOMPARE(result.error, QString());
    // 12:47 in Paris is 11:47Z. 43 is not taken into account yet: no figure.
    QCOMPARE(result.tickets,
             (QStringList{u"42|acme|VPN|P1|Widgets|web|2026-01-19T11:47:00Z|-|-|business:3900@2"_s,
                          u"43|acme|Wifi|P3|Widgets|web|2026-01-19T11:50:00Z|-|-|-@3"_s}));
}

void tst_ForeignTicketReader::glpiEntitiesAreTheirLastName()
{
    const QStringList header{u"ID"_s, u"Title"_s, u"Entity"_s, u"Opening date"_s, u"Priority"_s};
    FakeRows rows = openedRows(
        header, {{u"44"_s, u"Mail"_s, u"Root entity > Europe > Globex"_s, u"2026-01-19 12:47"_s, u"High"_s},
                 {u"45"_s, u"Disk"_s, u"Initech"_s, u"2026-01-19 12:48"_s, u"Low"_s},
                 {u"46"_s, u"Fan"_s, u"Root entity > Acme"_s, u"2026-01-19 12:49"_s, u"Low"_s}});
    ImportMapping mapping = mappingFor(HelpdeskSource::Glpi, rows, u"Europe/Paris"_s);
    // A mapping entry by the last name applies; one by the whole name too.
    mapping.accounts.insert(u"Initech"_s, u"initech"_s);
    mapping.accounts.insert(u"Root entity > Acme"_s, QString());
    const ReadResult result = readAll(rows, mapping, false);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.tickets, (QStringList{u"44|Globex|Mail|P2|Widgets|web|2026-01-19T11:47:00Z|-|-|-@2"_s,
                                          u"45|initech|Disk|P3|Widgets|web|2026-01-19T11:48:00Z|-|-|-@3"_s}));
}

void tst_ForeignTicketReader::asksForAZone()
{
    // A source that never writes offsets: refused before any row.
    FakeRows freshdesk = openedRows(FreshdeskHeader, {});
    const ReadResult atStart = readAll(freshdesk, mappingFor(HelpdeskSource::Freshdesk, freshdesk), true);
    QCOMPARE(atStart.error,
             u"export.csv: the times of a Freshdesk export have no UTC offset: give their time "
             u"zone with --zone (e.g. --zone Europe/Paris)"_s);

    // One that may: the first time without an offset stops the reading,
    // dry run or not, since every such row would fail alike.
    const QStringList header{u"id"_s, u"organization_id"_s, u"priority"_s, u"created_at"_s};
    FakeRows json = openedRows(header, {{u"1"_s, u"9"_s, u"low"_s, u"2026-01-19T12:47:00Z"_s},
                                        {u"2"_s, u"9"_s, u"low"_s, u"2026-01-19 12:47:00"_s},
                                        {u"3"_s, u"9"_s, u"low"_s, u"2026-01-19T12:47:00Z"_s}});
    const ReadResult atRow = readAll(json, mappingFor(HelpdeskSource::ZendeskJson, json), true);
    QCOMPARE(atRow.tickets.size(), 1);
    QCOMPARE(atRow.error,
             u"export.csv:3: column created_at: \"2026-01-19 12:47:00\" has no UTC offset, and no "
             u"time zone was given: give the export's zone with --zone (e.g. --zone Europe/Paris)"_s);
}

void tst_ForeignTicketReader::refusesABadMapping()
{
    FakeRows rows = openedRows(FreshdeskHeader, {});
    ImportMapping unknownZone = mappingFor(HelpdeskSource::Freshdesk, rows, u"Mars/Olympus"_s);
    QCOMPARE(readAll(rows, unknownZone, false).error,
             u"export.csv: unknown time zone \"Mars/Olympus\": expected an IANA zone such as Europe/Paris"_s);

    ImportMapping missingColumn = mappingFor(HelpdeskSource::Freshdesk, rows, u"UTC"_s);
    missingColumn.column(TicketField::Subject) = u"Title"_s;
    QCOMPARE(readAll(rows, missingColumn, false).error,
             u"export.csv: the mapping's column \"Title\" (subject) is not in the file's header"_s);

    ImportMapping noCreation = mappingFor(HelpdeskSource::Freshdesk, rows, u"UTC"_s);
    noCreation.column(TicketField::CreatedAt).clear();
    QCOMPARE(readAll(rows, noCreation, false).error,
             u"export.csv: no column is mapped to created_at: every ticket needs one"_s);

    ImportMapping noAccount = mappingFor(HelpdeskSource::Freshdesk, rows, u"UTC"_s);
    noAccount.column(TicketField::Account).clear();
    QCOMPARE(readAll(rows, noAccount, false).error,
             u"export.csv: no account: give --account, or map a column to account"_s);

    ImportMapping noProduct = mappingFor(HelpdeskSource::Freshdesk, rows, u"UTC"_s);
    noProduct.column(TicketField::Product).clear();
    noProduct.defaultProduct.clear();
    QCOMPARE(readAll(rows, noProduct, false).error,
             u"export.csv: no product: give --product, or map a column to product"_s);
}

void tst_ForeignTicketReader::refusesRowsWithoutAccountOrId()
{
    FakeRows rows = openedRows(
        FreshdeskHeader,
        {{u""_s, u"No id"_s, u"Low"_s, u"Email"_s, u"2026-03-07 10:00:00"_s, u""_s, u""_s, u"Globex"_s, u""_s,
          u""_s},
         {u"2"_s, u"No company"_s, u"Low"_s, u"Email"_s, u"2026-03-07 10:00:00"_s, u""_s, u""_s, u" "_s,
          u""_s, u""_s},
         {u"3"_s, u"No creation"_s, u"Low"_s, u"Email"_s, u""_s, u""_s, u""_s, u"Globex"_s, u""_s, u""_s}});
    const ReadResult result = readAll(rows, mappingFor(HelpdeskSource::Freshdesk, rows, u"UTC"_s), true);
    QCOMPARE(result.tickets, QStringList());
    QCOMPARE(result.refusals,
             (QStringList{u"2: column Ticket Id: empty: every ticket needs an id"_s,
                          u"3: column Company Name: empty, and there is no default account: give --account"_s,
                          u"4: column Created Time: empty: every ticket needs its creation time"_s}));
}

void tst_ForeignTicketReader::skipsIgnoredPriorities()
{
    FakeRows rows =
        openedRows(FreshdeskHeader, {{u"1"_s, u"a"_s, u"Low"_s, u"Email"_s, u"2026-03-07 10:00:00"_s},
                                     {u"2"_s, u"b"_s, u"High"_s, u"Email"_s, u"2026-03-07 10:00:00"_s},
                                     {u"3"_s, u"c"_s, u"low"_s, u"Email"_s, u"2026-03-07 10:00:00"_s}});
    ImportMapping mapping = mappingFor(HelpdeskSource::Freshdesk, rows, u"UTC"_s);
    mapping.priorities.insert(u"low"_s, std::nullopt);
    mapping.defaultAccount = u"acme"_s;
    const ReadResult result = readAll(rows, mapping, false);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.tickets, QStringList{u"2|acme|b|P2|Widgets|email|2026-03-07T10:00:00Z|-|-|-@3"_s});
    QCOMPARE(result.skipped, 2);
}

void tst_ForeignTicketReader::passesOnTheSourcesError()
{
    FakeRows rows = openedRows(FreshdeskHeader, {{u"1"_s, u"a"_s, u"Low"_s, u"Email"_s,
                                                  u"2026-03-07 10:00:00"_s, u""_s, u""_s, u"Globex"_s}});
    rows.failAtEnd(u"export.csv:3:2: unterminated quoted field"_s);
    const ReadResult result = readAll(rows, mappingFor(HelpdeskSource::Freshdesk, rows, u"UTC"_s), true);
    QCOMPARE(result.tickets.size(), 1);
    QCOMPARE(result.error, u"export.csv:3:2: unterminated quoted field"_s);
}

void tst_ForeignTicketReader::opensTheSourceWhenNeeded()
{
    FakeRows rows(FreshdeskHeader, {{u"1"_s, u"a"_s, u"Low"_s, u"Email"_s, u"2026-03-07 10:00:00"_s}});
    ImportMapping mapping = defaultMapping(HelpdeskSource::Freshdesk, FreshdeskHeader);
    mapping.zone = u"UTC"_s;
    mapping.defaultAccount = u"acme"_s;
    mapping.defaultProduct = u"Widgets"_s;
    ForeignTicketReader reader(rows, mapping, u"export.csv"_s);
    const std::optional<ForeignTicket> ticket = reader.next(); // starts, and so opens
    QVERIFY(ticket);
    QCOMPARE(rows.opened(), 1);
    QCOMPARE(ticket->ticket.id, u"1"_s);
    QVERIFY(!reader.next());
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
}

void tst_ForeignTicketReader::recordsABoundedNumberOfRefusals()
{
    QList<QStringList> bad;
    for (int i = 0; i < ForeignTicketReader::MaxRecordedRefusals + 5; ++i)
        bad << QStringList{QString::number(i),       u"a"_s, u"Critical"_s, u"Email"_s,
                           u"2026-03-07 10:00:00"_s, u""_s,  u""_s,         u"Globex"_s};
    FakeRows rows = openedRows(FreshdeskHeader, bad);
    const ReadResult result = readAll(rows, mappingFor(HelpdeskSource::Freshdesk, rows, u"UTC"_s), true);
    QCOMPARE(result.refused, ForeignTicketReader::MaxRecordedRefusals + 5);
    QCOMPARE(result.refusals.size(), ForeignTicketReader::MaxRecordedRefusals);
}

QTEST_GUILESS_MAIN(tst_ForeignTicketReader)
#include "tst_foreignticketreader.moc"
