#include "PgTicketCopy.h"

#include "Database.h"
#include "LibPq.h"
#include "PgHandle.h"
#include "TicketSql.h"
#include "TicketStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <charconv>

using namespace TicketSql;

namespace {

// Rows are sent a chunk at a time: a few hundred rows each, and no more
// held in memory.
constexpr qsizetype ChunkBytes = 256 * 1024;

// The line is the ticket's place in the file: for the repeat's message.
const QString CreateStagingSql = QStringLiteral(
    "CREATE TEMPORARY TABLE ticket_import_staging (line INTEGER NOT NULL, account_id BIGINT NOT NULL, "
    "ticket_id TEXT NOT NULL, subject TEXT NOT NULL, priority INTEGER NOT NULL, product_id BIGINT NOT NULL, "
    "channel INTEGER NOT NULL, created_at BIGINT NOT NULL, first_response_at BIGINT, resolved_at BIGINT) "
    "ON COMMIT DROP");
const char *const CopySql = "COPY ticket_import_staging FROM STDIN";
// A temporary table is read in the order its rows were written (no
// synchronised scan starts a scan of one midway, and an INSERT runs no
// parallel plan), so new tickets take their ids in the order of the file, as
// they do one statement at a time. An updated ticket's version moves on, as
// any change's does; the identity default is drawn for every row, the
// updated ones too, as the portable path's insert that skips them draws it.
const QString MergeSql = QStringLiteral(
    "INSERT INTO tickets (account_id, ticket_id, subject, priority, product_id, channel, created_at, "
    "first_response_at, resolved_at) SELECT account_id, ticket_id, subject, priority, product_id, channel, "
    "created_at, first_response_at, resolved_at FROM ticket_import_staging "
    "ON CONFLICT (account_id, ticket_id) DO UPDATE SET subject = excluded.subject, priority = "
    "excluded.priority, product_id = excluded.product_id, channel = excluded.channel, created_at = "
    "excluded.created_at, first_response_at = excluded.first_response_at, resolved_at = "
    "excluded.resolved_at, version = tickets.version + 1");
// cardinality_violation: the upsert met a ticket twice.
const QString UpsertTwiceState = QStringLiteral("21000");
const QString FirstRepeatSql = QStringLiteral(
    "SELECT s.line, s.first_line, s.ticket_id, a.name FROM (SELECT line, account_id, ticket_id, "
    "min(line) OVER (PARTITION BY account_id, ticket_id) AS first_line FROM ticket_import_staging) s "
    "JOIN accounts a ON a.id = s.account_id WHERE s.line > s.first_line ORDER BY s.line LIMIT 1");

} // namespace

PgTicketCopy::PgTicketCopy(Database &database, PGconn *connection, QHash<QString, qint64> accountIds,
                           QHash<QString, qint64> productIds)
    : m_database(database), m_connection(connection), m_accountIds(std::move(accountIds)),
      m_productIds(std::move(productIds))
{
}

PgTicketCopy::~PgTicketCopy()
{
    if (m_copying)
        abandon(QStringLiteral("import abandoned"));
}

Status PgTicketCopy::begin()
{
    {
        // Gone before the COPY starts: Qt's driver reads what is left of a
        // query's results when it ends, which would take a COPY's for them.
        QSqlQuery query(m_database.connection());
        if (Status made = m_database.write(query, CreateStagingSql); !made)
            return made;
    }
    // Nothing of Qt's may be under way on the session the COPY takes over.
    const LibPq &pq = *libpq();
    if (pq.transactionStatus(m_connection) != PQTRANS_INTRANS) {
        return Status::failure(
            Error::Kind::Storage,
            tr("the store '%1' is not in the import's transaction").arg(m_database.location()));
    }
    PGresult *started = pq.exec(m_connection, CopySql);
    const bool copying = pq.resultStatus(started) == PGRES_COPY_IN;
    const QSqlError error = copying ? QSqlError() : postgresError(m_connection, started);
    pq.clear(started);
    if (!copying)
        return m_database.writeFailure(error);
    m_copying = true;
    m_buffer.reserve(ChunkBytes + 4096);
    return success();
}

