#pragma once

#include "Expected.h"

#include <QString>

#include <functional>

class Database;

struct ImportSummary
{
    qint64 tickets = 0; // rows read and written (inserted or updated)
};

// Imports a ticket CSV file into the store as one transaction: every row or
// none. `progress` is told the bytes read so far and the file size, and
// returns false to cancel (nothing is then changed).
class TicketImporter
{
public:
    using Progress = std::function<bool(qint64 bytesRead, qint64 totalBytes)>;

    explicit TicketImporter(Database &database);
    Expected<ImportSummary> importFile(const QString &path, const Progress &progress = {}) const;

private:
    Database &m_database;
};
