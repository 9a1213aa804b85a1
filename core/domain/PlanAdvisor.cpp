#include "PlanAdvisor.h"

#include "Money.h"

#include <QCoreApplication>

namespace {

QStringList unmetNeeds(const PlanTerms &terms, const PlanNeeds &needs)
{
    QStringList reasons;
    for (Priority priority : AllPriorities) {
        const std::optional<int> &wanted = needs.maxResponseMinutes[priorityIndex(priority)];
        const ResponseTarget &target = terms.target(priority);
        if (!wanted)
            continue;
        if (!target.exists()) {
            reasons << QCoreApplication::translate("PlanAdvisor", "%1 has no guaranteed response time")
                           .arg(priorityCode(priority));
        } else if (target.minutes > *wanted) {
            reasons << QCoreApplication::translate("PlanAdvisor",
                                                   "%1 is guaranteed within %2 minutes, not %3")
                           .arg(priorityCode(priority))
                           .arg(target.minutes)
                           .arg(*wanted);
        }
    }
    if (needs.needContinuousP1 && terms.target(Priority::P1).clock != TargetClock::Continuous)
        reasons << QCoreApplication::translate("PlanAdvisor", "P1 is not guaranteed around the clock");
    for (PlanFeature feature : AllPlanFeatures) {
        if ((needs.requiredFeatureMask & PlanCatalog::featureBit(feature)) && !terms.has(feature)) {
            reasons << QCoreApplication::translate("PlanAdvisor", "%1 is not included")
                           .arg(QCoreApplication::translate("PlanFeature",
                                                            PlanCatalog::featureLabel(feature)));
        }
    }
    return reasons;
}

} // namespace

QList<PlanQuote> quotePlans(const PlanCatalog &catalog, QDate on, qint64 spendCents, const PlanNeeds &needs)
{
    QList<PlanQuote> quotes;
    quotes.reserve(catalog.plans.size());
    for (const Plan &plan : catalog.plans) {
        if (plan.terms.isEmpty())
            continue;
        const PlanTerms &terms = plan.termsOn(on);
        PlanQuote quote;
        quote.planId = plan.id;
        quote.monthlyFeeCents = planFee(terms, spendCents);
        quote.unmetReasons = unmetNeeds(terms, needs);
        quote.meetsNeeds = quote.unmetReasons.isEmpty();
        quotes.append(quote);
    }
    return quotes;
}

std::optional<QString> cheapestPlanMeeting(const PlanCatalog &catalog, QDate on, qint64 spendCents,
                                           const PlanNeeds &needs)
{
    std::optional<PlanQuote> best;
    for (const PlanQuote &quote : quotePlans(catalog, on, spendCents, needs)) {
        if (quote.meetsNeeds && (!best || quote.monthlyFeeCents < best->monthlyFeeCents))
            best = quote;
    }
    if (!best)
        return std::nullopt;
    return best->planId;
}
