#include "ExportRows.h"
#include "ImportMapping.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList jiraFrenchHeader()
{
    return {u"Résumé"_s,
            u"Clé de ticket"_s,
            u"Priorité"_s,
            u"Création"_s,
            u"Résolue"_s,
            u"Champ personnalisé (Organizations)"_s,
            u"Champ personnalisé (Organizations)"_s,
            u"Champ personnalisé (Time to first response)"_s,
            u"Champ personnalisé ([CHART] Date of First Response)"_s};
}

// The columns of a mapping by field code, for comparisons that show them.
QString describeColumns(const ImportMapping &mapping)
{
    QStringList parts;
    for (int i = 0; i < TicketFieldCount; ++i) {
        if (!mapping.columns[std::size_t(i)].isEmpty())
            parts << ticketFieldCode(TicketField(i)) + u'=' + mapping.columns[std::size_t(i)];
    }
    return parts.join(u'|');
}

} // namespace

class tst_ImportMapping : public QObject
{
    Q_OBJECT

private slots:
    void findsEachSourcesColumns_data();
    void findsEachSourcesColumns();
    void takesTheZone();
    void mapsPriorities();
    void mapsChannels();
    void detectsSources_data();
    void detectsSources();
    void roundTripsThroughJson();
    void writesStableJson();
    void rejectsBadJson_data();
    void rejectsBadJson();
};

