#include "ImportMapping.h"

#include <utility>

using namespace Qt::StringLiterals;

// The mapping each source's export gets before anyone edits it. Column
// names are compared trimmed and in any letter case; a name ending in
// " (*)" also matches the name followed by anything in parentheses
// (Intercom writes its zone there). Names are listed by preference: the
// first one the header has wins, at its first occurrence (Jira repeats some
// columns).
//
// Priorities (the cell trimmed and in lower case → SupportDesk's). P1 is
// "urgent, the customer's business is down", P2 "above normal", P3 the rest:
//
//   source       P1                          P2             P3                            ignored/refused
//   Zendesk      Urgent                      High           Normal, Low, blank            -
//   Freshdesk    Urgent                      High           Medium, Low                   blank refused
//   Jira         Highest, Blocker, Critical  High, Major    Medium, Low, Lowest, Minor,   -
//                (Plus haute, Bloquante,     (Haute,        Trivial, blank (Moyenne,
//                Critique)                   Majeure)       Basse, Plus basse, Mineure,
//                                                           Triviale)
//   Intercom     -                           Priority       Not Priority, blank           -
//   Zammad       -                           3 high         2 normal, 1 low               -
//   osTicket     Emergency                   High           Normal, Low                   blank refused
//   GLPI         Major, Very high            High           Medium, Low, Very low         blank refused
//                (Majeure, Très haute)       (Haute)        (Moyenne, Basse, Très basse)
//   SupportDesk  P1                          P2             P3                            -
//
// Intercom's flag only says "look at this one first": a teammate or a rule
// sets it for many reasons, an outage being one of them, so a flagged
// conversation is P2, above the rest without claiming the business is down.
// Zammad's scale stops at "3 high", the ordinary "more than normal" level
// (like Zendesk's High, below its Urgent): P2, not P1, or every high ticket
// would get an outage's targets. A mapping edited before the import changes
// either.
//
// Channels: each tool's words for email, chat, phone and web; anything else
// (API, forums, social networks the tool relays) takes the default, Web.

