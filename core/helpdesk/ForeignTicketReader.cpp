#include "ForeignTicketReader.h"

#include "CsvWriter.h"
#include "HelpdeskTimestamps.h"
#include "RowSource.h"
#include "Timestamp.h"
#include "ZoneRules.h"

namespace {

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
}

} // namespace

ForeignTicketReader::ForeignTicketReader(RowSource &rows, ImportMapping mapping, QString sourceName)
    : m_rows(rows), m_mapping(std::move(mapping)), m_sourceName(std::move(sourceName))
{
    m_index.fill(-1);
    // Both write a cell such as "=1+2" as "'=1+2" so that a spreadsheet
    // shows it rather than running it; the apostrophe is not the text.
    m_guardsFormulas =
        m_mapping.source == HelpdeskSource::OsTicket || m_mapping.source == HelpdeskSource::SupportDesk;
}

int ForeignTicketReader::line() const
{
    return m_rows.line();
}

qint64 ForeignTicketReader::bytesRead() const
{
    return m_rows.bytesRead();
}

qint64 ForeignTicketReader::totalBytes() const
{
    return m_rows.totalBytes();
}

Status ForeignTicketReader::failStart(const QString &message)
{
    m_error = message;
    return Status::failure(Error::Kind::InvalidInput, message);
}

Status ForeignTicketReader::start()
{
    if (m_started)
        return atError() ? Status::failure(Error::Kind::InvalidInput, m_error) : success();
    m_started = true;
    if (m_rows.header().isEmpty()) {
        if (Status opened = m_rows.open(); !opened)
            return failStart(opened.message());
    }
    const QStringList &header = m_rows.header();
    for (int field = 0; field < TicketFieldCount; ++field) {
        const QString &name = m_mapping.columns[std::size_t(field)];
        if (name.isEmpty())
            continue;
        // The first occurrence: Jira repeats some columns, and the cells of
        // the others are not this field's.
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (QStringView(header[i]).trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                m_index[std::size_t(field)] = int(i);
                break;
            }
        }
        if (m_index[std::size_t(field)] < 0)
            return failStart(tr("%1: the mapping's column %2 (%3) is not in the file's header")
                                 .arg(m_sourceName, quoted(name), ticketFieldCode(TicketField(field))));
    }
    for (const TicketField field : {TicketField::Id, TicketField::CreatedAt}) {
        if (m_index[std::size_t(field)] < 0)
            return failStart(tr("%1: no column is mapped to %2: every ticket needs one")
                                 .arg(m_sourceName, ticketFieldCode(field)));
    }
    if (m_index[std::size_t(TicketField::Account)] < 0 && m_mapping.defaultAccount.isEmpty())
        return failStart(tr("%1: no account: give --account, or map a column to account").arg(m_sourceName));
    if (m_index[std::size_t(TicketField::Product)] < 0 && m_mapping.defaultProduct.isEmpty())
        return failStart(tr("%1: no product: give --product, or map a column to product").arg(m_sourceName));
    if (!m_mapping.zone.isEmpty()) {
        m_zone = ZoneRules::forZone(m_mapping.zone);
        if (!m_zone)
            return failStart(tr("%1: unknown time zone %2: expected an IANA zone such as Europe/Paris")
                                 .arg(m_sourceName, quoted(m_mapping.zone)));
    } else if (writesZonelessTimes(m_mapping.source)) {
        // Never read as UTC: a guess would shift every ticket by hours.
        return failStart(tr("%1: the times of a %2 export have no UTC offset: give their time zone "
                            "with --zone (e.g. --zone Europe/Paris)")
                             .arg(m_sourceName, helpdeskSourceName(m_mapping.source)));
    }
    return success();
}

