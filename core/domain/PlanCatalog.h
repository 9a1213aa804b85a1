#pragma once

#include "Plan.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

// The plans on offer. The catalog is data: seeded with the vendor's four
// plans, then edited by the manager (new terms carry the date they apply from).
class PlanCatalog
{
public:
    // Developer, Production, Enterprise, Personalized, with terms effective
    // from 2000-01-01.
    static PlanCatalog seeded();

    QList<Plan> plans; // in display order

    // nullptr if no plan has this id.
    const Plan *find(QStringView id) const;

    // "api_status_notifications", "email_support", "chat_support",
    // "phone_support", "technical_account_manager", "escalation_line",
    // "quarterly_status_review".
    static QString featureCode(PlanFeature feature);
    static std::optional<PlanFeature> parseFeature(QStringView text);
    // English label, marked for translation in the "PlanFeature" context.
    static const char *featureLabel(PlanFeature feature);
    static quint32 featureBit(PlanFeature feature) { return 1u << unsigned(feature); }
};