namespace {

struct SourceDefaults
{
    QList<std::pair<TicketField, QStringList>> names;
    QList<std::pair<QString, std::optional<Priority>>> priorities;
    QList<std::pair<QString, Channel>> channels;
};

constexpr auto P1 = Priority::P1;
constexpr auto P2 = Priority::P2;
constexpr auto P3 = Priority::P3;

SourceDefaults supportDeskDefaults()
{
    return {{{TicketField::Id, {u"id"_s}},
             {TicketField::Account, {u"account"_s}},
             {TicketField::Subject, {u"subject"_s}},
             {TicketField::Priority, {u"priority"_s}},
             {TicketField::Product, {u"product"_s}},
             {TicketField::Channel, {u"channel"_s}},
             {TicketField::CreatedAt, {u"created_at"_s}},
             {TicketField::FirstResponseAt, {u"first_response_at"_s}},
             {TicketField::ResolvedAt, {u"resolved_at"_s}}},
            {{u"p1"_s, P1}, {u"p2"_s, P2}, {u"p3"_s, P3}},
            {{u"email"_s, Channel::Email},
             {u"chat"_s, Channel::Chat},
             {u"phone"_s, Channel::Phone},
             {u"web"_s, Channel::Web}}};
}

SourceDefaults zendeskDefaults()
{
    return {{{TicketField::Id, {u"id"_s}},
             {TicketField::Account, {u"organization"_s, u"organization name"_s}},
             {TicketField::Subject, {u"subject"_s}},
             {TicketField::Priority, {u"priority"_s}},
             {TicketField::Product, {u"product"_s}},
             {TicketField::Channel, {u"via"_s}},
             {TicketField::CreatedAt, {u"created at"_s}},
             {TicketField::ResolvedAt, {u"solved at"_s}},
             {TicketField::FirstResponseMinutes, {u"first reply time in minutes"_s}},
             {TicketField::ToolFirstResponse, {u"first reply time in minutes within business hours"_s}}},
            {{u"urgent"_s, P1}, {u"high"_s, P2}, {u"normal"_s, P3}, {u"low"_s, P3}, {QString(), P3}},
            {{u"email"_s, Channel::Email},
             {u"mail"_s, Channel::Email},
             {u"web form"_s, Channel::Web},
             {u"web widget"_s, Channel::Web},
             {u"web service"_s, Channel::Web},
             {u"help center"_s, Channel::Web},
             {u"chat"_s, Channel::Chat},
             {u"messaging"_s, Channel::Chat},
             {u"sms"_s, Channel::Chat},
             {u"phone call (incoming)"_s, Channel::Phone},
             {u"phone call (outgoing)"_s, Channel::Phone},
             {u"voicemail"_s, Channel::Phone},
             {u"phone"_s, Channel::Phone}}};
}

SourceDefaults zendeskJsonDefaults()
{
    return {{{TicketField::Id, {u"id"_s}},
             {TicketField::Account, {u"organization_id"_s}},
             {TicketField::Subject, {u"subject"_s}},
             {TicketField::Priority, {u"priority"_s}},
             {TicketField::Channel, {u"via.channel"_s}},
             {TicketField::CreatedAt, {u"created_at"_s}},
             {TicketField::ResolvedAt, {u"solved_at"_s}},
             {TicketField::FirstResponseMinutes, {u"metric_set.reply_time_in_minutes.calendar"_s}},
             {TicketField::ToolFirstResponse, {u"metric_set.reply_time_in_minutes.business"_s}}},
            {{u"urgent"_s, P1}, {u"high"_s, P2}, {u"normal"_s, P3}, {u"low"_s, P3}, {QString(), P3}},
            {{u"email"_s, Channel::Email},
             {u"web"_s, Channel::Web},
             {u"web_widget"_s, Channel::Web},
             {u"help_center"_s, Channel::Web},
             {u"chat"_s, Channel::Chat},
             {u"native_messaging"_s, Channel::Chat},
             {u"sms"_s, Channel::Chat},
             {u"voice"_s, Channel::Phone}}};
}

SourceDefaults freshdeskDefaults()
{
    return {{{TicketField::Id, {u"ticket id"_s}},
             {TicketField::Account, {u"company name"_s, u"company"_s}},
             {TicketField::Subject, {u"subject"_s}},
             {TicketField::Priority, {u"priority"_s}},
             {TicketField::Product, {u"product"_s}},
             {TicketField::Channel, {u"source"_s}},
             {TicketField::CreatedAt, {u"created time"_s}},
             {TicketField::FirstResponseAt, {u"initial response time"_s}},
             {TicketField::ResolvedAt, {u"resolved time"_s, u"closed time"_s}},
             {TicketField::ToolFirstResponse, {u"first response status"_s}}},
            {{u"urgent"_s, P1}, {u"high"_s, P2}, {u"medium"_s, P3}, {u"low"_s, P3}},
            {{u"email"_s, Channel::Email},
             {u"outbound email"_s, Channel::Email},
             {u"portal"_s, Channel::Web},
             {u"feedback widget"_s, Channel::Web},
             {u"phone"_s, Channel::Phone},
             {u"chat"_s, Channel::Chat},
             {u"whatsapp"_s, Channel::Chat}}};
}

SourceDefaults jiraDefaults()
{
    return {
        {{TicketField::Id, {u"issue key"_s, u"clé de ticket"_s, u"clé"_s}},
         {TicketField::Account,
          {u"custom field (organizations)"_s, u"champ personnalisé (organizations)"_s,
           u"champ personnalisé (organisations)"_s}},
         {TicketField::Subject, {u"summary"_s, u"résumé"_s}},
         {TicketField::Priority, {u"priority"_s, u"priorité"_s}},
         {TicketField::CreatedAt, {u"created"_s, u"création"_s, u"créé"_s}},
         {TicketField::FirstResponseAt,
          {u"custom field ([chart] date of first response)"_s,
           u"champ personnalisé ([chart] date of first response)"_s}},
         {TicketField::ResolvedAt, {u"resolved"_s, u"résolue"_s, u"résolu"_s}},
         {TicketField::ToolFirstResponse,
          {u"custom field (time to first response)"_s, u"champ personnalisé (time to first response)"_s}}},
        {{u"highest"_s, P1},  {u"blocker"_s, P1},  {u"critical"_s, P1},   {u"high"_s, P2},
         {u"major"_s, P2},    {u"medium"_s, P3},   {u"low"_s, P3},        {u"lowest"_s, P3},
         {u"minor"_s, P3},    {u"trivial"_s, P3},  {u"plus haute"_s, P1}, {u"bloquante"_s, P1},
         {u"bloquant"_s, P1}, {u"critique"_s, P1}, {u"haute"_s, P2},      {u"majeure"_s, P2},
         {u"moyenne"_s, P3},  {u"basse"_s, P3},    {u"plus basse"_s, P3}, {u"mineure"_s, P3},
         {u"triviale"_s, P3}, {QString(), P3}},
        {}};
}

SourceDefaults intercomDefaults()
{
    return {
        {{TicketField::Id, {u"conversation id"_s}},
         {TicketField::Account, {u"company name"_s}},
         {TicketField::Subject, {u"conversation title"_s, u"subject"_s}},
         {TicketField::Priority, {u"conversation priority"_s}},
         {TicketField::Product, {u"product"_s}},
         {TicketField::Channel, {u"channel"_s}},
         {TicketField::CreatedAt, {u"conversation started at (*)"_s}},
         {TicketField::FirstResponseAt, {u"conversation first replied at (*)"_s}},
         {TicketField::ResolvedAt, {u"conversation last closed at (*)"_s}},
         {TicketField::ToolFirstResponse, {u"first response time, only within office hours (seconds)"_s}}},
        {{u"priority"_s, P2}, {u"not priority"_s, P3}, {QString(), P3}},
        {{u"email"_s, Channel::Email},
         {u"chat"_s, Channel::Chat},
         {u"messenger"_s, Channel::Chat},
         {u"conversation"_s, Channel::Chat},
         {u"whatsapp"_s, Channel::Chat},
         {u"sms"_s, Channel::Chat},
         {u"phone"_s, Channel::Phone},
         {u"phone call"_s, Channel::Phone}}};
}

SourceDefaults zammadDefaults()
{
    return {{{TicketField::Id, {u"#"_s, u"number"_s}},
             {TicketField::Account, {u"organization"_s, u"organisation"_s}},
             {TicketField::Subject, {u"title"_s, u"titre"_s}},
             {TicketField::Priority, {u"priority"_s, u"priorité"_s}},
             {TicketField::Product, {u"product"_s}},
             {TicketField::Channel, {u"create channel"_s}},
             {TicketField::CreatedAt, {u"created at"_s, u"créé le"_s}},
             {TicketField::FirstResponseAt, {u"first response at"_s}},
             {TicketField::ResolvedAt, {u"closed at"_s}},
             {TicketField::ToolFirstResponse, {u"first response in min"_s}}},
            {{u"3 high"_s, P2},
             {u"2 normal"_s, P3},
             {u"1 low"_s, P3},
             {u"3 haute"_s, P2},
             {u"2 normale"_s, P3},
             {u"1 basse"_s, P3}},
            {{u"email"_s, Channel::Email},
             {u"phone"_s, Channel::Phone},
             {u"web"_s, Channel::Web},
             {u"chat"_s, Channel::Chat},
             {u"sms"_s, Channel::Chat},
             {u"telegram"_s, Channel::Chat},
             {u"whatsapp"_s, Channel::Chat}}};
}

SourceDefaults osTicketDefaults()
{
    return {{{TicketField::Id, {u"ticket number"_s, u"numéro de ticket"_s}},
             {TicketField::Account, {u"organization"_s, u"organisation"_s}},
             {TicketField::Subject, {u"subject"_s, u"sujet"_s}},
             {TicketField::Priority, {u"priority"_s, u"priorité"_s}},
             {TicketField::Product, {u"product"_s}},
             {TicketField::Channel, {u"source"_s}},
             {TicketField::CreatedAt, {u"date created"_s, u"date de création"_s}},
             {TicketField::ResolvedAt, {u"closed date"_s, u"date de fermeture"_s}}},
            {{u"emergency"_s, P1}, {u"high"_s, P2}, {u"normal"_s, P3}, {u"low"_s, P3}},
            {{u"email"_s, Channel::Email}, {u"phone"_s, Channel::Phone}, {u"web"_s, Channel::Web}}};
}

SourceDefaults glpiDefaults()
{
    // GLPI's "Time to own" is the deadline its SLA sets for taking a ticket
    // into account: a target, which says nothing of when anyone answered, so
    // it maps to nothing. "Take into account time" is the delay until a
    // technician did (assigned it or added a follow-up): GLPI's own first
    // response. It is counted in the calendar's working hours when the
    // entity has one, so opening date + delay is not an instant: it is the
    // tool's figure, compared with ours, not a first-response time.
    return {{{TicketField::Id, {u"id"_s}},
             {TicketField::Account, {u"entity"_s, u"entité"_s}},
             {TicketField::Subject, {u"title"_s, u"titre"_s}},
             {TicketField::Priority, {u"priority"_s, u"priorité"_s}},
             {TicketField::Product, {u"product"_s}},
             {TicketField::Channel, {u"request source"_s, u"source de la demande"_s}},
             {TicketField::CreatedAt, {u"opening date"_s, u"date d'ouverture"_s, u"date d’ouverture"_s}},
             {TicketField::ResolvedAt,
              {u"resolution date"_s, u"date de résolution"_s, u"closing date"_s, u"date de clôture"_s}},
             {TicketField::ToolFirstResponse, {u"take into account time"_s, u"délai de prise en compte"_s}}},
            {{u"major"_s, P1},
             {u"very high"_s, P1},
             {u"high"_s, P2},
             {u"medium"_s, P3},
             {u"low"_s, P3},
             {u"very low"_s, P3},
             {u"majeure"_s, P1},
             {u"très haute"_s, P1},
             {u"haute"_s, P2},
             {u"moyenne"_s, P3},
             {u"basse"_s, P3},
             {u"très basse"_s, P3}},
            {{u"helpdesk"_s, Channel::Web},
             {u"e-mail"_s, Channel::Email},
             {u"email"_s, Channel::Email},
             {u"courriel"_s, Channel::Email},
             {u"phone"_s, Channel::Phone},
             {u"téléphone"_s, Channel::Phone}}};
}

SourceDefaults defaultsOf(HelpdeskSource source)
{
    switch (source) {
    case HelpdeskSource::SupportDesk: return supportDeskDefaults();
    case HelpdeskSource::Zendesk: return zendeskDefaults();
    case HelpdeskSource::ZendeskJson: return zendeskJsonDefaults();
    case HelpdeskSource::Freshdesk: return freshdeskDefaults();
    case HelpdeskSource::Jira: return jiraDefaults();
    case HelpdeskSource::Intercom: return intercomDefaults();
    case HelpdeskSource::Zammad: return zammadDefaults();
    case HelpdeskSource::OsTicket: return osTicketDefaults();
    case HelpdeskSource::Glpi: return glpiDefaults();
    }
    return {};
}

// Whether a header name (trimmed) is `name` in any letter case; for a name
// ending in " (*)", what the parentheses hold goes to *inParentheses.
bool matches(QStringView header, QStringView name, QString *inParentheses)
{
    if (!name.endsWith(u" (*)"))
        return header.compare(name, Qt::CaseInsensitive) == 0;
    const QStringView stem = name.chopped(4);
    if (header.compare(stem, Qt::CaseInsensitive) == 0)
        return true;
    if (!header.startsWith(stem, Qt::CaseInsensitive) || !header.endsWith(u')'))
        return false;
    const QStringView rest = header.sliced(stem.size()).trimmed();
    if (!rest.startsWith(u'('))
        return false;
    *inParentheses = rest.sliced(1, rest.size() - 2).trimmed().toString();
    return true;
}

} // namespace

ImportMapping defaultMapping(HelpdeskSource source, const QStringList &header, const QString &zoneHint)
{
    ImportMapping mapping;
    mapping.source = source;
    const SourceDefaults defaults = defaultsOf(source);
    QString headerZone;
    for (const auto &[field, names] : defaults.names) {
        bool found = false;
        for (const QString &name : names) {
            for (qsizetype i = 0; i < header.size() && !found; ++i) {
                const QString written = header[i].trimmed();
                QString inParentheses;
                if (matches(written, name, &inParentheses)) {
                    mapping.column(field) = written;
                    found = true;
                    if (field == TicketField::CreatedAt)
                        headerZone = inParentheses;
                }
            }
            if (found)
                break;
        }
    }
    for (const auto &[value, priority] : defaults.priorities)
        mapping.priorities.insert(value, priority);
    for (const auto &[value, channel] : defaults.channels)
        mapping.channels.insert(value, channel);
    mapping.defaultChannel = Channel::Web;
    // The zone the file names: Intercom's in its headers, as written there
    // (zone ids are case-sensitive), else the one its reader found.
    mapping.zone = headerZone.isEmpty() ? zoneHint.trimmed() : headerZone;
    return mapping;
}
