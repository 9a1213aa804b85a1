#pragma once

#include "ReportTypes.h"

#include <QList>
#include <array>
#include <optional>

// What the report says of every account together, month by month. Averages
// of response times mean nothing across accounts on different plans and
// targets; whether each account got what its own plan promised does.
struct PortfolioMonth
{
    YearMonth month;
    // Per priority, the share in percent of the account-months that met
    // their target, among those whose plan has a target for the priority and
    // that had tickets of it; nullopt when there were none.
    std::array<std::optional<double>, PriorityCount> metPercent{};
    // How many account-months that share is of.
    std::array<int, PriorityCount> accountMonths{};
    qint64 creditCents = 0;
};

// One entry per month of `months`, in order; rows and credits outside the
// range are left out.
QList<PortfolioMonth> portfolioMonths(const QList<ReportRow> &rows, const QList<CreditRow> &credits,
                                      MonthRange months);
