#pragma once

#include "Account.h"
#include "PlanCatalog.h"

#include <QList>
#include <memory>

class BusinessClock;
class ZoneRules;

// What the guarantee of an account's tickets depends on: its zone, its
// calendar's business clock and its plan history.
struct AccountFacts
{
    Account account;
    std::shared_ptr<const ZoneRules> zone;
    // Shared by the accounts on the same calendar: its tables are built once.
    std::shared_ptr<const BusinessClock> clock;
    QList<PlanChange> planHistory; // by date, as stored
};

// The accounts of a store (by name) with the plan catalog their histories
// name, read at one moment: the report, the credits, the claims and the
// ticket table's deadlines are all worked out from these (FactsLoader).
struct AccountsFacts
{
    std::shared_ptr<const PlanCatalog> catalog;
    QList<AccountFacts> accounts;
};
