#include "PgCopyOut.h"

#include "Database.h"
#include "LibPq.h"
#include "PgHandle.h"

#include <QCoreApplication>
#include <QSqlError>
#include <algorithm>
#include <charconv>

CopyLine::CopyLine(const char *data, int length) : m_at(data), m_end(data + length)
{
    if (m_end != m_at && m_end[-1] == '\n')
        --m_end;
}

std::optional<qint64> CopyLine::nextNumber()
{
    if (m_columnsEnded) {
        m_valid = false;
        return std::nullopt;
    }
    const char *const stop = std::find(m_at, m_end, '\t');
    std::optional<qint64> value;
    if (stop - m_at == 2 && m_at[0] == '\\' && m_at[1] == 'N') {
        value = std::nullopt;
    } else {
        qint64 number = 0;
        const auto parsed = std::from_chars(m_at, stop, number);
        m_valid = m_valid && parsed.ec == std::errc() && parsed.ptr == stop && stop != m_at;
        value = number;
    }
    m_columnsEnded = stop == m_end;
    m_at = m_columnsEnded ? m_end : stop + 1;
    return value;
}

std::optional<Status> forEachCopyRow(Database &database, const QByteArray &select,
                                     const std::function<bool(CopyLine &)> &row)
{
    PGconn *const connection = postgresHandleOf(database);
    if (!connection)
        return std::nullopt;
    const LibPq &pq = *libpq();
    const QByteArray sql = "COPY (" + select + ") TO STDOUT";
    PGresult *started = pq.exec(connection, sql.constData());
    if (pq.resultStatus(started) != PGRES_COPY_OUT) {
        const QSqlError error = postgresError(connection, started);
        pq.clear(started);
        static_cast<void>(readRemainingResults(connection));
        return Status(database.readFailure(error));
    }
    pq.clear(started);

    std::optional<QSqlError> failed;
    qint64 lineNumber = 0;
    for (;;) {
        char *data = nullptr;
        const int length = pq.getCopyData(connection, &data, 0);
        if (length == -1)
            break; // the end of the rows: the statement's result tells how it ended
        if (length < 0) {
            failed = postgresError(connection, nullptr);
            break;
        }
        ++lineNumber;
        // After a bad line the rest is still read, to free the session.
        if (!failed) {
            CopyLine line(data, length);
            if (!row(line)) {
                failed = QSqlError(
                    QString(),
                    QCoreApplication::translate("PgCopyOut", "row %1 of a read is not what was asked for: %2")
                        .arg(lineNumber)
                        .arg(QString::fromUtf8(data, length).trimmed()),
                    QSqlError::StatementError);
            }
        }
        pq.freemem(data);
    }
    if (const std::optional<QSqlError> ended = readRemainingResults(connection); ended && !failed)
        failed = ended;
    if (failed)
        return Status(database.readFailure(*failed));
    return success();
}
