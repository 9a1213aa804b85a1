#include "Claims.h"

#include <QtGlobal>

QDate claimDeadline(YearMonth month)
{
    return month.lastDay().addDays(30);
}

QString claimOutcomeCode(ClaimOutcome outcome)
{
    switch (outcome) {
    case ClaimOutcome::Accepted: return QStringLiteral("accepted");
    case ClaimOutcome::MonthNotOver: return QStringLiteral("month_not_over");
    case ClaimOutcome::Late: return QStringLiteral("late");
    case ClaimOutcome::AlreadyClaimed: return QStringLiteral("already_claimed");
    case ClaimOutcome::NoMissedGuarantee: return QStringLiteral("no_missed_guarantee");
    }
    Q_UNREACHABLE();
}

const char *claimOutcomeLabel(ClaimOutcome outcome)
{
    switch (outcome) {
    case ClaimOutcome::Accepted: return QT_TRANSLATE_NOOP("ClaimOutcome", "Accepted");
    case ClaimOutcome::MonthNotOver: return QT_TRANSLATE_NOOP("ClaimOutcome", "The month is not over");
    case ClaimOutcome::Late: return QT_TRANSLATE_NOOP("ClaimOutcome", "Filed after the deadline");
    case ClaimOutcome::AlreadyClaimed: return QT_TRANSLATE_NOOP("ClaimOutcome", "Already claimed");
    case ClaimOutcome::NoMissedGuarantee: return QT_TRANSLATE_NOOP("ClaimOutcome", "No missed guarantee");
    }
    Q_UNREACHABLE();
}

ClaimOutcome decideClaim(YearMonth month, QDate filed, bool acceptedClaimExists, qint64 creditCents)
{
    if (filed <= month.lastDay())
        return ClaimOutcome::MonthNotOver;
    if (filed > claimDeadline(month))
        return ClaimOutcome::Late;
    if (acceptedClaimExists)
        return ClaimOutcome::AlreadyClaimed;
    if (creditCents <= 0)
        return ClaimOutcome::NoMissedGuarantee;
    return ClaimOutcome::Accepted;
}
