#pragma once

#include <QString>
#include <QtGlobal>

class TestStore;

// Tickets made by the PostgreSQL server itself (generate_series), for the
// tests that need many of them quickly: `perAccount` tickets for every
// account already in the store, created evenly over [fromUtc, toUtc), every
// priority, product and channel, one in ten unanswered and one in five
// unresolved. The table's statistics are then brought up to date (ANALYZE)
// so that the planner sees the rows. False, with `error`, on failure.
bool fillTicketsOnServer(const TestStore &store, int perAccount, qint64 fromUtc, qint64 toUtc,
                         QString *error = nullptr);
