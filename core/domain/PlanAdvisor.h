#pragma once

#include "PlanCatalog.h"
#include "Priority.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

// What a customer asks of a plan.
struct PlanNeeds
{
    // Per priority, the longest acceptable guaranteed first response, in
    // minutes on the plan's own clock; empty when that priority needs no guarantee.
    std::array<std::optional<int>, PriorityCount> maxResponseMinutes;
    bool needContinuousP1 = false;   // P1 guaranteed around the clock, not in business hours only
    quint32 requiredFeatureMask = 0; // bit (1 << PlanFeature)
};

struct PlanQuote
{
    QString planId;
    qint64 monthlyFeeCents = 0;
    bool meetsNeeds = false;
    QStringList unmetReasons; // translated sentences, one per unmet need
};

// Every plan of the catalog, in catalog order, priced for a monthly spend
// with the terms in force on a date.
QList<PlanQuote> quotePlans(const PlanCatalog &catalog, QDate on, qint64 spendCents, const PlanNeeds &needs);
// The cheapest plan that meets the needs (the earlier in catalog order on a
// tie), or nothing when none does.
std::optional<QString> cheapestPlanMeeting(const PlanCatalog &catalog, QDate on, qint64 spendCents,
                                           const PlanNeeds &needs);