std::optional<ForeignTicket> ForeignTicketReader::next()
{
    if (!m_started && !start())
        return std::nullopt;
    if (atError())
        return std::nullopt;
    ForeignTicket out;
    while (true) {
        if (!m_rows.readRow(m_cells)) {
            if (m_rows.atError())
                m_error = m_rows.error();
            return std::nullopt;
        }
        switch (readRow(out)) {
        case Outcome::Ticket: return out;
        case Outcome::Skipped: ++m_skipped; break;
        case Outcome::Failed: return std::nullopt;
        case Outcome::Refused:
            if (!m_keepGoing) {
                m_error = tr("%1:%2: %3").arg(m_sourceName).arg(line()).arg(m_reason);
                return std::nullopt;
            }
            ++m_refused;
            if (m_refusals.size() < MaxRecordedRefusals)
                m_refusals.append(RowRefusal{line(), m_reason});
            break;
        }
    }
}

ForeignTicketReader::Outcome ForeignTicketReader::readRow(ForeignTicket &out)
{
    m_reason.clear();
    out.figure.reset();
    out.line = line();
    Ticket &ticket = out.ticket;
    ticket = Ticket();
    ticket.id = textCell(TicketField::Id).trimmed();
    if (ticket.id.isEmpty()) {
        refuse(TicketField::Id, tr("empty: every ticket needs an id"));
        return Outcome::Refused;
    }
    // An ignored organisation or priority skips the row before anything
    // else of it can refuse it.
    bool skip = false;
    if (!readAccount(out, &skip))
        return Outcome::Refused;
    if (skip)
        return Outcome::Skipped;
    if (!readPriority(out, &skip))
        return Outcome::Refused;
    if (skip)
        return Outcome::Skipped;
    ticket.subject = textCell(TicketField::Subject);
    if (!readProduct(out))
        return Outcome::Refused;
    ticket.channel = channelOf(cell(TicketField::Channel));

    std::optional<qint64> created;
    if (!readInstant(TicketField::CreatedAt, &created))
        return atError() ? Outcome::Failed : Outcome::Refused;
    if (!created) {
        refuse(TicketField::CreatedAt, tr("empty: every ticket needs its creation time"));
        return Outcome::Refused;
    }
    ticket.createdAt = *created;
    if (!readFirstResponse(out) || !readInstant(TicketField::ResolvedAt, &ticket.resolvedAt))
        return atError() ? Outcome::Failed : Outcome::Refused;
    if (ticket.resolvedAt && *ticket.resolvedAt < ticket.createdAt) {
        refuse(TicketField::ResolvedAt,
               tr("%1 is earlier than the creation time %2")
                   .arg(formatUtcTimestamp(*ticket.resolvedAt), formatUtcTimestamp(ticket.createdAt)));
        return Outcome::Refused;
    }
    if (!readFigure(out))
        return Outcome::Refused;
    return Outcome::Ticket;
}

// The account of the row's organisation: renamed or ignored by the mapping,
// else the organisation's own name (a GLPI entity's own, without its
// parents); the default account for a blank cell.
bool ForeignTicketReader::readAccount(ForeignTicket &out, bool *skip)
{
    const QStringView raw = cell(TicketField::Account);
    if (!m_lastAccount.known || raw != m_lastAccount.raw) {
        m_lastAccount.known = true;
        m_lastAccount.raw = raw.toString();
        const QString organisation = textCell(TicketField::Account).trimmed();
        m_lastAccount.skip = false;
        if (organisation.isEmpty()) {
            m_lastAccount.value = m_mapping.defaultAccount;
        } else {
            auto renamed = m_mapping.accounts.constFind(organisation);
            QString name = organisation;
            // GLPI writes an entity after its parents ("Root entity > Acme
            // Corp"): the last one is the customer.
            if (const qsizetype cut = organisation.lastIndexOf(u" > ");
                renamed == m_mapping.accounts.constEnd() && m_mapping.source == HelpdeskSource::Glpi &&
                cut >= 0) {
                name = organisation.mid(cut + 3).trimmed();
                renamed = m_mapping.accounts.constFind(name);
            }
            m_lastAccount.value = renamed == m_mapping.accounts.constEnd() ? name : *renamed;
            m_lastAccount.skip = renamed != m_mapping.accounts.constEnd() && renamed->isEmpty();
        }
    }
    if (m_lastAccount.skip) {
        *skip = true;
        return true;
    }
    if (m_lastAccount.value.isEmpty())
        return refuse(TicketField::Account, tr("empty, and there is no default account: give --account"));
    out.ticket.account = m_lastAccount.value;
    return true;
}

