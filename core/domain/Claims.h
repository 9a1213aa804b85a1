#pragma once

#include "YearMonth.h"

#include <QDate>
#include <QString>

// The last day to claim a month's credit: 30 days after the month's last day.
QDate claimDeadline(YearMonth month);

enum class ClaimOutcome : quint8 { Accepted, MonthNotOver, Late, AlreadyClaimed, NoMissedGuarantee };
// "accepted", "month_not_over", "late", "already_claimed", "no_missed_guarantee".
QString claimOutcomeCode(ClaimOutcome outcome);
// English label, marked for translation in the "ClaimOutcome" context.
const char *claimOutcomeLabel(ClaimOutcome outcome);

// Decides a claim filed on local date `filed` for `month`, checking in the
// order of the rules. creditCents is the month's credit as of the end of the
// filing day.
ClaimOutcome decideClaim(YearMonth month, QDate filed, bool acceptedClaimExists, qint64 creditCents);
