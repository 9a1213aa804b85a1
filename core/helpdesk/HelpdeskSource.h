#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <array>
#include <optional>

// Which help desk wrote an export: the word of `tickets import --from`.
enum class HelpdeskSource : quint8 {
    SupportDesk, // the native nine-column ticket CSV
    Zendesk,     // Admin Center report, CSV
    ZendeskJson, // incremental export API with metric_sets, JSON lines or array
    Freshdesk,
    Jira, // Jira Service Management, CSV with all fields
    Intercom,
    Zammad, // reporting download, XLSX
    OsTicket,
    Glpi,
};
inline constexpr std::array<HelpdeskSource, 9> AllHelpdeskSources{
    HelpdeskSource::SupportDesk, HelpdeskSource::Zendesk,  HelpdeskSource::ZendeskJson,
    HelpdeskSource::Freshdesk,   HelpdeskSource::Jira,     HelpdeskSource::Intercom,
    HelpdeskSource::Zammad,      HelpdeskSource::OsTicket, HelpdeskSource::Glpi};

// "supportdesk", "zendesk", "zendesk-json", "freshdesk", "jira", "intercom",
// "zammad", "osticket", "glpi".
QString helpdeskSourceCode(HelpdeskSource source);
std::optional<HelpdeskSource> parseHelpdeskSource(QStringView code);
// "Zendesk", "Jira Service Management", ...: names of products, not translated.
QString helpdeskSourceName(HelpdeskSource source);

// The source whose export has this header row, from the column names each
// tool writes (in any letter case, localised ones included); nullopt when
// none matches well enough to say.
std::optional<HelpdeskSource> detectHelpdeskSource(const QStringList &header);