bool ForeignTicketReader::readPriority(ForeignTicket &out, bool *skip)
{
    // No priority column: every ticket is of the lowest, as SupportDesk's own.
    if (m_index[std::size_t(TicketField::Priority)] < 0) {
        out.ticket.priority = Priority::P3;
        return true;
    }
    const QStringView raw = cell(TicketField::Priority);
    const CachedPriority *found = nullptr;
    for (const CachedPriority &cached : std::as_const(m_priorities)) {
        if (cached.raw == raw) {
            found = &cached;
            break;
        }
    }
    CachedPriority looked;
    if (!found) {
        looked.raw = raw.toString();
        const auto entry = m_mapping.priorities.constFind(looked.raw.toLower());
        looked.known = entry != m_mapping.priorities.constEnd();
        if (looked.known)
            looked.priority = *entry;
        if (m_priorities.size() < MaxCachedValues)
            m_priorities.append(looked);
        found = &looked;
    }
    if (!found->known) {
        return refuse(TicketField::Priority,
                      raw.isEmpty() ? tr("empty, and the mapping has no priority for a blank cell")
                                    : tr("%1 has no priority in the mapping").arg(quoted(raw)));
    }
    if (!found->priority)
        *skip = true;
    else
        out.ticket.priority = *found->priority;
    return true;
}

bool ForeignTicketReader::readProduct(ForeignTicket &out)
{
    const QStringView raw = cell(TicketField::Product);
    if (!m_lastProduct.known || raw != m_lastProduct.raw) {
        m_lastProduct.known = true;
        m_lastProduct.raw = raw.toString();
        m_lastProduct.value = textCell(TicketField::Product).trimmed();
        if (m_lastProduct.value.isEmpty())
            m_lastProduct.value = m_mapping.defaultProduct;
    }
    if (m_lastProduct.value.isEmpty())
        return refuse(TicketField::Product, tr("empty, and there is no default product: give --product"));
    out.ticket.product = m_lastProduct.value;
    return true;
}

Channel ForeignTicketReader::channelOf(QStringView raw)
{
    if (raw.isEmpty())
        return m_mapping.defaultChannel;
    for (const auto &[cached, channel] : std::as_const(m_channels)) {
        if (cached == raw)
            return channel;
    }
    const Channel channel = m_mapping.channels.value(raw.toString().toLower(), m_mapping.defaultChannel);
    if (m_channels.size() < MaxCachedValues)
        m_channels.append({raw.toString(), channel});
    return channel;
}

// A blank cell (or no column) leaves *instant empty. false on a refusal, or
// on a failure of the whole reading (atError()): a zone-less time with no
// zone to read it in.
bool ForeignTicketReader::readInstant(TicketField field, std::optional<qint64> *instant)
{
    const QStringView text = cell(field);
    if (text.isEmpty())
        return true;
    const Expected<ParsedTimestamp> parsed = parseHelpdeskTimestamp(m_mapping.source, text);
    if (!parsed)
        return refuse(field, parsed.message());
    if (parsed->hasOffset) {
        *instant = parsed->utcSeconds;
        return true;
    }
    if (!m_zone) {
        m_error = tr("%1:%2: column %3: %4 has no UTC offset, and no time zone was given: give the "
                     "export's zone with --zone (e.g. --zone Europe/Paris)")
                      .arg(m_sourceName)
                      .arg(line())
                      .arg(columnName(field), quoted(text));
        return false;
    }
    const Expected<qint64> resolved = resolveTimestamp(*parsed, *m_zone);
    if (!resolved)
        return refuse(field, resolved.message());
    *instant = *resolved;
    return true;
}

