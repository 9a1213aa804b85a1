#pragma once

// Rows from PostgreSQL through libpq's COPY (SELECT …) TO STDOUT, on the
// session of Qt's driver: the rows come as plain text lines, which the
// caller decodes itself, where Qt's driver builds a result and a QVariant
// per value (single-row mode: most of the time of a million-row read).
// Internal to core.

#include "Expected.h"

#include <QByteArray>
#include <functional>
#include <optional>

class Database;

// One line of COPY's text format, its columns read one after another.
class CopyLine
{
public:
    CopyLine(const char *data, int length);

    // The next column as a whole number; nullopt for NULL (\N). Anything
    // else, or no column left, makes the line bad.
    std::optional<qint64> nextNumber();
    // Whether every column read was a number and none is left over.
    bool wholeAndValid() const { return m_valid && m_at == m_end && m_columnsEnded; }

private:
    const char *m_at;
    const char *m_end;
    bool m_valid = true;
    bool m_columnsEnded = false;
};

// Runs `select` (a statement without parameters: COPY takes none) and gives
// `row` each line; `row` returns false for a line that is not what it
// reads, which fails the read. Nothing read, and nullopt, when the store is
// not PostgreSQL through the libpq this program links (postgresHandleOf()):
// the caller then reads through Qt. A failure at any row, the server's or
// the caller's, fails the whole read, and the session is free afterwards.
std::optional<Status> forEachCopyRow(Database &database, const QByteArray &select,
                                     const std::function<bool(CopyLine &)> &row);
