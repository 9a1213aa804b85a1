// The streaming upsert of the ticket store: the path of an import, kept apart
// from the store's reads and single-ticket writes.

#include "Database.h"
#include "SqliteHandle.h"
#include "TicketSql.h"
#include "TicketStore.h"

#include <QBitArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <sqlite3.h>

using namespace TicketSql;

namespace {

const QString TicketColumns = QStringLiteral(
    "(account_id, ticket_id, subject, priority, product_id, channel, created_at, first_response_at, "
    "resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
// An insert that skips a ticket already stored, then an update of it: both
// change one row, so SQLite needs no statement journal for them, where an
// upsert (INSERT ... ON CONFLICT DO UPDATE) writes every page it touches to
// one, millions of writes for a large import.
const QString InsertSql = QStringLiteral("INSERT OR IGNORE INTO tickets ") + TicketColumns;
// The same in SQL that PostgreSQL accepts too.
const QString PortableInsertSql = QStringLiteral("INSERT INTO tickets ") + TicketColumns +
                                  QStringLiteral(" ON CONFLICT (account_id, ticket_id) DO NOTHING");
// An imported row is a change like any other: its version moves on, so a
// window that read the ticket before cannot save over the import.
const QString UpdateSql =
    QStringLiteral("UPDATE tickets SET account_id = ?, ticket_id = ?, subject = ?, priority = ?, product_id "
                   "= ?, channel = ?, "
                   "created_at = ?, first_response_at = ?, resolved_at = ?, version = version + 1 "
                   "WHERE account_id = ? AND ticket_id = ?");
const QString UpdateReturningSql = UpdateSql + QStringLiteral(" RETURNING id");

// Below this many rows an import updates the indexes as it goes.
constexpr qint64 RebuildIndexesFrom = 50000;

struct IndexDefinition
{
    QString name;
    QString sql;
};

// The ticket table's own indexes as created (not the one of its UNIQUE
// constraint, which the upsert needs and SQLite owns).
Expected<QList<IndexDefinition>> secondaryIndexes(const Database &database)
{
    QList<IndexDefinition> indexes;
    QSqlQuery query(database.connection());
    if (const Status run =
            database.read(query, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                                "'index' AND tbl_name = 'tickets' AND sql IS NOT "
                                                "NULL ORDER BY name"));
        !run)
        return run.error();
    while (query.next())
        indexes.append({query.value(0).toString(), query.value(1).toString()});
    if (const Status ended = database.rowsEnded(query); !ended)
        return ended.error();
    return indexes;
}

// The largest row id: a rough count of the rows already stored, without
// scanning them, and where the rows this stream adds start.
Expected<qint64> largestRowId(const Database &database)
{
    QSqlQuery query(database.connection());
    const auto found =
        database.readFirstRow(query, QStringLiteral("SELECT coalesce(max(id), 0) FROM tickets"));
    if (!found)
        return found.error();
    return *found ? query.value(0).toLongLong() : 0;
}

// Writes one ticket row: an insert that leaves a stored ticket alone, and
// the update of that ticket.
class RowWriter
{
public:
    virtual ~RowWriter() = default;
    // `added` tells whether a new row was made (false: the account has that
    // ticket already).
    virtual Status insert(qint64 accountId, qint64 productId, const Ticket &ticket, bool &added) = 0;
    // Puts the updated row's id in `rowId` when it is asked for.
    virtual Status update(qint64 accountId, qint64 productId, const Ticket &ticket, qint64 *rowId) = 0;
};

class PortableWriter final : public RowWriter
{
public:
    PortableWriter(const Database &database, bool returnRowId)
        : m_database(database), m_insert(database.connection()), m_update(database.connection())
    {
        m_insert.prepare(PortableInsertSql);
        m_update.prepare(returnRowId ? UpdateReturningSql : UpdateSql);
    }
    ~PortableWriter() override
    {
        m_insert.finish();
        m_update.finish();
    }
    Status insert(qint64 accountId, qint64 productId, const Ticket &ticket, bool &added) override
    {
        bindTicket(m_insert, accountId, productId, ticket);
        if (const Status written = m_database.write(m_insert); !written)
            return written;
        added = m_insert.numRowsAffected() > 0;
        return success();
    }
    Status update(qint64 accountId, qint64 productId, const Ticket &ticket, qint64 *rowId) override
    {
        bindTicket(m_update, accountId, productId, ticket);
        m_update.bindValue(9, accountId);
        m_update.bindValue(10, ticket.id);
        if (const Status written = m_database.write(m_update); !written)
            return written;
        if (rowId) {
            if (!m_update.next()) {
                if (const Status ended = m_database.rowsEnded(m_update); !ended)
                    return ended;
                return Status::failure(Error::Kind::NotFound,
                                       TicketStore::tr("%1 could not be updated").arg(describe(ticket)));
            }
            *rowId = m_update.value(0).toLongLong();
        }
        return success();
    }

private:
    const Database &m_database;
    QSqlQuery m_insert;
    QSqlQuery m_update;
};

// Text bound as UTF-8, the store's own encoding, from a buffer kept from row
// to row: SQLite then neither converts nor copies it.
class Utf8Text
{
public:
    void bind(sqlite3_stmt *statement, int parameter, QStringView text)
    {
        const qsizetype room = m_encoder.requiredSpace(text.size());
        if (m_bytes.size() < room)
            m_bytes.resize(room);
        m_size = int(m_encoder.appendToBuffer(m_bytes.data(), text) - m_bytes.constData());
        bindAgain(statement, parameter);
    }
    // The text last bound, to a second parameter.
    void bindAgain(sqlite3_stmt *statement, int parameter) const
    {
        sqlite3_bind_text(statement, parameter, m_bytes.constData(), m_size, SQLITE_STATIC);
    }

private:
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    QByteArray m_bytes;
    int m_size = 0;
};

// The same statements bound and stepped through SQLite's interface: no
// QVariant, no placeholder names, no copy of the text per value.
class NativeWriter final : public RowWriter
{
public:
    NativeWriter(const Database &database, sqlite3 *handle, bool returnRowId)
        : m_database(database), m_handle(handle), m_returnRowId(returnRowId)
    {
        m_prepared =
            prepare(InsertSql, &m_insert) && prepare(returnRowId ? UpdateReturningSql : UpdateSql, &m_update);
    }
    ~NativeWriter() override
    {
        sqlite3_finalize(m_insert);
        sqlite3_finalize(m_update);
    }
    NativeWriter(const NativeWriter &) = delete;
    NativeWriter &operator=(const NativeWriter &) = delete;

