#pragma once

#include "Expected.h"
#include "Reconciliation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// The reconciliation as the command line writes it: the mismatched tickets
// as CSV, and a short summary for the terminal.
class ReconciliationReport
{
    Q_DECLARE_TR_FUNCTIONS(ReconciliationReport)

public:
    // line,account,ticket_id,figure,created_at,first_response_at,
    // ours_seconds,clock,theirs,difference_seconds,target_seconds,cause,
    // cause_dates,cause_detail. Timestamps in UTC with Z; cause_dates are
    // YYYY-MM-DD joined by ';'; empty cells where a value does not apply.
    static QStringList csvHeader();
    static Status writeCsv(const QList<ReconciledMismatch> &mismatches, QIODevice *device);
    // Counts, largest difference, histogram and causes, one fact a line.
    static QString summaryText(const Reconciler &reconciler);
};

// "-2:00:00", "+8:00:00", "0:00:30": a signed difference as hours.
QString formatSignedDuration(qint64 seconds);
