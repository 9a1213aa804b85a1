#pragma once

#include "PlanCatalog.h"
#include "PlanSegments.h"
#include "ReportTypes.h"

#include <QList>
#include <QString>
#include <array>
#include <memory>
#include <optional>

class ZoneRules;

// Whether a month's guarantee is about to cost its credit (docs/RULES.md).
enum class RiskState : quint8 {
    Safe,   // within its budget beyond the horizon, or nothing accruing
    AtRisk, // the open tickets, still unanswered, break it within the horizon
    Broken, // the average is over the target even if every open ticket were answered now
};
// "safe", "at_risk", "broken": the words of the command line's files.
QString riskStateCode(RiskState state);
// English label, marked for translation in the "RiskState" context.
const char *riskStateLabel(RiskState state);

// What brings a broken average back to its target: the next `tickets`
// tickets of the segment, each answered within `responseSeconds` on the
// target's clock, the open ones being answered now.
struct RiskRecovery
{
    int tickets = 0;
    qint64 responseSeconds = 0;
};

// One priority with a target in one plan segment of the month, as of an instant.
struct PriorityBudget
{
    Priority priority = Priority::P1;
    ResponseTarget target;
    int tickets = 0;
    int answered = 0;
    // Responses given plus the time the open tickets have accrued so far,
    // on the target's clock.
    qint64 usedSeconds = 0;
    // target × tickets − usedSeconds: what the open tickets may still
    // accrue together without a new ticket; negative once broken.
    qint64 headroomSeconds = 0;
    QList<qint64> openTicketRowIds; // by creation
    // With open tickets and headroom left: the time, on the target's clock,
    // after which the open tickets still unanswered put the average over the
    // target, and the instant it happens.
    std::optional<qint64> secondsToBreak;
    std::optional<qint64> breaksAt;
    // Broken while the segment still takes tickets.
    std::optional<RiskRecovery> recovery;
    RiskState state = RiskState::Safe;

    int openTickets() const { return int(openTicketRowIds.size()); }
};

struct SegmentBudget
{
    QString planId;
    QDate start;
    QDate end;
    qint64 feeCents = 0;              // the segment's share of the month's fee: its credit when broken
    QList<PriorityBudget> priorities; // the priorities with a target, P1 to P3
    RiskState state = RiskState::Safe;
};

// One account's month (the month of the as-of instant in its zone).
struct AccountRisk
{
    QString account;
    std::shared_ptr<const ZoneRules> zone; // the account's, for showing its times
    YearMonth month;
    QList<SegmentBudget> segments;
    RiskState state = RiskState::Safe; // the worst of its segments'
    // The earliest instant a priority not yet broken breaks.
    std::optional<qint64> breaksAt;
    qint64 creditAtStakeCents = 0; // fees of the segments at risk or broken
    qint64 creditOwedCents = 0;    // fees of the broken ones: owed if the month ended now
};

// The most urgent first: broken, then by the instant they break, then the rest.
bool breaksSooner(const AccountRisk &a, const AccountRisk &b);

// One account's month as far as its budget needs it, read once: the answered
// tickets as sums, the others one by one. Assessing it again at a later
// instant costs only its open tickets, so a live view re-reads the store only
// when the store changes.
struct MonthLedger
{
    struct Pending
    {
        qint64 rowId = 0;
        qint64 createdAt = 0;
        std::optional<qint64> firstResponseAt; // after the reading's as-of
    };
    struct Counter
    {
        int answered = 0;
        qint64 answeredSeconds = 0; // on the target's clock
        QList<Pending> pending;     // by creation
    };
    struct Segment
    {
        PlanSegment days;
        PlanTerms terms;
        qint64 feeCents = 0;
        std::array<Counter, PriorityCount> counters{};
    };

    QString account;
    std::shared_ptr<const AccountClock> clock;
    std::shared_ptr<const ZoneRules> zone; // may be null where only the clock matters
    YearMonth month;
    qint64 readAt = 0; // tickets created later are not in it
    QList<Segment> segments;
};

// The budget of a ledger's month as of an instant (at or after its reading,
// normally within its month). horizonSeconds is read on each target's clock:
// business time for a business-hours target, real time for a 24/7 one.
AccountRisk assessRisk(const MonthLedger &ledger, qint64 asOfUtc, qint64 horizonSeconds);

// Reads each account's ledger for the month of an as-of instant, from its
// tickets fed one at a time (any order), like the report: the same tickets
// count (eligible, created by as-of, responses after it not given yet) and
// the same clock measures them, so a month assessed broken is one the report
// shows missed.
class CreditRiskBuilder
{
public:
    CreditRiskBuilder(const PlanCatalog &catalog, qint64 asOfUtc);

    // input.clock is not used: the ledger keeps `clock`.
    void beginAccount(const AccountReportInput &input, std::shared_ptr<const AccountClock> clock,
                      std::shared_ptr<const ZoneRules> zone = nullptr);
    void addTicket(const ReportTicket &ticket);
    MonthLedger endAccount();

private:
    PlanCatalog m_catalog;
    qint64 m_asOf = 0;
    MonthLedger m_ledger;
};
