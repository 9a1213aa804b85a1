#pragma once

#include "Expected.h"
#include "Plan.h"
#include "PlanCatalog.h"

#include <QString>

class Database;

// The plan catalog as the manager edited it: plans and their dated terms.
class PlanStore
{
public:
    explicit PlanStore(Database &database);

    // Every plan in display order, each with its terms by date.
    PlanCatalog catalog() const;
    // Inserts the terms, or replaces those of the plan with the same date.
    Status saveTerms(const QString &planId, const PlanTerms &terms);
    // A new plan, shown after the existing ones.
    Status addPlan(const Plan &plan);

private:
    Status insertTerms(const QString &planId, const PlanTerms &terms);
    bool exists(const QString &planId) const;

    Database &m_database;
};
