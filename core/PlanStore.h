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
    // Given the version those terms were read at (termsVersion()), refused
    // when they were changed or removed since (Database::isConflict()),
    // showing them as they now are; with 0, written whatever is stored.
    Status saveTerms(const QString &planId, const PlanTerms &terms, qint64 readVersion = 0);
    // The row version of the plan's terms from that date, 0 when there are none.
    qint64 termsVersion(const QString &planId, QDate effectiveFrom) const;
    // A new plan, shown after the existing ones.
    Status addPlan(const Plan &plan);

private:
    Status insertTerms(const QString &planId, const PlanTerms &terms, qint64 readVersion = 0);
    bool exists(const QString &planId) const;
    // The stored terms, for a conflict's message.
    QString describeTerms(const QString &planId, QDate effectiveFrom) const;

    Database &m_database;
};
