#pragma once

#include "AccountFacts.h"
#include "ForeignTicketReader.h"
#include "Plan.h"
#include "PlanCatalog.h"
#include "ReconciliationCauses.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <array>
#include <memory>
#include <optional>

// "business_seconds", "within_target", "remaining_seconds".
QString toolFigureCode(ToolFigure::Kind kind);

// Where a difference (ours - theirs, seconds) falls, from far below to far
// above; the middle bucket is the tolerance. Codes for the files:
// "minus_day_or_more" (<= -1 day), "minus_hour_to_day" (-1 day < d <= -1 h),
// "minus_tolerance_to_hour" (-1 h < d < -tolerance), "within_tolerance",
// "tolerance_to_hour" (tolerance < d < 1 h), "hour_to_day" (1 h <= d <
// 1 day), "day_or_more" (>= 1 day).
enum class DifferenceBucket : quint8 {
    MinusDayOrMore,
    MinusHourToDay,
    MinusToleranceToHour,
    WithinTolerance,
    ToleranceToHour,
    HourToDay,
    DayOrMore,
};
inline constexpr int DifferenceBucketCount = 7;
QString differenceBucketCode(DifferenceBucket bucket);
DifferenceBucket differenceBucketOf(qint64 differenceSeconds, qint64 toleranceSeconds);

// Why a ticket was not compared. Codes: "no_figure", "no_first_response",
// "response_before_creation", "no_target" (a yes/no figure on a priority our
// plan guarantees nothing for), "no_calendar".
enum class NotComparedReason : quint8 {
    NoFigure,
    NoFirstResponse,
    ResponseBeforeCreation,
    NoTarget,
    NoCalendar
};
inline constexpr int NotComparedReasonCount = 5;
QString notComparedReasonCode(NotComparedReason reason);

struct ReconciledMismatch
{
    QString ticketId;
    QString account;
    int line = 0;
    qint64 createdAt = 0;
    qint64 firstResponseAt = 0;
    ToolFigure figure; // theirs
    // Ours: business seconds on the account's calendar for a figure in
    // seconds; for a yes/no figure, the time on the clock of our target.
    qint64 oursSeconds = 0;
    TargetClock oursClock = TargetClock::Business;
    std::optional<qint64> targetSeconds;     // yes/no figures
    std::optional<qint64> differenceSeconds; // ours - theirs, a figure in seconds only
    LikelyCause cause;
};

struct LargestDifference
{
    QString ticketId;
    QString account;
    qint64 seconds = 0; // ours - theirs
};

struct ReconciliationSummary
{
    qint64 compared = 0;
    qint64 matching = 0;
    qint64 mismatched = 0;
    std::array<qint64, NotComparedReasonCount> notCompared{};
    // Of the figures in seconds only: a yes/no figure has no amount.
    std::optional<LargestDifference> largest;
    std::array<qint64, DifferenceBucketCount> histogram{};
    std::array<qint64, MismatchCauseCount> causes{};

    qint64 notComparable() const;
};

// Compares a help desk's first-response figures with SupportDesk's, ticket
// by ticket, keeping the counts and at most a set number of mismatched rows:
// a million-row export reconciles in bounded memory.
//
// Ours is measured as the report measures it (SPEC §3, §5): a figure in
// business seconds against the business time of the account's calendar
// between creation and first response; a yes/no figure (within target,
// remaining time) against our target for the ticket's priority under the
// plan in force on its local creation date, on that target's clock (business
// or 24/7), breached when strictly over it.
//
// A remaining time is compared by its sign only. Its "elapsed = target -
// remaining" is not worked out: the remaining time is of the tool's own
// goal, which need not be our plan's target, and of its latest cycle, after
// any pause; subtracting it from our target would pass a goal's difference
// off as a calendar's.
class Reconciler
{
    Q_DECLARE_TR_FUNCTIONS(Reconciler)

public:
    static constexpr qint64 DefaultToleranceSeconds = 60; // the tools round to minutes
    static constexpr int DefaultMaxKeptMismatches = 1000;

    explicit Reconciler(std::shared_ptr<const PlanCatalog> catalog);

    void setToleranceSeconds(qint64 seconds) { m_tolerance = qMax<qint64>(0, seconds); }
    qint64 toleranceSeconds() const { return m_tolerance; }
    void setMaxKeptMismatches(int rows) { m_maxKept = qMax(0, rows); }

    // One ticket of the export with its account's facts.
    void add(const ForeignTicket &foreign, const AccountFacts &facts);

    const ReconciliationSummary &summary() const { return m_summary; }
    // The first mismatches, in the order added.
    const QList<ReconciledMismatch> &mismatches() const { return m_mismatches; }
    // Mismatches counted but not kept.
    qint64 mismatchesNotKept() const { return m_notKept; }

private:
    void notCompared(NotComparedReason reason) { ++m_summary.notCompared[int(reason)]; }
    void record(ReconciledMismatch mismatch, const CauseQuestion &question, bool matches);

    std::shared_ptr<const PlanCatalog> m_catalog;
    qint64 m_tolerance = DefaultToleranceSeconds;
    int m_maxKept = DefaultMaxKeptMismatches;
    ReconciliationSummary m_summary;
    QList<ReconciledMismatch> m_mismatches;
    qint64 m_notKept = 0;
};
