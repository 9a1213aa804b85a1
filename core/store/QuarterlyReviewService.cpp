#include "QuarterlyReviewService.h"

#include "BusinessClock.h"
#include "PlanSegments.h"
#include "ReviewNotesStore.h"
#include "StatementService.h"

#include <algorithm>
#include <optional>

QuarterlyReviewService::QuarterlyReviewService(Database &database) : m_database(database)
{
}

Expected<QuarterlyReview> QuarterlyReviewService::compute(const QString &accountName, YearQuarter quarter,
                                                          qint64 asOfUtc) const
{
    std::optional<QuarterlyReview> built;
    const Status status = build(
        accountName, quarter, asOfUtc,
        [&built](const QuarterlyReview &review) {
            built = review;
            return success();
        },
        false);
    if (!status)
        return status.error();
    return std::move(*built);
}

Status QuarterlyReviewService::forEachAccount(YearQuarter quarter, qint64 asOfUtc,
                                              const std::function<Status(const QuarterlyReview &)> &sink,
                                              bool onlyWithReview) const
{
    return build({}, quarter, asOfUtc, sink, onlyWithReview);
}

Status QuarterlyReviewService::build(const QString &onlyAccount, YearQuarter quarter, qint64 asOfUtc,
                                     const std::function<Status(const QuarterlyReview &)> &sink,
                                     bool onlyWithReview) const
{
    // A plan at the quarter's end with the review in any of its terms: a
    // little more than planIncludesReview() keeps, never less.
    const QDate end = quarter.lastMonth().lastDay();
    const StatementService::AccountFilter withReview = [end](const AccountFacts &facts,
                                                             const PlanCatalog &catalog) {
        const Plan *plan = catalog.find(planOn(facts.planHistory, end));
        return plan && std::any_of(plan->terms.cbegin(), plan->terms.cend(), [](const PlanTerms &terms) {
                   return terms.has(PlanFeature::QuarterlyStatusReview);
               });
    };
    const MonthRange sixMonths{quarter.previous().firstMonth(), quarter.lastMonth()};
    const MonthRange coming = quarter.next().range();
    ReviewNotesStore notes(m_database);
    return StatementService(m_database)
        .forEachAccountMonths(
            onlyAccount, sixMonths, asOfUtc,
            [&](AccountMonths &account) -> Status {
                QuarterlyReview review;
                review.account = account.facts.account;
                review.quarter = quarter;
                review.asOfUtc = asOfUtc;
                review.previousMonths = account.statements.mid(0, 3);
                review.months = account.statements.mid(3, 3);
                const Calendar &calendar = account.facts.clock->calendar();
                review.calendarName = calendar.name;
                review.closures = closuresBetween(calendar, coming.first.firstDay(), coming.last.lastDay());
                review.planOptions = planOptions(account.catalog, review.months);
                const auto saved = notes.find(review.account.id, quarter);
                if (!saved)
                    return saved.error();
                review.notes = saved->text;
                return sink(review);
            },
            quarter.range(), onlyWithReview ? withReview : StatementService::AccountFilter());
}