    Status prepared() const { return m_prepared ? success() : failure(); }

    Status insert(qint64 accountId, qint64 productId, const Ticket &ticket, bool &added) override
    {
        bind(m_insert, accountId, productId, ticket);
        const int stepped = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (stepped != SQLITE_DONE)
            return failure();
        added = sqlite3_changes(m_handle) > 0;
        return success();
    }
    Status update(qint64 accountId, qint64 productId, const Ticket &ticket, qint64 *rowId) override
    {
        bind(m_update, accountId, productId, ticket);
        sqlite3_bind_int64(m_update, 10, accountId);
        m_id.bindAgain(m_update, 11);
        int stepped = sqlite3_step(m_update);
        if (m_returnRowId && stepped == SQLITE_ROW) {
            if (rowId)
                *rowId = sqlite3_column_int64(m_update, 0);
            stepped = sqlite3_step(m_update);
        } else if (m_returnRowId && stepped == SQLITE_DONE) {
            sqlite3_reset(m_update);
            return Status::failure(Error::Kind::NotFound,
                                   TicketStore::tr("%1 could not be updated").arg(describe(ticket)));
        }
        sqlite3_reset(m_update);
        if (stepped != SQLITE_DONE)
            return failure();
        return success();
    }

private:
    bool prepare(const QString &sql, sqlite3_stmt **statement)
    {
        const QByteArray utf8 = sql.toUtf8();
        return sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                  statement, nullptr) == SQLITE_OK;
    }
    // Of the kind and in the words of a failed statement of the Qt driver,
    // so that errors do not depend on which writer ran.
    Error failure() const { return m_database.writeFailure(sqliteError(m_handle)); }
    // The nine columns in the order of the insert statement, as bindTicket().
    void bind(sqlite3_stmt *statement, qint64 accountId, qint64 productId, const Ticket &ticket)
    {
        sqlite3_bind_int64(statement, 1, accountId);
        m_id.bind(statement, 2, ticket.id);
        m_subject.bind(statement, 3, ticket.subject);
        sqlite3_bind_int(statement, 4, priorityIndex(ticket.priority));
        sqlite3_bind_int64(statement, 5, productId);
        sqlite3_bind_int(statement, 6, int(ticket.channel));
        sqlite3_bind_int64(statement, 7, ticket.createdAt);
        bindInstant(statement, 8, ticket.firstResponseAt);
        bindInstant(statement, 9, ticket.resolvedAt);
    }
    static void bindInstant(sqlite3_stmt *statement, int parameter, const std::optional<qint64> &value)
    {
        if (value)
            sqlite3_bind_int64(statement, parameter, *value);
        else
            sqlite3_bind_null(statement, parameter);
    }

    const Database &m_database;
    sqlite3 *m_handle;
    bool m_returnRowId;
    bool m_prepared = false;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_update = nullptr;
    Utf8Text m_id;
    Utf8Text m_subject;
};

} // namespace

Status TicketStore::upsertStream(const TicketSource &next, qint64 expectedCount)
{
    return upsertStream(next, expectedCount, {});
}

Status TicketStore::upsertStream(const TicketSource &next, qint64 expectedCount,
                                 const RepeatHandler &onRepeat)
{
    return TicketSql::upsertStream(m_database, next, expectedCount, onRepeat, StreamWriter::Native);
}

