#pragma once

#include "Account.h"
#include "AccountClock.h"
#include "Plan.h"
#include "Priority.h"
#include "YearMonth.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <array>
#include <optional>

enum class ReportStatus : quint8 { NoTarget, NoTickets, Met, Missed };
// "no_target", "no_tickets", "met", "missed": the words of the report files.
QString reportStatusCode(ReportStatus status);
// English label, marked for translation in the "ReportStatus" context.
const char *reportStatusLabel(ReportStatus status);

// The distribution of response times: bucket i holds the responses of at
// most ResponseHistogramBoundsMinutes[i] minutes (and more than the bound
// before it); the last bucket holds everything longer than a day.
inline constexpr std::array<int, 7> ResponseHistogramBoundsMinutes{15, 30, 60, 120, 240, 480, 1440};
inline constexpr int ResponseHistogramBuckets = int(ResponseHistogramBoundsMinutes.size()) + 1;
using ResponseHistogram = std::array<int, ResponseHistogramBuckets>;
int responseHistogramBucket(qint64 responseSeconds);

// What the report needs of a ticket.
struct ReportTicket
{
    qint64 createdAt = 0;
    std::optional<qint64> firstResponseAt;
    Priority priority = Priority::P3;
    bool eligible = true; // its product is generally available
    qint64 rowId = 0;     // the store's row, so a ticket can be shown again
};

struct AccountReportInput
{
    QString accountName;
    const AccountClock *clock = nullptr; // must outlive the account's turn in the builder
    QList<PlanChange> history;
    QHash<int, qint64> spend; // YearMonth::index() → cents; a month without an entry spent 0
};

// One priority of one plan segment of one month of an account.
struct ReportRow
{
    QString account;
    YearMonth month;
    QString planId;
    QDate segmentStart;
    QDate segmentEnd;
    Priority priority = Priority::P1;
    TargetClock clock = TargetClock::None; // as measured: None is real time without a target
    ResponseTarget target;                 // the plan terms' target
    int tickets = 0;
    int answered = 0;
    std::optional<qint64> averageCentiMinutes;     // mean response time in hundredths of a minute
    std::optional<qint64> withinTargetBasisPoints; // share within target in hundredths of a percent
    ReportStatus status = ReportStatus::NoTarget;
    bool provisional = false;
    qint64 totalResponseSeconds = 0;
    ResponseHistogram responseHistogram{}; // on the row's clock, unanswered tickets up to as-of
};

// The fee and credit of one plan segment of one month of an account.
struct CreditRow
{
    QString account;
    YearMonth month;
    QString planId;
    QDate segmentStart;
    QDate segmentEnd;
    int activeDays = 0;
    qint64 spendCents = 0; // the whole month's spend
    qint64 feeCents = 0;   // this segment's share of the fee
    QList<Priority> missedPriorities;
    qint64 creditCents = 0;
    QDate claimDeadline;
    bool provisional = false;
};
