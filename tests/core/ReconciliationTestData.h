#pragma once

// What the reconciliation's tests share: an account in Paris, its calendar
// and tickets with the help desk's figures.

#include "BusinessClock.h"
#include "HoursSpec.h"
#include "Reconciliation.h"
#include "ZoneRules.h"

#include <QDateTime>
#include <QTimeZone>

// The tests work their figures out by hand on the calendar "Paris office":
// Europe/Paris, Monday to Friday 09:00-17:00, closed on Friday 1 May 2026.
// Paris is at UTC+2 in May and switches from UTC+1 on Sunday 29 March 2026.
// The account is on Production from 1 January 2026 (seeded terms: P1 three
// business hours, P2 six, P3 nine) unless a test says otherwise.

inline constexpr qint64 Hour = 3600;

inline qint64 paris(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone("Europe/Paris"))
        .toSecsSinceEpoch();
}

inline std::shared_ptr<const BusinessClock> parisOffice(const QList<QDate> &moreHolidays = {})
{
    Calendar calendar;
    calendar.name = QStringLiteral("Paris office");
    calendar.timeZoneId = QStringLiteral("Europe/Paris");
    calendar.schedule = *parseHoursSpec(QStringLiteral("mon-fri 09:00-17:00"));
    HolidayRule labourDay;
    labourDay.date = QDate(2026, 5, 1);
    calendar.holidays << labourDay;
    for (const QDate &date : moreHolidays) {
        HolidayRule rule;
        rule.date = date;
        calendar.holidays << rule;
    }
    return std::make_shared<const BusinessClock>(calendar);
}

inline AccountFacts acme(const QString &plan = QStringLiteral("production"))
{
    AccountFacts facts;
    facts.account.name = QStringLiteral("Acme");
    facts.account.timeZoneId = QStringLiteral("Europe/Paris");
    facts.zone = ZoneRules::forZone(QStringLiteral("Europe/Paris"));
    facts.clock = parisOffice();
    if (!plan.isEmpty())
        facts.planHistory << PlanChange{plan, QDate(2026, 1, 1)};
    return facts;
}

inline ForeignTicket foreign(const QString &id, qint64 created, std::optional<qint64> response,
                             std::optional<ToolFigure> figure, Priority priority = Priority::P3, int line = 2)
{
    ForeignTicket ticket;
    ticket.ticket.id = id;
    ticket.ticket.account = QStringLiteral("Acme");
    ticket.ticket.priority = priority;
    ticket.ticket.createdAt = created;
    ticket.ticket.firstResponseAt = response;
    ticket.figure = figure;
    ticket.line = line;
    return ticket;
}

inline ToolFigure businessSeconds(qint64 seconds)
{
    return {ToolFigure::Kind::BusinessSeconds, seconds};
}

inline ToolFigure withinTarget(bool within)
{
    return {ToolFigure::Kind::WithinTarget, within ? 1 : 0};
}

inline ToolFigure remaining(qint64 seconds)
{
    return {ToolFigure::Kind::RemainingSeconds, seconds};
}

inline std::shared_ptr<const PlanCatalog> seededCatalog()
{
    return std::make_shared<const PlanCatalog>(PlanCatalog::seeded());
}

// The one mismatch a reconciler of one ticket keeps.
inline ReconciledMismatch onlyMismatch(const ForeignTicket &ticket, const AccountFacts &facts = acme())
{
    Reconciler reconciler(seededCatalog());
    reconciler.add(ticket, facts);
    if (reconciler.mismatches().size() != 1)
        qFatal("expected one mismatch, got %d", int(reconciler.mismatches().size()));
    return reconciler.mismatches().constFirst();
}