void tst_ImportMapping::findsEachSourcesColumns_data()
{
    QTest::addColumn<HelpdeskSource>("source");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("columns");

    QTest::newRow("zendesk") << HelpdeskSource::Zendesk << zendeskReportHeader()
                             << u"id=Id|account=Organization|subject=Subject|priority=Priority|channel=Via|"
                                u"created_at=Created at|resolved_at=Solved at|"
                                u"tool_first_response=First reply time in minutes within business hours|"
                                u"first_response_minutes=First reply time in minutes"_s;
    QTest::newRow("zendesk json")
        << HelpdeskSource::ZendeskJson
        << QStringList{u"id"_s,
                       u"organization_id"_s,
                       u"subject"_s,
                       u"priority"_s,
                       u"via.channel"_s,
                       u"created_at"_s,
                       u"solved_at"_s,
                       u"metric_set.reply_time_in_minutes.calendar"_s,
                       u"metric_set.reply_time_in_minutes.business"_s}
        << u"id=id|account=organization_id|subject=subject|priority=priority|channel=via.channel|"
           u"created_at=created_at|resolved_at=solved_at|"
           u"tool_first_response=metric_set.reply_time_in_minutes.business|"
           u"first_response_minutes=metric_set.reply_time_in_minutes.calendar"_s;
    const QString freshdeskColumns =
        u"id=Ticket %1|account=Company Name|subject=Subject|priority=Priority|product=Product|"
        u"channel=Source|created_at=Created %2ime|first_response_at=Initial %3esponse %2ime|"
        u"resolved_at=Resolved %2ime|tool_first_response=First %3esponse %4tatus"_s;
    QTest::newRow("freshdesk before 2020") << HelpdeskSource::Freshdesk
                                           << QStringList{u"Ticket ID"_s,
                                                          u"Subject"_s,
                                                          u"Status"_s,
                                                          u"Priority"_s,
                                                          u"Source"_s,
                                                          u"Created time"_s,
                                                          u"Initial response time"_s,
                                                          u"Resolved time"_s,
                                                          u"Company Name"_s,
                                                          u"Product"_s,
                                                          u"First response status"_s}
                                           << freshdeskColumns.arg(u"ID", u"t", u"r", u"s");
    QTest::newRow("freshdesk since 2020")
        << HelpdeskSource::Freshdesk << QStringList{u"Ticket Id"_s,     u"Subject"_s,
                                                    u"Priority"_s,      u"Source"_s,
                                                    u"Created Time"_s,  u"Initial Response Time"_s,
                                                    u"Resolved Time"_s, u"Company Name"_s,
                                                    u"Product"_s,       u"First Response Status"_s}
        << freshdeskColumns.arg(u"Id", u"T", u"R", u"S");
    QTest::newRow("jira english, repeated columns")
        << HelpdeskSource::Jira
        << QStringList{u"Summary"_s,
                       u"Issue key"_s,
                       u"Issue id"_s,
                       u"Priority"_s,
                       u"Created"_s,
                       u"Resolved"_s,
                       u"Sprint"_s,
                       u"Sprint"_s,
                       u"Custom field (Organizations)"_s,
                       u"Custom field (Organizations)"_s,
                       u"Custom field (Time to first response)"_s,
                       u"Custom field ([CHART] Date of First Response)"_s}
        << u"id=Issue key|account=Custom field (Organizations)|subject=Summary|priority=Priority|"
           u"created_at=Created|first_response_at=Custom field ([CHART] Date of First Response)|"
           u"resolved_at=Resolved|tool_first_response=Custom field (Time to first response)"_s;
    QTest::newRow("jira french")
        << HelpdeskSource::Jira << jiraFrenchHeader()
        << u"id=Clé de ticket|account=Champ personnalisé (Organizations)|subject=Résumé|priority=Priorité|"
           u"created_at=Création|first_response_at=Champ personnalisé ([CHART] Date of First Response)|"
           u"resolved_at=Résolue|tool_first_response=Champ personnalisé (Time to first response)"_s;
    QTest::newRow("intercom")
        << HelpdeskSource::Intercom
        << QStringList{u"Conversation ID"_s,
                       u"Company name"_s,
                       u"Conversation started at (Europe/Paris)"_s,
                       u"Conversation first replied at (Europe/Paris)"_s,
                       u"Conversation last closed at (Europe/Paris)"_s,
                       u"Channel"_s,
                       u"Conversation priority"_s,
                       u"First response time, only within office hours (seconds)"_s}
        << u"id=Conversation ID|account=Company name|priority=Conversation priority|channel=Channel|"
           u"created_at=Conversation started at (Europe/Paris)|"
           u"first_response_at=Conversation first replied at (Europe/Paris)|"
           u"resolved_at=Conversation last closed at (Europe/Paris)|"
           u"tool_first_response=First response time, only within office hours (seconds)"_s;
    QTest::newRow("zammad")
        << HelpdeskSource::Zammad
        << QStringList{u"#"_s,
                       u"Title"_s,
                       u"State"_s,
                       u"Priority"_s,
                       u"Organization"_s,
                       u"Create Channel"_s,
                       u"Created At"_s,
                       u"First Response At"_s,
                       u"Closed At"_s,
                       u"First Response In Min"_s,
                       u"First Response Diff In Min"_s}
        << u"id=#|account=Organization|subject=Title|priority=Priority|channel=Create Channel|"
           u"created_at=Created At|first_response_at=First Response At|resolved_at=Closed At|"
           u"tool_first_response=First Response In Min"_s;
    QTest::newRow("osticket")
        << HelpdeskSource::OsTicket
        << QStringList{u"Ticket Number"_s, u"Date Created"_s, u"Subject"_s,    u"From"_s,
                       u"Priority"_s,      u"Source"_s,       u"Closed Date"_s}
        << u"id=Ticket Number|subject=Subject|priority=Priority|channel=Source|created_at=Date Created|"
           u"resolved_at=Closed Date"_s;
    QTest::newRow("glpi french")
        << HelpdeskSource::Glpi
        << QStringList{u"ID"_s,
                       u"Titre"_s,
                       u"Entité"_s,
                       u"Date d'ouverture"_s,
                       u"Priorité"_s,
                       u"Temps de prise en charge"_s,
                       u"Délai de prise en compte"_s}
        << u"id=ID|account=Entité|subject=Titre|priority=Priorité|created_at=Date d'ouverture|"
           u"tool_first_response=Délai de prise en compte"_s;
    QTest::newRow("glpi english") << HelpdeskSource::Glpi
                                  << QStringList{u"ID"_s,       u"Title"_s,       u"Opening date"_s,
                                                 u"Priority"_s, u"Time to own"_s, u"Take into account time"_s}
                                  << u"id=ID|subject=Title|priority=Priority|created_at=Opening date|"
                                     u"tool_first_response=Take into account time"_s;
    QTest::newRow("supportdesk")
        << HelpdeskSource::SupportDesk
        << QStringList{u"id"_s,      u"account"_s,    u"subject"_s,           u"priority"_s,   u"product"_s,
                       u"channel"_s, u"created_at"_s, u"first_response_at"_s, u"resolved_at"_s}
        << u"id=id|account=account|subject=subject|priority=priority|product=product|channel=channel|"
           u"created_at=created_at|first_response_at=first_response_at|resolved_at=resolved_at"_s;
    QTest::newRow("any letter case, spaces")
        << HelpdeskSource::OsTicket << QStringList{u" TICKET NUMBER "_s, u"date created"_s}
        << u"id=TICKET NUMBER|created_at=date created"_s;
}

