#pragma once

#include "Calendar.h"
#include "MonthlyStatement.h"
#include "PlanCatalog.h"
#include "YearQuarter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <array>
#include <optional>

// A day the account's calendar is closed though its weekday is open: what
// the customer should know of the coming quarter.
struct ReviewClosure
{
    QDate date;
    QString name;
};

// What a plan of the catalog would have cost over the quarter at the
// customer's spend, and what it guarantees.
struct ReviewPlanOption
{
    QString planId;
    QString nameEn;
    QString nameFr;
    qint64 quarterFeeCents = 0; // each month's fee at that month's spend, full months
    std::array<ResponseTarget, PriorityCount> targets{};
    bool current = false;    // the plan in force at the quarter's end
    bool meetsNeeds = false; // guarantees at least what the current plan does
};

// How one priority fared over one or more months, all plan segments taken.
struct PriorityAttainment
{
    int tickets = 0;
    int withinTarget = 0;
    int nearMisses = 0;
    bool guaranteed = false; // some segment had a target for it

    // Share within target in hundredths of a percent, half up; none without
    // a guarantee or a ticket.
    std::optional<qint64> withinBasisPoints() const;
};

// An account's quarter as its technical account manager presents it.
struct QuarterlyReview
{
    Account account;
    YearQuarter quarter;
    qint64 asOfUtc = 0;
    QList<MonthlyStatement> months;         // the quarter's three, in order
    QList<MonthlyStatement> previousMonths; // the quarter before's three
    QString calendarName;
    QList<ReviewClosure> closures; // in the coming quarter
    QList<ReviewPlanOption> planOptions;
    QString notes; // the TAM's, as saved for this account and quarter

    // The plan in force at the quarter's end has the quarterly review
    // feature: the accounts `review --all` writes.
    bool planIncludesReview() const;
};

PriorityAttainment attainment(const QList<MonthlyStatement> &months, Priority priority);

// The closures of [first, last] on the calendar: each holiday falling on a
// weekday it would otherwise be open, with the holiday's name.
QList<ReviewClosure> closuresBetween(const Calendar &calendar, QDate first, QDate last);

// Every plan of the catalog priced for the quarter's months at their spend
// (terms of each month's first day), with its targets at the quarter's end,
// against what the plan in force at the end guarantees.
QList<ReviewPlanOption> planOptions(const PlanCatalog &catalog, const QList<MonthlyStatement> &months);

// The change from one count to the next in hundredths of a percent, half up
// away from zero; none from zero.
std::optional<qint64> changeBasisPoints(qint64 before, qint64 after);
