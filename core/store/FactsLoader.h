#pragma once

#include "AccountFacts.h"
#include "Expected.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Loads the facts of the accounts once, with one rule for all their readers:
// an account whose zone or calendar the store or the zone database does not
// know is an error naming both, never a silent fall-back to UTC or to no
// business hours.
class FactsLoader
{
    Q_DECLARE_TR_FUNCTIONS(FactsLoader)

public:
    // Every account, or only the one named (an error when there is none).
    static Expected<AccountsFacts> load(Database &database, const QString &accountName = {});
};
