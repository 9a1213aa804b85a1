#include "ClaimService.h"

#include "ClaimStore.h"
#include "Database.h"
#include "FactsLoader.h"
#include "ReportService.h"
#include "ZoneRules.h"

ClaimService::ClaimService(Database &database) : m_database(database)
{
}

Expected<ClaimResult> ClaimService::file(const QString &accountName, YearMonth month, QDate filed) const
{
    // The account's zone decides the end of the filing day, by the same
    // rules as the report that decides the credit.
    const auto facts = FactsLoader::load(m_database, accountName);
    if (!facts)
        return facts.error();
    const Account &account = facts->accounts.first().account;
    const ZoneRules &zone = *facts->accounts.first().zone;

    ClaimStore claims(m_database);
    ClaimResult result;
    // Decided and recorded in one write transaction, so two claims filed at
    // once for the same month cannot both be accepted.
    const Status done = m_database.transaction([&]() -> Status {
        const auto accepted = claims.hasAccepted(account.id, month);
        if (!accepted)
            return accepted.error();
        const bool alreadyClaimed = *accepted;
        qint64 credit = 0;
        // The credit is judged on what was known at the end of the filing
        // day; it is only worth computing when the earlier checks pass.
        if (filed > month.lastDay() && filed <= claimDeadline(month) && !alreadyClaimed) {
            const auto report =
                ReportService(m_database)
                    .compute({MonthRange{month, month}, accountName, zone.startOfLocalDay(filed.addDays(1))});
            if (!report)
                return report.error();
            for (const CreditRow &row : report->credits)
                credit += row.creditCents;
        }
        result.outcome = decideClaim(month, filed, alreadyClaimed, credit);
        result.creditCents = result.outcome == ClaimOutcome::Accepted ? credit : 0;
        const auto recorded = claims.record(account.id, month, filed, result.outcome, result.creditCents);
        if (!recorded)
            return recorded.error();
        return success();
    });
    if (!done)
        return done.error();
    return result;
}