void tst_ImportMapping::findsEachSourcesColumns()
{
    QFETCH(HelpdeskSource, source);
    QFETCH(QStringList, header);
    QFETCH(QString, columns);
    const ImportMapping mapping = defaultMapping(source, header);
    QCOMPARE(mapping.source, source);
    QCOMPARE(describeColumns(mapping), columns);
    QCOMPARE(mapping.defaultChannel, Channel::Web);
}

void tst_ImportMapping::takesTheZone()
{
    const QStringList intercom{u"Conversation ID"_s, u"Conversation started at (America/New_York)"_s};
    QCOMPARE(defaultMapping(HelpdeskSource::Intercom, intercom).zone, u"America/New_York"_s);
    // The header names the zone of its own times: it wins over a hint.
    QCOMPARE(defaultMapping(HelpdeskSource::Intercom, intercom, u"Europe/Paris"_s).zone,
             u"America/New_York"_s);
    const QStringList zammad{u"#"_s, u"Title"_s, u"Created At"_s};
    QCOMPARE(defaultMapping(HelpdeskSource::Zammad, zammad, u"Europe/Berlin"_s).zone, u"Europe/Berlin"_s);
    // Never guessed.
    QCOMPARE(defaultMapping(HelpdeskSource::Zendesk, zendeskReportHeader()).zone, QString());
}

void tst_ImportMapping::mapsPriorities()
{
    const auto priority = [](HelpdeskSource source, const QString &value) -> QString {
        const ImportMapping mapping = defaultMapping(source, {});
        if (!mapping.priorities.contains(value))
            return u"refused"_s;
        const std::optional<Priority> mapped = mapping.priorities.value(value);
        return mapped ? priorityCode(*mapped) : u"ignored"_s;
    };
    QCOMPARE(priority(HelpdeskSource::Zendesk, u"urgent"_s), u"P1"_s);
    QCOMPARE(priority(HelpdeskSource::Zendesk, u"high"_s), u"P2"_s);
    QCOMPARE(priority(HelpdeskSource::Zendesk, u"normal"_s), u"P3"_s);
    QCOMPARE(priority(HelpdeskSource::Zendesk, u"low"_s), u"P3"_s);
    QCOMPARE(priority(HelpdeskSource::Zendesk, QString()), u"P3"_s);
    QCOMPARE(priority(HelpdeskSource::ZendeskJson, u"urgent"_s), u"P1"_s);
    QCOMPARE(priority(HelpdeskSource::Freshdesk, u"urgent"_s), u"P1"_s);
    QCOMPARE(priority(HelpdeskSource::Freshdesk, u"medium"_s), u"P3"_s);
    QCOMPARE(priority(HelpdeskSource::Freshdesk, QString()), u"refused"_s);
    QCOMPARE(priority(HelpdeskSource::Jira, u"blocker"_s), u"P1"_s);
    QCOMPARE(priority(HelpdeskSource::Jira, u"major"_s), u"P2"_s);
    QCOMPARE(priority(HelpdeskSource::Jira, u"trivial"_s), u"P3"_s);
    QCOMPARE(priority(HelpdeskSource::Jira, u"plus haute"_s), u"P1"_s);
    QCOMPARE(priority(HelpdeskSource::Jira, u"haute"_s), u"P2"_s);
    QCOMPARE(priority(HelpdeskSource::Jira, u"plus basse"_s), u"P3"_s);
    QCOMPARE(priority(HelpdeskSource::Intercom, u"priority"_s), u"P2"_s);
    QCOMPARE(priority(HelpdeskSource::Intercom, u"not priority"_s), u"P3"_s);
    QCOMPARE(priority(HelpdeskSource::Zammad, u"3 high"_s), u"P2"_s);
    QCOMPARE(priority(HelpdeskSource::Zammad, u"1 low"_s), u"P3"_s);
    QCOMPARE(priority(HelpdeskSource::OsTicket, u"emergency"_s), u"P1"_s);
    QCOMPARE(priority(HelpdeskSource::OsTicket, u"normal"_s), u"P3"_s);
    QCOMPARE(priority(HelpdeskSource::Glpi, u"major"_s), u"P1"_s);
    QCOMPARE(priority(HelpdeskSource::Glpi, u"très haute"_s), u"P1"_s);
    QCOMPARE(priority(HelpdeskSource::Glpi, u"high"_s), u"P2"_s);
    QCOMPARE(priority(HelpdeskSource::Glpi, u"très basse"_s), u"P3"_s);
    QCOMPARE(priority(HelpdeskSource::SupportDesk, u"p1"_s), u"P1"_s);
}

