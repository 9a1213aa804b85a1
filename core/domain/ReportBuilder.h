#pragma once

#include "PlanCatalog.h"
#include "PlanSegments.h"
#include "ReportTypes.h"

#include <QList>
#include <QString>
#include <array>
#include <vector>

// The terms a plan guarantees on a local date. A plan the catalog no longer
// knows guarantees and costs nothing, like the plan every account starts on.
const PlanTerms &guaranteeTerms(const PlanCatalog &catalog, const QString &planId, QDate date);

// A ticket's response time (SPEC 5): from its creation to its first response
// by as-of, or to as-of while it waits, on the target's clock (business time
// on the account's calendar for a business-hours target, real time
// otherwise). A response recorded before the creation counts as immediate.
qint64 measuredResponseSeconds(const AccountClock &clock, TargetClock targetClock, qint64 createdAt,
                               std::optional<qint64> firstResponseAt, qint64 asOfUtc);

// Builds the monthly report and the credits of a range of months in one pass
// over the tickets. Tickets are fed one at a time, so memory holds a few
// counters per account, month, segment and priority, never the tickets.
class ReportBuilder
{
public:
    // Tickets created after asOfUtc are not counted and responses after it
    // count as none yet.
    ReportBuilder(const PlanCatalog &catalog, MonthRange months, qint64 asOfUtc);

    // Accounts come in the order their rows must come out (by name). Starting
    // an account ends the previous one if it was not ended.
    void beginAccount(const AccountReportInput &account);
    // A ticket of the current account, in any order; ignored outside the
    // range, when created after as-of or when its product is excluded.
    void addTicket(const ReportTicket &ticket);
    void endAccount();

    // Per account, month, segment (by start) and priority P1..P3: every
    // account and segment has its three rows, tickets or not.
    const QList<ReportRow> &reportRows() const { return m_reportRows; }
    // Per account, month and segment.
    const QList<CreditRow> &creditRows() const { return m_creditRows; }

private:
    struct Counter
    {
        int tickets = 0;
        int answered = 0;
        int withinTarget = 0;
        qint64 totalSeconds = 0;
        ResponseHistogram histogram{};
    };
    struct Segment
    {
        PlanSegment days;
        PlanTerms terms;
        std::array<Counter, PriorityCount> counters{};
    };
    struct Month
    {
        YearMonth month;
        QList<Segment> segments;
    };

    void emitRows(const Month &month);

    PlanCatalog m_catalog;
    MonthRange m_months;
    qint64 m_asOf = 0;

    bool m_open = false;
    QString m_account;
    const AccountClock *m_clock = nullptr;
    QHash<int, qint64> m_spend;
    QList<Month> m_current; // one per month of the range
    // The Julian day of each month's first day, and of the day after the range.
    std::vector<qint64> m_monthStarts;

    QList<ReportRow> m_reportRows;
    QList<CreditRow> m_creditRows;
};
