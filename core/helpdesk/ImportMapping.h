#pragma once

#include "Channel.h"
#include "HelpdeskSource.h"
#include "Priority.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <array>
#include <optional>

// What a column of an export holds, for SupportDesk.
enum class TicketField : quint8 {
    Id,
    Account, // the organisation or company
    Subject,
    Priority,
    Product,
    Channel,
    CreatedAt,
    FirstResponseAt,
    ResolvedAt,
    // The tool's own first-response figure (business minutes, office-hours
    // seconds, within-SLA status, remaining time, GLPI's time to take into
    // account), kept for reconciliation; how it reads depends on the source.
    ToolFirstResponse,
    // Calendar minutes from creation to the first reply: Zendesk's CSV has
    // no first-reply timestamp, it is created + these minutes.
    FirstResponseMinutes,
};
inline constexpr int TicketFieldCount = 11;

// "id", "account", "subject", "priority", "product", "channel", "created_at",
// "first_response_at", "resolved_at", "tool_first_response",
// "first_response_minutes": the words of a mapping's JSON.
QString ticketFieldCode(TicketField field);
std::optional<TicketField> parseTicketField(QStringView code);

// How an export becomes tickets: which column holds what, how its values
// read, in which zone its zone-less times are. Shown and edited before an
// import, saved by name in the store so that a team shares it.
struct ImportMapping
{
    HelpdeskSource source = HelpdeskSource::SupportDesk;
    // The header name of each field's column, as written in the file; empty
    // when the file has no such column.
    std::array<QString, TicketFieldCount> columns;
    // Priority column values (trimmed, lower case; "" for a blank cell) →
    // priority; a value mapped to nullopt is ignored: its tickets are
    // skipped, not refused. A value with no entry refuses its ticket.
    QHash<QString, std::optional<Priority>> priorities;
    // Channel column values (trimmed, lower case) → channel; others, and a
    // blank cell or no column, take defaultChannel.
    QHash<QString, Channel> channels;
    Channel defaultChannel = Channel::Web;
    // Organisation (as written) → account name; an empty name skips its
    // tickets. An organisation with no entry is the account of that name.
    QHash<QString, QString> accounts;
    // The IANA zone of timestamps written without an offset; never guessed:
    // empty refuses such a timestamp.
    QString zone;
    // For a file without the column (or a blank cell): the account and the
    // product its tickets go to; empty refuses the ticket.
    QString defaultAccount;
    QString defaultProduct;

    const QString &column(TicketField field) const { return columns[static_cast<int>(field)]; }
    QString &column(TicketField field) { return columns[static_cast<int>(field)]; }

    QJsonObject toJson() const;
    // Fails, saying what is wrong, on an object toJson() did not write.
    static std::optional<ImportMapping> fromJson(const QJsonObject &object, QString *error = nullptr);
};

// The mapping a source's export gets without one saved: its known columns
// found in `header` (in any letter case, localised names included), its
// priorities (documented per source in docs/IMPORT.md; e.g. Zendesk Urgent
// → P1, High → P2, Normal, Low and blank → P3) and channels, and the zone
// the file names (Intercom's headers, Zammad's footer: `zoneHint`), else none.
ImportMapping defaultMapping(HelpdeskSource source, const QStringList &header, const QString &zoneHint = {});