Status PgTicketCopy::add(const Ticket &ticket, int line)
{
    if (const Status valid = validate(ticket); !valid)
        return valid;
    const auto accountId = m_accountIds.constFind(ticket.account);
    if (accountId == m_accountIds.constEnd()) {
        return Status::failure(
            Error::Kind::NotFound,
            TicketStore::tr("ticket '%1': no account named '%2'").arg(ticket.id, ticket.account));
    }
    const auto productId = m_productIds.constFind(ticket.product);
    if (productId == m_productIds.constEnd()) {
        return Status::failure(
            Error::Kind::NotFound,
            TicketStore::tr("ticket '%1': no product named '%2'").arg(ticket.id, ticket.product));
    }
    // COPY's text format: tab between columns, \N for NULL, text escaped.
    appendNumber(line);
    m_buffer.append('\t');
    appendNumber(*accountId);
    m_buffer.append('\t');
    appendText(ticket.id);
    m_buffer.append('\t');
    appendText(textOf(ticket.subject));
    m_buffer.append('\t');
    appendNumber(priorityIndex(ticket.priority));
    m_buffer.append('\t');
    appendNumber(*productId);
    m_buffer.append('\t');
    appendNumber(int(ticket.channel));
    m_buffer.append('\t');
    appendNumber(ticket.createdAt);
    for (const std::optional<qint64> &instant : {ticket.firstResponseAt, ticket.resolvedAt}) {
        m_buffer.append('\t');
        if (instant)
            appendNumber(*instant);
        else
            m_buffer.append("\\N", 2);
    }
    m_buffer.append('\n');
    return m_buffer.size() >= ChunkBytes ? flush() : success();
}

Status PgTicketCopy::end()
{
    if (Status sent = flush(); !sent) {
        abandon(QStringLiteral("import failed"));
        return sent;
    }
    return finishCopy(nullptr);
}

void PgTicketCopy::abandon(const QString &reason)
{
    m_buffer.clear();
    static_cast<void>(finishCopy(reason.toUtf8().constData()));
}

Expected<std::optional<PgTicketCopy::Repeat>> PgTicketCopy::firstRepeat() const
{
    QSqlQuery query(m_database.connection());
    const auto found = m_database.readFirstRow(query, FirstRepeatSql);
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<Repeat>();
    return std::optional<Repeat>(Repeat{query.value(0).toInt(), query.value(1).toInt(),
                                        query.value(2).toString(), query.value(3).toString()});
}

Expected<std::optional<PgTicketCopy::Repeat>> PgTicketCopy::merge()
{
    QSqlQuery query(m_database.connection());
    // A repeat fails the upsert; the savepoint keeps the staged rows
    // readable to find it.
    if (Status saved = m_database.write(query, QStringLiteral("SAVEPOINT ticket_import_merge")); !saved)
        return saved.error();
    if (!query.exec(MergeSql)) {
        const QSqlError error = query.lastError();
        if (error.nativeErrorCode() != UpsertTwiceState)
            return m_database.writeFailure(error);
        if (Status back =
                m_database.write(query, QStringLiteral("ROLLBACK TO SAVEPOINT ticket_import_merge"));
            !back)
            return back.error();
        auto repeat = firstRepeat();
        if (!repeat || *repeat)
            return repeat;
        return m_database.writeFailure(error);
    }
    for (const QString &done : {QStringLiteral("RELEASE SAVEPOINT ticket_import_merge"),
                                QStringLiteral("DROP TABLE ticket_import_staging")}) {
        if (Status run = m_database.write(query, done); !run)
            return run.error();
    }
    return std::optional<Repeat>();
}

Status PgTicketCopy::flush()
{
    if (m_buffer.isEmpty())
        return success();
    const int sent = libpq()->putCopyData(m_connection, m_buffer.constData(), int(m_buffer.size()));
    m_buffer.clear();
    if (sent != 1)
        return m_database.writeFailure(postgresError(m_connection, nullptr));
    return success();
}

Status PgTicketCopy::finishCopy(const char *refusal)
{
    if (!m_copying)
        return success();
    m_copying = false;
    std::optional<QSqlError> failed;
    if (libpq()->putCopyEnd(m_connection, refusal) != 1)
        failed = postgresError(m_connection, nullptr);
    if (std::optional<QSqlError> ended = readRemainingResults(m_connection); ended && !failed)
        failed = ended;
    if (failed)
        return m_database.writeFailure(*failed);
    return success();
}

void PgTicketCopy::appendNumber(qint64 value)
{
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    m_buffer.append(digits, written.ptr - digits);
}

void PgTicketCopy::appendText(QStringView text)
{
    const qsizetype room = m_encoder.requiredSpace(text.size());
    if (m_utf8.size() < room)
        m_utf8.resize(room);
    char *const begin = m_utf8.data();
    const char *const end = m_encoder.appendToBuffer(begin, text);
    // The four bytes COPY's text format reads as escapes or separators.
    const char *from = begin;
    for (const char *at = begin; at != end; ++at) {
        char escaped = 0;
        switch (*at) {
        case '\\': escaped = '\\'; break;
        case '\t': escaped = 't'; break;
        case '\n': escaped = 'n'; break;
        case '\r': escaped = 'r'; break;
        default: continue;
        }
        m_buffer.append(from, at - from);
        m_buffer.append('\\');
        m_buffer.append(escaped);
        from = at + 1;
    }
    m_buffer.append(from, end - from);
}
