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
    // The account's zone, UTC for an unknown account.
    const ZoneRules &zoneOf(const QString &account) const;

private:
    struct AccountFacts
    {
        std::shared_ptr<const ZoneRules> zone;
        std::shared_ptr<const BusinessClock> clock;
        QList<PlanChange> history;
    };

    PlanCatalog m_catalog;
    QHash<QString, AccountFacts> m_accounts;
    std::shared_ptr<const ZoneRules> m_utc;
};
