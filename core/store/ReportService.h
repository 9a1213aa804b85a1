#pragma once

#include "Expected.h"
#include "ReportBuilder.h"
#include "YearMonth.h"

#include <QString>

class Database;

struct ReportRequest
{
    MonthRange months;
    QString accountName; // empty: every account
    qint64 asOfUtc = 0;
};

struct ReportResult
{
    QList<ReportRow> rows;
    QList<CreditRow> credits;
};

// Loads what a report needs from the store and streams the tickets through
// ReportBuilders: every ticket of the range is read once, whatever the
// number of months. On SQLite (its own interface) and PostgreSQL (libpq's
// COPY), in one scan of the table counted on two cores
// (AccountsReportPass); otherwise through Qt, one account after another in
// name order. The rows are the same, account after account in name order.
class ReportService
{
public:
    explicit ReportService(Database &database);
    Expected<ReportResult> compute(const ReportRequest &request) const;

private:
    Database &m_database;
};