// From the first-response column, else (Zendesk) creation + the calendar
// minutes to the first reply.
bool ForeignTicketReader::readFirstResponse(ForeignTicket &out)
{
    Ticket &ticket = out.ticket;
    if (!readInstant(TicketField::FirstResponseAt, &ticket.firstResponseAt))
        return false;
    if (ticket.firstResponseAt) {
        if (*ticket.firstResponseAt < ticket.createdAt)
            return refuse(TicketField::FirstResponseAt, tr("%1 is earlier than the creation time %2")
                                                            .arg(formatUtcTimestamp(*ticket.firstResponseAt),
                                                                 formatUtcTimestamp(ticket.createdAt)));
        return true;
    }
    const QStringView minutes = cell(TicketField::FirstResponseMinutes);
    if (minutes.isEmpty())
        return true;
    const Expected<qint64> seconds = parseDurationNumber(minutes, 60);
    if (!seconds)
        return refuse(TicketField::FirstResponseMinutes, seconds.message());
    ticket.firstResponseAt = ticket.createdAt + *seconds;
    return true;
}

// The tool's own figure, as each writes it. A blank cell is no figure.
bool ForeignTicketReader::readFigure(ForeignTicket &out)
{
    const QStringView text = cell(TicketField::ToolFirstResponse);
    if (text.isEmpty())
        return true;
    const auto figure = [&out](ToolFigure::Kind kind, qint64 value) {
        out.figure = ToolFigure{kind, value};
        return true;
    };
    const auto seconds = [&](const Expected<qint64> &parsed) {
        if (!parsed)
            return refuse(TicketField::ToolFirstResponse, parsed.message());
        return figure(ToolFigure::Kind::BusinessSeconds, *parsed);
    };
    switch (m_mapping.source) {
    case HelpdeskSource::Zendesk:
    case HelpdeskSource::ZendeskJson:
    case HelpdeskSource::Zammad: return seconds(parseDurationNumber(text, 60));
    case HelpdeskSource::Intercom: return seconds(parseDurationNumber(text, 1));
    case HelpdeskSource::Freshdesk:
        if (text.compare(u"within sla", Qt::CaseInsensitive) == 0)
            return figure(ToolFigure::Kind::WithinTarget, 1);
        if (text.compare(u"sla violated", Qt::CaseInsensitive) == 0)
            return figure(ToolFigure::Kind::WithinTarget, 0);
        return refuse(TicketField::ToolFirstResponse,
                      tr("%1: expected Within SLA or SLA Violated").arg(quoted(text)));
    case HelpdeskSource::Jira: {
        const Expected<qint64> remaining = parseSignedHoursMinutes(text);
        if (!remaining)
            return refuse(TicketField::ToolFirstResponse, remaining.message());
        return figure(ToolFigure::Kind::RemainingSeconds, *remaining);
    }
    case HelpdeskSource::Glpi: {
        const Expected<qint64> delay = parseWordedDuration(text);
        if (!delay)
            return refuse(TicketField::ToolFirstResponse, delay.message());
        // GLPI keeps 0 until the ticket is taken into account (then at least 1 s).
        return *delay == 0 || figure(ToolFigure::Kind::BusinessSeconds, *delay);
    }
    case HelpdeskSource::SupportDesk:
    case HelpdeskSource::OsTicket: return true; // they keep no figure of their own
    }
    return true;
}

bool ForeignTicketReader::refuse(TicketField field, const QString &why)
{
    m_reason = tr("column %1: %2").arg(columnName(field), why);
    return false;
}

// The cell of a field, trimmed; empty when the row is short or the field
// has no column.
QStringView ForeignTicketReader::cell(TicketField field) const
{
    const int index = m_index[std::size_t(field)];
    if (index < 0 || index >= m_cells.size())
        return {};
    return QStringView(m_cells[index]).trimmed();
}

// A text cell as written (shared with the row, not copied), with the
// apostrophe of a formula guard taken off.
QString ForeignTicketReader::textCell(TicketField field) const
{
    const int index = m_index[std::size_t(field)];
    if (index < 0 || index >= m_cells.size())
        return {};
    return m_guardsFormulas ? CsvWriter::unneutraliseFormula(m_cells[index]) : m_cells[index];
}

QString ForeignTicketReader::columnName(TicketField field) const
{
    const int index = m_index[std::size_t(field)];
    return index < 0 ? m_mapping.column(field) : m_rows.header()[index].trimmed();
}