void tst_ImportMapping::mapsChannels()
{
    const auto channel = [](HelpdeskSource source, const QString &value) {
        const ImportMapping mapping = defaultMapping(source, {});
        return channelCode(mapping.channels.value(value, mapping.defaultChannel));
    };
    QCOMPARE(channel(HelpdeskSource::Zendesk, u"phone call (incoming)"_s), u"phone"_s);
    QCOMPARE(channel(HelpdeskSource::Zendesk, u"web form"_s), u"web"_s);
    QCOMPARE(channel(HelpdeskSource::Zendesk, u"email"_s), u"email"_s);
    QCOMPARE(channel(HelpdeskSource::ZendeskJson, u"voice"_s), u"phone"_s);
    QCOMPARE(channel(HelpdeskSource::ZendeskJson, u"chat"_s), u"chat"_s);
    QCOMPARE(channel(HelpdeskSource::Freshdesk, u"portal"_s), u"web"_s);
    QCOMPARE(channel(HelpdeskSource::Freshdesk, u"feedback widget"_s), u"web"_s);
    QCOMPARE(channel(HelpdeskSource::Intercom, u"messenger"_s), u"chat"_s);
    QCOMPARE(channel(HelpdeskSource::Zammad, u"phone"_s), u"phone"_s);
    QCOMPARE(channel(HelpdeskSource::OsTicket, u"email"_s), u"email"_s);
    QCOMPARE(channel(HelpdeskSource::Glpi, u"e-mail"_s), u"email"_s);
    // Not a channel of SupportDesk's: the default.
    QCOMPARE(channel(HelpdeskSource::OsTicket, u"api"_s), u"web"_s);
}

void tst_ImportMapping::detectsSources_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("source");
    QTest::newRow("zendesk") << zendeskReportHeader() << u"zendesk"_s;
    QTest::newRow("jira french") << jiraFrenchHeader() << u"jira"_s;
    QTest::newRow("freshdesk") << QStringList{u"Ticket Id"_s, u"Created Time"_s, u"Initial Response Time"_s}
                               << u"freshdesk"_s;
    QTest::newRow("intercom") << QStringList{u"Conversation ID"_s, u"Conversation started at (UTC)"_s}
                              << u"intercom"_s;
    QTest::newRow("glpi") << QStringList{u"ID"_s, u"Titre"_s, u"Date d'ouverture"_s} << u"glpi"_s;
    QTest::newRow("unknown") << QStringList{u"Name"_s, u"When"_s} << QString();
}

void tst_ImportMapping::detectsSources()
{
    QFETCH(QStringList, header);
    QFETCH(QString, source);
    const std::optional<HelpdeskSource> detected = detectHelpdeskSource(header);
    QCOMPARE(detected ? helpdeskSourceCode(*detected) : QString(), source);
}

