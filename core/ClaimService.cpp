#include "ClaimService.h"

#include "AccountStore.h"
#include "ClaimStore.h"
#include "Database.h"
#include "ReportService.h"
#include "ZoneRules.h"

ClaimService::ClaimService(Database &database) : m_database(database)
{
}

Expected<ClaimResult> ClaimService::file(const QString &accountName, YearMonth month, QDate filed) const
{
    using Result = Expected<ClaimResult>;
    AccountStore accounts(m_database);
    const auto account = accounts.findByName(accountName);
    if (!account)
        return Result::failure(account.error());
    const auto zone = ZoneRules::forZone(account->timeZoneId);
    if (!zone)
        return Result::failure(QStringLiteral("account '%1' has an unknown time zone '%2'")
                                   .arg(accountName, account->timeZoneId));

    ClaimStore claims(m_database);
    ClaimResult result;
    // Decided and recorded in one write transaction, so two claims filed at
    // once for the same month cannot both be accepted.
    const Status done = m_database.transaction([&]() -> Status {
        const bool alreadyClaimed = claims.hasAccepted(account->id, month);
        qint64 credit = 0;
        // The credit is judged on what was known at the end of the filing
        // day; it is only worth computing when the earlier checks pass.
        if (filed > month.lastDay() && filed <= claimDeadline(month) && !alreadyClaimed) {
            const auto report = ReportService(m_database)
                                    .compute({MonthRange{month, month}, accountName,
                                              zone->startOfLocalDay(filed.addDays(1))});
            if (!report)
                return Status::failure(report.error());
            for (const CreditRow &row : report->credits)
                credit += row.creditCents;
        }
        result.outcome = decideClaim(month, filed, alreadyClaimed, credit);
        result.creditCents = result.outcome == ClaimOutcome::Accepted ? credit : 0;
        const auto recorded = claims.record(account->id, month, filed, result.outcome, result.creditCents);
        if (!recorded)
            return Status::failure(recorded.error());
        return success();
    });
    if (!done)
        return Result::failure(done.error());
    return result;
}
