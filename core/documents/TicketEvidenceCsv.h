#pragma once

#include "MonthlyStatement.h"

#include <QByteArray>
#include <QList>

// The tickets behind a statement or a review as CSV, attached to the PDF as
// evidence for a claim: one row per ticket of the period, counted or left
// out. The columns are stable words (docs/CLI.md):
// ticket_id, subject, priority, product, category, channel, created_at,
// first_response_at, counted, plan, clock, target_minutes, response_minutes,
// within_target. Times are UTC (ISO 8601); response_minutes has two
// decimals, on the target's clock, up to as-of for a ticket still waiting.
QByteArray ticketEvidenceCsv(const QList<MonthlyStatement> &months);
