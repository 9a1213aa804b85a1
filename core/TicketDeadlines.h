#pragma once

#include "Account.h"
#include "PlanCatalog.h"
#include "Ticket.h"

#include <QHash>
#include <QString>
#include <memory>
#include <optional>

class BusinessClock;
class Database;
class ZoneRules;

// What a ticket's guarantee means for it today.
struct TicketTiming
{
    std::optional<qint64> responseSeconds; // on the clock of the plan's target
    std::optional<qint64> dueAt;           // none without a target
    std::optional<qint64> secondsLeft;     // unanswered with a target only; negative when overdue
    bool breached = false;                 // unanswered past dueAt, or answered later than the target
};

// The response target of a ticket under the plan its account was on when it
// was opened (plan history, catalog terms of that day), and when it falls due:
// on the account's business calendar for a business-hours target, around the
// clock for a 24/7 one. Reads the accounts, calendars and plans once.
class TicketDeadlines
{
public:
    explicit TicketDeadlines(Database &database);

    TicketTiming timingOf(const Ticket &ticket, qint64 nowUtc) const;
    // The same for a ticket known by its account's row id and the fields the
    // guarantee depends on, as a scan of a million tickets reads them.
    TicketTiming timingOf(qint64 accountId, Priority priority, qint64 createdAt,
                          std::optional<qint64> firstResponseAt, qint64 nowUtc) const;
    // The account's zone, UTC for an unknown account.
    const ZoneRules &zoneOf(const QString &account) const;

private:
    struct AccountFacts
    {
        std::shared_ptr<const ZoneRules> zone;
        std::shared_ptr<const BusinessClock> clock;
        QList<PlanChange> history;
    };

    TicketTiming timingOf(const AccountFacts &facts, Priority priority, qint64 createdAt,
                          std::optional<qint64> firstResponseAt, qint64 nowUtc) const;

    PlanCatalog m_catalog;
    QList<AccountFacts> m_facts;
    QHash<QString, qsizetype> m_byName;
    QHash<qint64, qsizetype> m_byId;
    std::shared_ptr<const ZoneRules> m_utc;
};