void tst_ImportMapping::roundTripsThroughJson()
{
    ImportMapping mapping = defaultMapping(HelpdeskSource::Zendesk, zendeskReportHeader(), u"Europe/Paris"_s);
    mapping.priorities.insert(u"low"_s, std::nullopt);
    mapping.accounts.insert(u"Acme Corp"_s, u"acme"_s);
    mapping.accounts.insert(u"Internal"_s, QString());
    mapping.defaultAccount = u"misc"_s;
    mapping.defaultProduct = u"Widgets"_s;
    mapping.defaultChannel = Channel::Email;

    QString error;
    const std::optional<ImportMapping> back = ImportMapping::fromJson(mapping.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->source, mapping.source);
    QCOMPARE(describeColumns(*back), describeColumns(mapping));
    QCOMPARE(back->priorities, mapping.priorities);
    QCOMPARE(back->priorities.value(u"low"_s), std::optional<Priority>());
    QVERIFY(back->priorities.contains(u"low"_s));
    QCOMPARE(back->channels, mapping.channels);
    QCOMPARE(back->defaultChannel, Channel::Email);
    QCOMPARE(back->accounts, mapping.accounts);
    QCOMPARE(back->zone, u"Europe/Paris"_s);
    QCOMPARE(back->defaultAccount, u"misc"_s);
    QCOMPARE(back->defaultProduct, u"Widgets"_s);
    QCOMPARE(back->toJson(), mapping.toJson());
}

void tst_ImportMapping::writesStableJson()
{
    ImportMapping mapping;
    mapping.source = HelpdeskSource::OsTicket;
    mapping.column(TicketField::Id) = u"Ticket Number"_s;
    mapping.column(TicketField::CreatedAt) = u"Date Created"_s;
    mapping.priorities.insert(u"emergency"_s, Priority::P1);
    mapping.priorities.insert(u"low"_s, std::nullopt);
    mapping.channels.insert(u"email"_s, Channel::Email);
    mapping.zone = u"America/Chicago"_s;
    const QByteArray json = QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact);
    QCOMPARE(json, QByteArray(R"({"accounts":{},"channels":{"email":"email"},)"
                              R"("columns":{"created_at":"Date Created","id":"Ticket Number"},)"
                              R"("defaultAccount":"","defaultChannel":"web","defaultProduct":"",)"
                              R"("priorities":{"emergency":"P1","low":null},"source":"osticket",)"
                              R"("zone":"America/Chicago"})"));
}

void tst_ImportMapping::rejectsBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("why");
    QTest::newRow("unknown source") << QByteArray(R"({"source":"helpscout"})")
                                    << u"unknown source \"helpscout\""_s;
    QTest::newRow("no source") << QByteArray(R"({"zone":"UTC"})") << u"unknown source \"\""_s;
    QTest::newRow("unknown field") << QByteArray(R"({"source":"jira","columns":{"assignee":"Assignee"}})")
                                   << u"unknown field \"assignee\""_s;
    QTest::newRow("unknown priority") << QByteArray(R"({"source":"jira","priorities":{"highest":"P0"}})")
                                      << u"unknown priority for \"highest\""_s;
    QTest::newRow("priority not text") << QByteArray(R"({"source":"jira","priorities":{"highest":1}})")
                                       << u"unknown priority for \"highest\""_s;
    QTest::newRow("unknown channel") << QByteArray(R"({"source":"zendesk","channels":{"api":"fax"}})")
                                     << u"unknown channel for \"api\""_s;
    QTest::newRow("unknown default channel")
        << QByteArray(R"({"source":"zendesk","defaultChannel":"fax"})") << u"unknown default channel"_s;
    QTest::newRow("unknown key") << QByteArray(R"({"source":"zendesk","timezone":"UTC"})")
                                 << u"unknown key \"timezone\""_s;
    QTest::newRow("columns not an object") << QByteArray(R"({"source":"zendesk","columns":["Id"]})")
                                           << u"\"columns\" of the mapping must be an object"_s;
    QTest::newRow("zone not text") << QByteArray(R"({"source":"zendesk","zone":3})")
                                   << u"\"zone\" of the mapping must be text"_s;
    QTest::newRow("account not text") << QByteArray(R"({"source":"zendesk","accounts":{"Acme":null}})")
                                      << u"the account of \"Acme\" must be text"_s;
}

void tst_ImportMapping::rejectsBadJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, why);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY(document.isObject());
    QString error;
    QVERIFY(!ImportMapping::fromJson(document.object(), &error));
    QVERIFY2(error.contains(why), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ImportMapping)
#include "tst_importmapping.moc"
