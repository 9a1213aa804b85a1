#include "PlanCatalog.h"

#include <QtGlobal>
#include <initializer_list>

namespace {

ResponseTarget business(int minutes)
{
    return {TargetClock::Business, minutes};
}

ResponseTarget continuous(int minutes)
{
    return {TargetClock::Continuous, minutes};
}

Plan makePlan(const QString &id, const QString &nameEn, const QString &nameFr, int basisPoints,
              qint64 minimumCents, std::array<ResponseTarget, PriorityCount> targets,
              std::initializer_list<PlanFeature> features)
{
    PlanTerms terms;
    terms.effectiveFrom = QDate(2000, 1, 1);
    terms.percentBasisPoints = basisPoints;
    terms.minimumCents = minimumCents;
    terms.targets = targets;
    for (PlanFeature feature : features)
        terms.set(feature);
    return Plan{id, nameEn, nameFr, {terms}};
}

} // namespace

PlanCatalog PlanCatalog::seeded()
{
    using F = PlanFeature;
    PlanCatalog catalog;
    catalog.plans = {
        makePlan(QStringLiteral("developer"), QStringLiteral("Developer"), QStringLiteral("Développeur"), 0,
                 0, {}, {F::ApiStatusNotifications, F::EmailSupport}),
        makePlan(QStringLiteral("production"), QStringLiteral("Production"), QStringLiteral("Production"),
                 400, 25000, {business(180), business(360), business(540)},
                 {F::ApiStatusNotifications, F::EmailSupport, F::ChatSupport}),
        makePlan(QStringLiteral("enterprise"), QStringLiteral("Enterprise"), QStringLiteral("Entreprise"),
                 600, 150000, {continuous(60), business(120), business(180)},
                 {F::ApiStatusNotifications, F::EmailSupport, F::ChatSupport, F::PhoneSupport}),
        makePlan(QStringLiteral("personalized"), QStringLiteral("Personalized"),
                 QStringLiteral("Personnalisé"), 800, 500000, {continuous(60), business(120), business(180)},
                 {F::ApiStatusNotifications, F::EmailSupport, F::ChatSupport, F::PhoneSupport,
                  F::TechnicalAccountManager, F::EscalationLine, F::QuarterlyStatusReview}),
    };
    return catalog;
}

const Plan *PlanCatalog::find(QStringView id) const
{
    for (const Plan &plan : plans) {
        if (plan.id == id)
            return &plan;
    }
    return nullptr;
}

QString PlanCatalog::featureCode(PlanFeature feature)
{
    switch (feature) {
    case PlanFeature::ApiStatusNotifications: return QStringLiteral("api_status_notifications");
    case PlanFeature::EmailSupport: return QStringLiteral("email_support");
    case PlanFeature::ChatSupport: return QStringLiteral("chat_support");
    case PlanFeature::PhoneSupport: return QStringLiteral("phone_support");
    case PlanFeature::TechnicalAccountManager: return QStringLiteral("technical_account_manager");
    case PlanFeature::EscalationLine: return QStringLiteral("escalation_line");
    case PlanFeature::QuarterlyStatusReview: return QStringLiteral("quarterly_status_review");
    }
    Q_UNREACHABLE();
}

std::optional<PlanFeature> PlanCatalog::parseFeature(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (PlanFeature feature : AllPlanFeatures) {
        if (trimmed.compare(featureCode(feature), Qt::CaseInsensitive) == 0)
            return feature;
    }
    return std::nullopt;
}

const char *PlanCatalog::featureLabel(PlanFeature feature)
{
    switch (feature) {
    case PlanFeature::ApiStatusNotifications:
        return QT_TRANSLATE_NOOP("PlanFeature", "API status notifications");
    case PlanFeature::EmailSupport: return QT_TRANSLATE_NOOP("PlanFeature", "Email support");
    case PlanFeature::ChatSupport: return QT_TRANSLATE_NOOP("PlanFeature", "Chat support");
    case PlanFeature::PhoneSupport: return QT_TRANSLATE_NOOP("PlanFeature", "Phone support");
    case PlanFeature::TechnicalAccountManager:
        return QT_TRANSLATE_NOOP("PlanFeature", "Technical account manager");
    case PlanFeature::EscalationLine: return QT_TRANSLATE_NOOP("PlanFeature", "Support escalation line");
    case PlanFeature::QuarterlyStatusReview:
        return QT_TRANSLATE_NOOP("PlanFeature", "Quarterly status review");
    }
    Q_UNREACHABLE();
}
