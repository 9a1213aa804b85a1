#include "Plan.h"

const PlanTerms &Plan::termsOn(QDate date) const
{
    Q_ASSERT(!terms.isEmpty());
    if (terms.isEmpty()) {
        // A plan without terms is a catalog mistake; it then guarantees and
        // costs nothing rather than bringing the report down.
        static const PlanTerms none;
        return none;
    }
    // Scanned rather than bisected: a plan has a handful of terms, and this
    // stays right even if an edit left them out of order.
    const PlanTerms *latest = nullptr;
    const PlanTerms *earliest = &terms.first();
    for (const PlanTerms &candidate : terms) {
        if (candidate.effectiveFrom < earliest->effectiveFrom)
            earliest = &candidate;
        if (date.isValid() && candidate.effectiveFrom <= date &&
            (!latest || latest->effectiveFrom <= candidate.effectiveFrom))
            latest = &candidate;
    }
    return latest ? *latest : *earliest;
}

QString measuredClockCode(TargetClock clock)
{
    return clock == TargetClock::Business ? QStringLiteral("business") : QStringLiteral("continuous");
}
