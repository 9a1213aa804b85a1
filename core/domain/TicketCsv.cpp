#include "TicketCsv.h"

#include "Timestamp.h"
#include "ZoneRules.h"

#include <QIODevice>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

enum Column {
    IdColumn,
    AccountColumn,
    SubjectColumn,
    PriorityColumn,
    ProductColumn,
    ChannelColumn,
    CreatedAtColumn,
    FirstResponseAtColumn,
    ResolvedAtColumn
};

// Columns a file may leave out: their cells then read as empty.
bool isOptional(int column)
{
    return column == SubjectColumn || column == FirstResponseAtColumn || column == ResolvedAtColumn;
}

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
}

} // namespace

QStringList ticketCsvHeader()
{
    return {u"id"_s,      u"account"_s,    u"subject"_s,           u"priority"_s,   u"product"_s,
            u"channel"_s, u"created_at"_s, u"first_response_at"_s, u"resolved_at"_s};
}

TicketCsvReader::TicketCsvReader(QIODevice *device, QString sourceName, ZoneLookup zoneOf)
    : m_csv(device, sourceName), m_sourceName(std::move(sourceName)), m_zoneOf(std::move(zoneOf))
{
    m_index.fill(-1);
    // A ticket row is a few hundred characters; a megabyte is a broken file
    // (a quote never closed) or not a ticket file at all.
    m_csv.setMaxRecordLength(MaxRecordLength);
}

Status TicketCsvReader::readHeader()
{
    if (m_headerRead || atError())
        return atError() ? Status::failure(Error::Kind::InvalidInput, m_error) : success();
    m_headerRead = true;
    const QStringList names = ticketCsvHeader();
    if (!m_csv.readRecord(m_fields)) {
        if (m_csv.atError())
            fail(m_csv.error());
        else
            fail(tr("%1: the file is empty: its first line must be the header %2")
                     .arg(m_sourceName, names.join(u',')));
        return Status::failure(Error::Kind::InvalidInput, m_error);
    }
    const int line = m_csv.recordLine();
    for (int i = 0; i < m_fields.size(); ++i) {
        const QString name = m_fields[i].trimmed().toLower();
        const int column = int(names.indexOf(name));
        if (column < 0) {
            fail(tr("%1:%2: unknown column %3 (field %4): the columns are %5")
                     .arg(m_sourceName)
                     .arg(line)
                     .arg(quoted(m_fields[i].trimmed()))
                     .arg(i + 1)
                     .arg(names.join(u", "_s)));
            return Status::failure(Error::Kind::InvalidInput, m_error);
        }
        if (m_index[column] >= 0) {
            fail(tr("%1:%2: column %3 appears twice (fields %4 and %5)")
                     .arg(m_sourceName)
                     .arg(line)
                     .arg(name)
                     .arg(m_index[column] + 1)
                     .arg(i + 1));
            return Status::failure(Error::Kind::InvalidInput, m_error);
        }
        m_index[column] = i;
    }
    for (int column = 0; column < ColumnCount; ++column) {
        if (m_index[column] < 0 && !isOptional(column)) {
            fail(tr("%1:%2: missing column %3").arg(m_sourceName).arg(line).arg(names[column]));
            return Status::failure(Error::Kind::InvalidInput, m_error);
        }
    }
    m_headerFieldCount = int(m_fields.size());
    return success();
}

