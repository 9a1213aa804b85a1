#include "StoredTicketDigests.h"

#include "Database.h"
#include "SqliteHandle.h"
#include "TextDigest.h"

#include <QSqlQuery>
#include <array>
#include <bit>
#include <sqlite3.h>
#include <utility>

namespace {

// SplitMix64's finalizer: a bijection of 64 bits that spreads every input
// bit over the whole output.
quint64 mixed(quint64 value)
{
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

quint64 folded(quint64 state, quint64 value)
{
    return mixed(state ^ value);
}

// A data digest's step: a bijection of the state for each value and of the
// value for each state, as folded() is, at a third of its cost (a ticket's
// data takes six of them, then one mixed()); the rotation brings what the
// multiplication carried up back down to the low bits.
quint64 dataStep(quint64 state, quint64 value)
{
    return std::rotl((state ^ value) * 0x9e3779b97f4a7c15ULL, 29);
}

constexpr const char *ColumnsSql = "SELECT account_id, ticket_id, subject, priority, product_id, channel, "
                                   "created_at, first_response_at, resolved_at FROM tickets";

// SQLite's UTF-8 as it is stored, not converted.
quint64 columnTextDigest(sqlite3_stmt *rows, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(rows, column));
    return TextDigest::ofUtf8(QByteArrayView(text, sqlite3_column_bytes(rows, column)));
}

std::optional<qint64> columnOptional(sqlite3_stmt *rows, int column)
{
    if (sqlite3_column_type(rows, column) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int64(rows, column);
}

std::optional<qint64> valueOptional(const QSqlQuery &rows, int column)
{
    const QVariant value = rows.value(column);
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

} // namespace

quint64 StoredTicketDigests::digest(quint64 subjectDigest, int priority, qint64 productId, int channel,
                                    qint64 createdAt, std::optional<qint64> firstResponseAt,
                                    std::optional<qint64> resolvedAt)
{
    // Priority, channel and which times are absent in one step: a time that
    // is absent must differ from every present one. A channel past 16 bits
    // would share bits with the priority; none is.
    const quint64 smallFields = (quint64(quint32(priority)) << 32) | (quint64(quint16(channel)) << 16) |
                                (firstResponseAt ? 1 : 0) | (resolvedAt ? 2 : 0);
    quint64 state = dataStep(subjectDigest, smallFields);
    state = dataStep(state, quint64(productId));
    state = dataStep(state, quint64(createdAt));
    state = dataStep(state, quint64(firstResponseAt.value_or(0)));
    state = dataStep(state, quint64(resolvedAt.value_or(0)));
    return mixed(state);
}

quint64 StoredTicketDigests::digest(const Ticket &ticket, qint64 productId)
{
    return digest(TextDigest::of(ticket.subject), priorityIndex(ticket.priority), productId,
                  int(ticket.channel), ticket.createdAt, ticket.firstResponseAt, ticket.resolvedAt);
}

quint64 StoredTicketDigests::keyOf(qint64 accountId, quint64 ticketIdDigest)
{
    const quint64 key = folded(ticketIdDigest, quint64(accountId));
    return key == 0 ? 1 : key;
}

Expected<StoredTicketDigests> StoredTicketDigests::read(Database &database)
{
    StoredTicketDigests digests;
    if (sqlite3 *handle = sqliteHandleOf(database.connection())) {
        const std::atomic_bool never{false};
        if (const auto error = digests.readSqlite(handle, never))
            return database.readFailure(*error);
        return digests;
    }
    QSqlQuery rows(database.connection());
    rows.setForwardOnly(true);
    if (const Status run = database.read(rows, QString::fromLatin1(ColumnsSql)); !run)
        return run.error();
    while (rows.next()) {
        const Slot ticket{keyOf(rows.value(0).toLongLong(), TextDigest::of(rows.value(1).toString())),
                          digest(TextDigest::of(rows.value(2).toString()), rows.value(3).toInt(),
                                 rows.value(4).toLongLong(), rows.value(5).toInt(),
                                 rows.value(6).toLongLong(), valueOptional(rows, 7), valueOptional(rows, 8))};
        digests.insertAll(&ticket, 1);
    }
    if (const Status ended = database.rowsEnded(rows); !ended)
        return ended.error();
    return digests;
}

std::optional<QSqlError> StoredTicketDigests::readSqlite(sqlite3 *handle, const std::atomic_bool &stop,
                                                         qsizetype expectedTickets)
{
    const SqliteStatement statement(handle, ColumnsSql);
    if (!statement.prepared())
        return sqliteError(handle);
    sqlite3_stmt *rows = statement.get();
    reserve(expectedTickets);
    // Inserted a chunk at a time, each chunk's slots asked for first: the
    // table is larger than the processor's caches.
    std::array<Slot, 64> chunk;
    std::size_t inChunk = 0;
    int stepped = SQLITE_ROW;
    while (!stop.load(std::memory_order_relaxed) && (stepped = sqlite3_step(rows)) == SQLITE_ROW) {
        chunk[inChunk] = {keyOf(sqlite3_column_int64(rows, 0), columnTextDigest(rows, 1)),
                          digest(columnTextDigest(rows, 2), sqlite3_column_int(rows, 3),
                                 sqlite3_column_int64(rows, 4), sqlite3_column_int(rows, 5),
                                 sqlite3_column_int64(rows, 6), columnOptional(rows, 7),
                                 columnOptional(rows, 8))};
        prefetch(chunk[inChunk].key);
        if (++inChunk == chunk.size()) {
            insertAll(chunk.data(), inChunk);
            inChunk = 0;
        }
    }
    if (stepped != SQLITE_DONE && stepped != SQLITE_ROW)
        return sqliteError(handle);
    insertAll(chunk.data(), inChunk);
    return std::nullopt;
}

StoredTicketDigests::Match StoredTicketDigests::match(quint64 key, quint64 dataDigest) const
{
    if (m_table.empty())
        return Match::Absent;
    const size_t mask = m_table.size() - 1;
    for (size_t at = size_t(key) & mask; m_table[at].key != 0; at = (at + 1) & mask) {
        if (m_table[at].key == key)
            return m_table[at].digest == dataDigest ? Match::Same : Match::Different;
    }
    return Match::Absent;
}

void StoredTicketDigests::prefetch(quint64 key) const
{
#if defined(__GNUC__) || defined(__clang__)
    if (!m_table.empty())
        __builtin_prefetch(&m_table[size_t(key) & (m_table.size() - 1)]);
#else
    Q_UNUSED(key);
#endif
}

void StoredTicketDigests::reserve(qsizetype tickets)
{
    const size_t wanted = std::bit_ceil(std::max<size_t>(2 * size_t(std::max<qsizetype>(tickets, 0)), 16));
    if (wanted <= m_table.size())
        return;
    auto before = std::exchange(m_table, decltype(m_table)(wanted));
    m_count = 0;
    for (const Slot &slot : before) {
        if (slot.key != 0)
            insert(slot);
    }
}

void StoredTicketDigests::insert(const Slot &ticket)
{
    const size_t mask = m_table.size() - 1;
    size_t at = size_t(ticket.key) & mask;
    while (m_table[at].key != 0)
        at = (at + 1) & mask;
    m_table[at] = ticket;
    ++m_count;
}

void StoredTicketDigests::insertAll(const Slot *tickets, std::size_t count)
{
    // At most half full: a lookup then finds its key or an empty slot in a
    // slot or two.
    if (2 * size_t(m_count + qsizetype(count)) > m_table.size())
        reserve(2 * (m_count + qsizetype(count)));
    for (std::size_t i = 0; i < count; ++i)
        insert(tickets[i]);
}