Status TicketSql::upsertStream(Database &database, const TicketStore::TicketSource &next,
                               qint64 expectedCount, const TicketStore::RepeatHandler &onRepeat,
                               StreamWriter writerKind)
{
    return database.transaction(
        [&]() -> Status {
            const QSqlDatabase connection = database.connection();
            sqlite3 *const handle = writerKind == StreamWriter::Native ? sqliteHandleOf(connection) : nullptr;
            // Inserting a million rows into secondary indexes in creation order
            // touches their pages at random and spills them over and over;
            // building them afterwards sorts once. Dropped and made again in the
            // same transaction, so a failed load leaves them as they were. Only
            // on SQLite, whose catalog this reads.
            QList<IndexDefinition> rebuild;
            if (handle && expectedCount >= RebuildIndexesFrom) {
                const auto stored = largestRowId(database);
                if (!stored)
                    return stored.error();
                if (expectedCount * 4 >= *stored) {
                    auto indexes = secondaryIndexes(database);
                    if (!indexes)
                        return indexes.error();
                    rebuild = std::move(*indexes);
                }
            }
            QSqlQuery statement(connection);
            for (const IndexDefinition &index : std::as_const(rebuild)) {
                if (const Status dropped =
                        database.write(statement, QStringLiteral("DROP INDEX \"%1\"").arg(index.name));
                    !dropped)
                    return dropped;
            }

            NameCache accounts(database, QStringLiteral("SELECT id FROM accounts WHERE name = ?"));
            NameCache products(database, QStringLiteral("SELECT id FROM products WHERE name = ?"));
            std::unique_ptr<RowWriter> writer;
            if (handle) {
                auto native = std::make_unique<NativeWriter>(database, handle, bool(onRepeat));
                if (Status ready = native->prepared(); !ready)
                    return ready;
                writer = std::move(native);
            } else {
                writer = std::make_unique<PortableWriter>(database, bool(onRepeat));
            }
            // Repeats are told apart without remembering the tickets: rows are
            // numbered past the largest row id, so one above `lastBefore` was
            // added by this stream, and one at or below it was updated by it when
            // its bit in `updated` is set (one bit per row that was there).
            qint64 lastBefore = 0;
            QBitArray updated;
            if (onRepeat) {
                const auto last = largestRowId(database);
                if (!last)
                    return last.error();
                lastBefore = *last;
                updated.resize(lastBefore + 1);
            }
            // Only on the way to an error: whether the ticket repeats one of
            // this stream, which is then the error to report.
            const auto repeatOf = [&](const Ticket &repeated, qint64 accountId) -> std::optional<Status> {
                if (!onRepeat)
                    return std::nullopt;
                QSqlQuery find(connection);
                find.prepare(QStringLiteral("SELECT id FROM tickets WHERE account_id = ? AND ticket_id = ?"));
                find.addBindValue(accountId);
                find.addBindValue(repeated.id);
                const auto found = database.readFirstRow(find);
                if (!found)
                    return Status(found.error());
                if (!*found)
                    return std::nullopt;
                const qint64 rowId = find.value(0).toLongLong();
                if (rowId <= lastBefore && !updated.testBit(rowId))
                    return std::nullopt;
                return onRepeat(repeated);
            };
            Ticket ticket;
            while (next(ticket)) {
                if (const Status valid = validate(ticket); !valid)
                    return valid;
                const auto accountId = accounts.idOf(ticket.account);
                if (!accountId)
                    return accountId.error();
                if (!*accountId) {
                    return Status::failure(
                        Error::Kind::NotFound,
                        TicketStore::tr("ticket '%1': no account named '%2'").arg(ticket.id, ticket.account));
                }
                const auto productId = products.idOf(ticket.product);
                if (!productId)
                    return productId.error();
                if (!*productId) {
                    if (auto repeat = repeatOf(ticket, **accountId))
                        return *repeat;
                    return Status::failure(
                        Error::Kind::NotFound,
                        TicketStore::tr("ticket '%1': no product named '%2'").arg(ticket.id, ticket.product));
                }
                bool added = false;
                if (Status inserted = writer->insert(**accountId, **productId, ticket, added); !inserted)
                    return inserted.error().reworded(
                        QStringLiteral("%1: %2").arg(describe(ticket), inserted.message()));
                if (added)
                    continue;
                // Ignored: the account has that ticket already (validate() has
                // ruled out the other constraints an insert could break).
                qint64 rowId = 0;
                if (Status changed =
                        writer->update(**accountId, **productId, ticket, onRepeat ? &rowId : nullptr);
                    !changed) {
                    return changed.message().startsWith(describe(ticket))
                               ? changed
                               : changed.error().reworded(
                                     QStringLiteral("%1: %2").arg(describe(ticket), changed.message()));
                }
                if (onRepeat) {
                    // The whole stream is rolled back on the error, this update with it.
                    if (rowId > lastBefore || updated.testBit(rowId))
                        return onRepeat(ticket);
                    updated.setBit(rowId);
                }
            }
            writer.reset();
            for (const IndexDefinition &index : std::as_const(rebuild)) {
                if (const Status made = database.write(statement, index.sql); !made) {
                    return made.error().reworded(TicketStore::tr("the index %1 could not be rebuilt: %2")
                                                     .arg(index.name, made.message()));
                }
            }
            return success();
        },
        Database::ForeignKeys::CheckedByCaller);
}