std::optional<Ticket> TicketCsvReader::next()
{
    if (atError() || (!m_headerRead && !readHeader()))
        return std::nullopt;
    if (!m_csv.readRecord(m_fields)) {
        if (m_csv.atError())
            fail(m_csv.error());
        return std::nullopt;
    }
    if (m_fields.size() != m_headerFieldCount) {
        fail(tr("%1:%2: %3 fields where the header has %4")
                 .arg(m_sourceName)
                 .arg(line())
                 .arg(m_fields.size())
                 .arg(m_headerFieldCount));
        return std::nullopt;
    }

    Ticket ticket;
    ticket.id = textCell(IdColumn, true);
    if (ticket.id.isEmpty()) {
        failIn(IdColumn, tr("empty: every ticket needs an id"));
        return std::nullopt;
    }
    ticket.account = repeatedCell(AccountColumn, m_lastAccount);
    if (ticket.account.isEmpty()) {
        failIn(AccountColumn, tr("empty: every ticket needs an account"));
        return std::nullopt;
    }
    const KnownAccount &known = account(ticket.account);
    if (!known.zone) {
        failIn(AccountColumn, tr("unknown account %1").arg(quoted(ticket.account)));
        return std::nullopt;
    }
    // Kept as written: spaces may be part of a subject.
    ticket.subject = textCell(SubjectColumn, false);

    const auto priority = parsePriority(field(PriorityColumn));
    if (!priority) {
        failIn(PriorityColumn,
               tr("unknown priority %1: expected P1, P2 or P3").arg(quoted(field(PriorityColumn))));
        return std::nullopt;
    }
    ticket.priority = *priority;
    ticket.product = repeatedCell(ProductColumn, m_lastProduct);
    if (ticket.product.isEmpty()) {
        failIn(ProductColumn, tr("empty: every ticket needs a product"));
        return std::nullopt;
    }
    if (m_productExists) {
        auto product = m_products.constFind(ticket.product);
        if (product == m_products.constEnd())
            product = m_products.insert(ticket.product, m_productExists(ticket.product));
        if (!*product) {
            failIn(ProductColumn,
                   tr("unknown product %1: add it first (product add NAME --category CATEGORY)")
                       .arg(quoted(ticket.product)));
            return std::nullopt;
        }
    }
    const auto channel = parseChannel(field(ChannelColumn));
    if (!channel) {
        failIn(
            ChannelColumn,
            tr("unknown channel %1: expected email, chat, phone or web").arg(quoted(field(ChannelColumn))));
        return std::nullopt;
    }
    ticket.channel = *channel;

    if (field(CreatedAtColumn).trimmed().isEmpty()) {
        failIn(CreatedAtColumn, tr("empty: every ticket needs its creation time"));
        return std::nullopt;
    }
    const auto created = readTimestamp(CreatedAtColumn, *known.zone);
    if (!created)
        return std::nullopt;
    ticket.createdAt = *created;
    for (const int column : {FirstResponseAtColumn, ResolvedAtColumn}) {
        if (field(column).trimmed().isEmpty())
            continue;
        const auto instant = readTimestamp(column, *known.zone);
        if (!instant)
            return std::nullopt;
        if (*instant < ticket.createdAt) {
            failIn(column, tr("%1 is earlier than created_at %2")
                               .arg(formatUtcTimestamp(*instant), formatUtcTimestamp(ticket.createdAt)));
            return std::nullopt;
        }
        (column == FirstResponseAtColumn ? ticket.firstResponseAt : ticket.resolvedAt) = *instant;
    }

    if (!m_checkDuplicates)
        return ticket;
    bool seen = false;
    int &firstLine = firstLineOf(known.number, ticket.id, &seen);
    if (seen) {
        fail(tr("%1:%2: ticket %3 of account %4 appears twice, on lines %5 and %2")
                 .arg(m_sourceName)
                 .arg(line())
                 .arg(quoted(ticket.id), quoted(ticket.account))
                 .arg(firstLine));
        return std::nullopt;
    }
    firstLine = line();
    return ticket;
}

// The slot holding the line where this ticket first appeared; *seen tells
// whether it was already there.
int &TicketCsvReader::firstLineOf(int accountNumber, const QString &id, bool *seen)
{
    bool packs = id.size() <= 12;
    std::array<uchar, 12> bytes{};
    for (qsizetype i = 0; packs && i < id.size(); ++i) {
        const char16_t c = id[i].unicode();
        packs = c <= 0xFF;
        bytes[size_t(i)] = uchar(c);
    }
    if (packs) {
        // Zero padding cannot be confused with a character: the CSV reader
        // rejects NUL, so ids of different lengths never share a key.
        PackedKey key;
        key.first = quint32(accountNumber);
        std::memcpy(reinterpret_cast<char *>(&key.first) + 4, bytes.data(), 4);
        std::memcpy(&key.second, bytes.data() + 4, 8);
        const qsizetype before = m_seen.size();
        int &slot = m_seen[key];
        *seen = m_seen.size() == before;
        return slot;
    }
    QString key(2 + id.size(), Qt::Uninitialized);
    key[0] = QChar(char16_t(accountNumber & 0xFFFF));
    key[1] = QChar(char16_t(accountNumber >> 16));
    std::copy(id.cbegin(), id.cend(), key.begin() + 2);
    const qsizetype before = m_seenLong.size();
    int &slot = m_seenLong[key];
    *seen = m_seenLong.size() == before;
    return slot;
}

