#include "HelpdeskSource.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

struct SourceWords
{
    HelpdeskSource source;
    QLatin1StringView code;
    QLatin1StringView name;
};

constexpr std::array<SourceWords, AllHelpdeskSources.size()> Words{{
    {HelpdeskSource::SupportDesk, "supportdesk"_L1, "SupportDesk"_L1},
    {HelpdeskSource::Zendesk, "zendesk"_L1, "Zendesk"_L1},
    {HelpdeskSource::ZendeskJson, "zendesk-json"_L1, "Zendesk (JSON)"_L1},
    {HelpdeskSource::Freshdesk, "freshdesk"_L1, "Freshdesk"_L1},
    {HelpdeskSource::Jira, "jira"_L1, "Jira Service Management"_L1},
    {HelpdeskSource::Intercom, "intercom"_L1, "Intercom"_L1},
    {HelpdeskSource::Zammad, "zammad"_L1, "Zammad"_L1},
    {HelpdeskSource::OsTicket, "osticket"_L1, "osTicket"_L1},
    {HelpdeskSource::Glpi, "glpi"_L1, "GLPI"_L1},
}};

// Columns that together say which tool wrote a header: every one of a
// source's markers must be there (each marker lists the names it goes by:
// letter cases and languages differ between versions and users; a name
// ending in " (*)" is followed by anything in parentheses, such as the zone
// of Intercom's times). Markers are chosen so that no two sources' sets fit
// the same header.
struct Signature
{
    HelpdeskSource source;
    QList<QStringList> markers;
};

const QList<Signature> &signatures()
{
    static const QList<Signature> all{
        {HelpdeskSource::SupportDesk, {{u"id"_s}, {u"account"_s}, {u"created_at"_s}}},
        {HelpdeskSource::Zendesk, {{u"id"_s}, {u"created at"_s}, {u"via"_s}, {u"organization"_s}}},
        {HelpdeskSource::ZendeskJson, {{u"id"_s}, {u"created_at"_s}, {u"via.channel"_s}}},
        {HelpdeskSource::Freshdesk, {{u"ticket id"_s}, {u"created time"_s}, {u"initial response time"_s}}},
        {HelpdeskSource::Jira,
         {{u"issue key"_s, u"clé de ticket"_s, u"clé"_s},
          {u"summary"_s, u"résumé"_s},
          {u"created"_s, u"création"_s, u"créé"_s}}},
        {HelpdeskSource::Intercom, {{u"conversation id"_s}, {u"conversation started at (*)"_s}}},
        {HelpdeskSource::Zammad, {{u"#"_s}, {u"title"_s, u"titre"_s}, {u"created at"_s, u"créé le"_s}}},
        {HelpdeskSource::OsTicket,
         {{u"ticket number"_s, u"numéro de ticket"_s}, {u"date created"_s, u"date de création"_s}}},
        {HelpdeskSource::Glpi,
         {{u"id"_s},
          {u"title"_s, u"titre"_s},
          {u"opening date"_s, u"date d'ouverture"_s, u"date d’ouverture"_s}}},
    };
    return all;
}

bool hasName(const QSet<QString> &names, const QString &word)
{
    if (!word.endsWith(u" (*)"))
        return names.contains(word);
    const QStringView stem = QStringView(word).chopped(4);
    return std::any_of(names.begin(), names.end(), [stem](const QString &name) {
        return name == stem || (name.startsWith(stem) && name.sliced(stem.size()).trimmed().startsWith(u'('));
    });
}

} // namespace

QString helpdeskSourceCode(HelpdeskSource source)
{
    return Words[static_cast<std::size_t>(source)].code;
}

std::optional<HelpdeskSource> parseHelpdeskSource(QStringView code)
{
    for (const SourceWords &words : Words) {
        if (code.compare(words.code, Qt::CaseInsensitive) == 0)
            return words.source;
    }
    return std::nullopt;
}

QString helpdeskSourceName(HelpdeskSource source)
{
    return Words[static_cast<std::size_t>(source)].name;
}

std::optional<HelpdeskSource> detectHelpdeskSource(const QStringList &header)
{
    QSet<QString> names;
    for (const QString &name : header)
        names.insert(name.trimmed().toLower());
    std::optional<HelpdeskSource> best;
    qsizetype bestMarkers = 0;
    bool tied = false;
    for (const Signature &signature : signatures()) {
        bool all = true;
        for (const QStringList &marker : signature.markers) {
            const bool found = std::any_of(marker.begin(), marker.end(),
                                           [&names](const QString &word) { return hasName(names, word); });
            if (!found) {
                all = false;
                break;
            }
        }
        // The fullest fit wins: Zendesk's CSV also has an "Id". Two equal
        // fits say nothing: better to ask than to guess.
        if (all && signature.markers.size() == bestMarkers)
            tied = true;
        if (all && signature.markers.size() > bestMarkers) {
            best = signature.source;
            bestMarkers = signature.markers.size();
            tied = false;
        }
    }
    return tied ? std::nullopt : best;
}
