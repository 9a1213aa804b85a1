#pragma once

#include "Expected.h"

#include <QList>
#include <QStringList>

class Database;

// The store of the hand-worked October of tests/fixtures/golden: Acme on
// Production (UTC, the vendor's calendar), "Bistro, Inc." on Developer then
// Enterprise from the 15th (Europe/Paris, the "Paris office" calendar),
// Cobalt with no plan, their spend, three products (one alpha) and the
// tickets of golden/october/tickets.csv.
namespace GoldenOctober {

// The CLI commands that make it, after "--db STORE".
QList<QStringList> cliCommands();
// The same, and what the customer's documents add: Bistro reads French and
// has a technical account manager, its October credit was claimed, the
// vendor has a name.
QList<QStringList> documentCliCommands();

struct AccountIds
{
    qint64 acme = 0;
    qint64 bistro = 0;
    qint64 cobalt = 0;
};

// The same through the store classes.
Expected<AccountIds> setUp(Database &database);

// 2026-11-02T00:00:00Z: the golden report's as-of.
inline constexpr qint64 AsOf = 1793577600;

} // namespace GoldenOctober
