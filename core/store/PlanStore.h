#pragma once

#include "Expected.h"
#include "Plan.h"
#include "PlanCatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class Database;

// The plan catalog as the manager edited it: plans and their dated terms.
class PlanStore
{
    Q_DECLARE_TR_FUNCTIONS(PlanStore)

public:
    explicit PlanStore(Database &database);

    // Every plan in display order, each with its terms by date.
    Expected<PlanCatalog> catalog() const;
    // Inserts the terms, or replaces those of the plan with the same date.
    // Given the version those terms were read at (termsVersion()), refused
    // when they were changed or removed since (an error of kind Conflict),
    // showing them as they now are; with 0, written whatever is stored.
    Status saveTerms(const QString &planId, const PlanTerms &terms, qint64 readVersion = 0);
    // The row version of the plan's terms from that date, 0 when there are none.
    Expected<qint64> termsVersion(const QString &planId, QDate effectiveFrom) const;
    // The versions of all the plan's terms, by the date they apply from.
    Expected<QHash<QDate, qint64>> termsVersions(const QString &planId) const;
    // A new plan, shown after the existing ones.
    Status addPlan(const Plan &plan);

private:
    Status insertTerms(const QString &planId, const PlanTerms &terms, qint64 readVersion = 0);
    Expected<bool> exists(const QString &planId) const;
    // The stored terms, for a conflict's message.
    Expected<QString> describeTerms(const QString &planId, QDate effectiveFrom) const;

    Database &m_database;
};
