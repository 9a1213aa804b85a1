#pragma once

#include "Account.h"
#include "Channel.h"
#include "Claims.h"
#include "Plan.h"
#include "PlanCatalog.h"
#include "ProductCategory.h"
#include "ReportTypes.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <array>
#include <memory>
#include <optional>

// A ticket as a statement lists it: among the longest first responses.
struct StatementTicket
{
    QString id;
    QString subject;
    qint64 createdAt = 0;
    std::optional<qint64> firstResponseAt; // none: still waiting at as-of
    qint64 responseSeconds = 0;            // on the priority's clock, up to as-of when unanswered
};

// One priority of one plan segment: the report's row and what the statement
// adds to it, from the same tickets on the same clock.
struct StatementPriority
{
    ReportRow row;
    std::optional<qint64> medianSeconds;       // the middle time, or the mean of the two middle ones
    std::optional<qint64> percentile90Seconds; // nearest rank: the ⌈0.9 n⌉-th shortest
    QList<StatementTicket> longest;            // up to five, longest first
    int withinTarget = 0;                      // the report's count behind row.withinTargetBasisPoints
    // Answered within the target but after more than 80 % of it: the
    // tickets that came close.
    int nearMisses = 0;
    QList<StatementTicket> closest; // up to five near misses, longest first
};

struct StatementSegment
{
    CreditRow credit;
    QString planNameEn; // the catalog's names of credit.planId
    QString planNameFr;
    PlanTerms terms; // in force on the segment's first day: its fee and targets
    std::array<StatementPriority, PriorityCount> priorities;
};

// The tickets a month leaves out of the guarantees, by product category.
struct StatementExclusion
{
    ProductCategory category = ProductCategory::Alpha;
    int tickets = 0;
};

// A claim filed for the month, as decided.
struct StatementClaim
{
    QDate filed;
    ClaimOutcome outcome = ClaimOutcome::Accepted;
    qint64 amountCents = 0; // the credit granted; 0 unless accepted
};

// The mean first response of the tickets created on one local day, per
// priority, on each ticket's own clock; none on a day without one.
struct StatementDay
{
    QDate date;
    std::array<std::optional<qint64>, PriorityCount> averageSeconds{};
};

// A ticket of the month as the evidence behind the statement lists it:
// every ticket, counted or left out, with its time against its target.
struct StatementEvidence
{
    QString id;
    QString subject;
    Priority priority = Priority::P3;
    QString product;
    ProductCategory category = ProductCategory::Ga;
    Channel channel = Channel::Email;
    qint64 createdAt = 0;
    std::optional<qint64> firstResponseAt; // as stored, even after as-of
    bool counted = false;                  // its category counts toward the guarantees
    QString planId;                        // counted only: the plan of its day
    ResponseTarget target;                 // counted only
    qint64 responseSeconds = 0;            // counted only: on the target's clock, up to as-of
};

// An account's month as the customer reads it: the numbers are the report's
// and the credits' for the same month and as-of (built by the same
// ReportBuilder from the same tickets).
struct MonthlyStatement
{
    Account account;
    YearMonth month;
    qint64 asOfUtc = 0;
    qint64 spendCents = 0;
    QList<StatementSegment> segments;
    QList<StatementExclusion> exclusions; // categories with tickets, in AllProductCategories order
    QList<StatementDay> days;             // every day of the month, in order
    QDate claimDeadline;
    QList<StatementClaim> claims; // as recorded, oldest first
    // Every ticket of the month, excluded ones too, by product name, channel
    // and priority: the volume the quarterly review compares.
    QMap<QString, int> ticketsByProduct;
    std::array<int, AllChannels.size()> ticketsByChannel{};
    std::array<int, PriorityCount> ticketsByPriority{};
    // Only when the builder keeps them (evidenceKept): every ticket, in the
    // order read.
    QList<StatementEvidence> evidence;
    bool evidenceKept = false;

    int ticketCount() const;
    // The guaranteed time in force on a day of the month for a priority
    // (index), in seconds; none without a guarantee or outside the month.
    std::optional<qint64> targetSecondsOn(QDate day, int priority) const;

    qint64 feeCents() const;
    qint64 creditCents() const;
    bool provisional() const;
};

// What the statement needs of a ticket of the account.
struct StatementTicketInput
{
    QString id;
    QString subject;
    Priority priority = Priority::P3;
    ProductCategory category = ProductCategory::Ga;
    QString product;
    Channel channel = Channel::Email;
    qint64 createdAt = 0;
    std::optional<qint64> firstResponseAt;
    qint64 rowId = 0;
};

// Builds one account's statement for one month from its tickets, fed one at
// a time in any order. Memory holds the month's eligible response times
// (the median and percentile need them) and nothing of other months.
class StatementBuilder
{
public:
    // `clock` must outlive the builder.
    StatementBuilder(const PlanCatalog &catalog, const Account &account, const AccountClock &clock,
                     const QList<PlanChange> &history, qint64 spendCents, YearMonth month, qint64 asOfUtc);
    // Keeps every ticket of the month as evidence (memory grows with them).
    void keepEvidence();
    ~StatementBuilder();
    StatementBuilder(const StatementBuilder &) = delete;
    StatementBuilder &operator=(const StatementBuilder &) = delete;

    // Ignored outside the month or when created after as-of.
    void addTicket(const StatementTicketInput &ticket);
    MonthlyStatement finish(const QList<StatementClaim> &claims);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    bool m_keepEvidence = false;
};