int TicketCsvReader::firstLineOf(QIODevice *device, const QString &account, const QString &id, int beforeLine)
{
    if (!device->seek(0))
        return 0;
    // Only the id and account cells are read: no zone is needed.
    TicketCsvReader reader(device, QString(), {});
    reader.setDuplicateCheck(false);
    if (!reader.readHeader())
        return 0;
    while (true) {
        CsvReader &csv = reader.m_csv;
        if (!csv.readRecord(reader.m_fields) || csv.recordLine() >= beforeLine)
            return 0;
        if (reader.m_fields.size() != reader.m_headerFieldCount)
            continue;
        if (reader.textCell(IdColumn, true) == id && reader.textCell(AccountColumn, true) == account)
            return csv.recordLine();
    }
}

bool TicketCsvReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool TicketCsvReader::failIn(int column, const QString &message)
{
    return fail(
        tr("%1:%2: column %3: %4").arg(m_sourceName).arg(line()).arg(ticketCsvHeader()[column], message));
}

QStringView TicketCsvReader::field(int column) const
{
    const int index = m_index[column];
    return index < 0 ? QStringView() : QStringView(m_fields[index]);
}

// Moves the cell out of the record: the record is read afresh next time, and
// a million rows are spared a copy of each text cell.
QString TicketCsvReader::take(int column)
{
    const int index = m_index[column];
    return index < 0 ? QString() : std::move(m_fields[index]);
}

// A text cell as the export wrote it, with the apostrophe that kept a
// spreadsheet from running it as a formula taken off again.
QString TicketCsvReader::textCell(int column, bool trim)
{
    QString cell = take(column);
    return CsvWriter::unneutraliseFormula(trim ? cell.trimmed() : std::move(cell));
}

// A trimmed text cell that usually repeats the row before's (the rows of
// an account come together): then the same string is shared, not allocated.
QString TicketCsvReader::repeatedCell(int column, LastCell &last)
{
    const QStringView raw = field(column);
    if (!last.known || raw != last.raw) {
        last.raw = raw.toString();
        last.cell = CsvWriter::unneutraliseFormula(last.raw.trimmed());
        last.known = true;
    }
    return last.cell;
}

std::optional<qint64> TicketCsvReader::readTimestamp(int column, const ZoneRules &zone)
{
    const auto parsed = parseIsoTimestamp(field(column).trimmed());
    if (!parsed) {
        failIn(column, parsed.message());
        return std::nullopt;
    }
    const auto instant = resolveTimestamp(*parsed, zone);
    if (!instant) {
        failIn(column, instant.message());
        return std::nullopt;
    }
    return *instant;
}

const TicketCsvReader::KnownAccount &TicketCsvReader::account(const QString &name)
{
    auto found = m_accounts.constFind(name);
    if (found == m_accounts.constEnd()) {
        KnownAccount known;
        known.zone = m_zoneOf ? m_zoneOf(name) : nullptr;
        known.number = int(m_accounts.size());
        found = m_accounts.insert(name, std::move(known));
    }
    return *found;
}

TicketCsvWriter::TicketCsvWriter(QIODevice *device) : m_csv(device)
{
    // A spreadsheet opening the export must not run a subject such as
    // "=HYPERLINK(...)"; the reader takes the apostrophe off again, so the
    // file still imports back unchanged.
    m_csv.setNeutraliseFormulas(true);
}

void TicketCsvWriter::writeHeader()
{
    m_csv.writeRecord(ticketCsvHeader());
}

void TicketCsvWriter::write(const Ticket &ticket)
{
    m_csv.writeField(ticket.id);
    m_csv.writeField(ticket.account);
    m_csv.writeField(ticket.subject);
    m_csv.writeField(priorityCode(ticket.priority));
    m_csv.writeField(ticket.product);
    m_csv.writeField(channelCode(ticket.channel));
    m_csv.writeField(formatUtcTimestamp(ticket.createdAt));
    m_csv.writeField(ticket.firstResponseAt ? formatUtcTimestamp(*ticket.firstResponseAt) : QString());
    m_csv.writeField(ticket.resolvedAt ? formatUtcTimestamp(*ticket.resolvedAt) : QString());
    m_csv.endRecord();
}
