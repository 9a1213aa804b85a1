#pragma once

#include "Account.h"
#include "AccountFacts.h"
#include "PlanCatalog.h"
#include "Ticket.h"

#include <QHash>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

class BusinessClock;
class ZoneRules;

// What a ticket's guarantee means for it today.
struct TicketTiming
{
    std::optional<qint64> responseSeconds; // on the clock of the plan's target
    std::optional<qint64> dueAt;           // none without a target
    std::optional<qint64> secondsLeft;     // unanswered with a target only; negative when overdue
    bool breached = false;                 // unanswered past dueAt, or answered later than the target
    TargetClock clock = TargetClock::None; // what responseSeconds and secondsLeft are counted on
};

// The response target of a ticket under the plan its account was on when it
// was opened (plan history, catalog terms of that day), and when it falls due:
// on the account's business calendar for a business-hours target, around the
// clock for a 24/7 one. Worked out from the facts the report uses too
// (FactsLoader), so the table's marks and the credits agree.
class TicketDeadlines
{
public:
    explicit TicketDeadlines(const AccountsFacts &facts);
    TicketDeadlines(TicketDeadlines &&) = default;
    TicketDeadlines &operator=(TicketDeadlines &&) = default;

    // The same deadlines with business clocks of their own, for another
    // thread: a clock keeps caches that only one thread may use at a time.
    TicketDeadlines withOwnClocks() const;

    TicketTiming timingOf(const Ticket &ticket, qint64 nowUtc) const;
    // The same for a ticket known by its account's row id and the fields the
    // guarantee depends on, as a scan of a million tickets reads them.
    TicketTiming timingOf(qint64 accountId, Priority priority, qint64 createdAt,
                          std::optional<qint64> firstResponseAt, qint64 nowUtc) const;
    // The account's zone, UTC for an account the facts do not have (one
    // added since they were loaded).
    const ZoneRules &zoneOf(const QString &account) const;
    // The name of the calendar whose business hours the account's targets
    // count; empty for an account the facts do not have.
    QString calendarNameOf(const QString &account) const;

private:
    // A plan of the account's history from a day on (the first entry from
    // always); nullptr for a plan the catalog does not have.
    struct PlanFrom
    {
        QDate from;
        const Plan *plan = nullptr;
    };
    struct AccountTerms
    {
        std::shared_ptr<const ZoneRules> zone;
        std::shared_ptr<const BusinessClock> clock;
        // Sorted by day once, not for each of a million tickets.
        std::vector<PlanFrom> plans;
        const Plan *planOn(QDate day) const;
    };

    TicketTiming timingOf(const AccountTerms &terms, Priority priority, qint64 createdAt,
                          std::optional<qint64> firstResponseAt, qint64 nowUtc) const;

    TicketDeadlines(const TicketDeadlines &) = default;

    // Shared with the copies: the plans the accounts' histories point to.
    std::shared_ptr<const PlanCatalog> m_catalog;
    QList<AccountTerms> m_terms;
    QHash<QString, qsizetype> m_byName;
    QHash<qint64, qsizetype> m_byId;
    std::shared_ptr<const ZoneRules> m_utc;
};
