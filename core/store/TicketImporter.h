#pragma once

#include "Expected.h"
#include "ImportSource.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class Database;

struct ImportSummary
{
    qint64 tickets = 0; // rows read and written (inserted or updated)
};

// Where an import is. Writing counts the bytes of the file read so far; the
// last two phases, which can take seconds on a large file, count nothing
// (`done` and `total` are 0): the store rebuilding the ticket table's indexes
// once the rows are in, then saving the transaction.
struct ImportProgress
{
    enum class Phase : quint8 {
        Writing,
        Indexing,
        Committing,
    };
    Phase phase = Phase::Writing;
    qint64 done = 0;
    qint64 total = 0;
};

// Imports a ticket CSV file into the store as one transaction: every row or
// none. `progress` is told each phase as it starts and, while writing, the
// bytes read so far; it returns false to cancel (nothing is then changed,
// whichever the phase: a cancel asked for while the indexes are rebuilt is
// seen before saving).
class TicketImporter
{
    Q_DECLARE_TR_FUNCTIONS(TicketImporter)

public:
    using Progress = std::function<bool(const ImportProgress &progress)>;

    explicit TicketImporter(Database &database);
    // The ticket CSV at `path`.
    Expected<ImportSummary> importFile(const QString &path, const Progress &progress = {}) const;

    // Any source of tickets, and what the import needs to know of it.
    struct Input
    {
        ImportSource *source = nullptr; // its header already read
        QString sourceName;             // the file's name, in messages
        qint64 totalBytes = 0;          // of the file, for progress
        // The line of the first record of this ticket before `beforeLine`
        // (0: none), by reading the file again: for the error of a ticket
        // the file has twice. Called once the source has stopped.
        std::function<int(const QString &account, const QString &id, int beforeLine)> firstLineOf;
        // Runs inside the import's transaction before the first row (adding
        // the accounts and products the rows name): its failure, like any,
        // leaves the store as it was.
        std::function<Status()> beforeRows;
    };
    Expected<ImportSummary> importFrom(const Input &input, const Progress &progress = {}) const;

private:
    Database &m_database;
};
