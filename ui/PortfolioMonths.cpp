#include "PortfolioMonths.h"

#include <QHash>
#include <utility>
#include <vector>

QList<PortfolioMonth> portfolioMonths(const QList<ReportRow> &rows, const QList<CreditRow> &credits,
                                      MonthRange months)
{
    QList<PortfolioMonth> result(months.count());
    for (int i = 0; i < result.size(); ++i)
        result[i].month = YearMonth::fromIndex(months.first.index() + i);

    // A month split between two plans has a row per plan segment, but the
    // customer lived one month: it counts once, and as missed when either
    // segment missed, as the customer was let down that month whatever the
    // other part did. A segment without target or without tickets says
    // nothing and does not make the month eligible.
    using Key = std::pair<QString, int>; // account, month index
    // Per priority, whether each eligible account-month missed.
    std::array<QHash<Key, bool>, PriorityCount> missed;
    for (const ReportRow &row : rows) {
        if (!months.contains(row.month))
            continue;
        if (row.status != ReportStatus::Met && row.status != ReportStatus::Missed)
            continue;
        bool &monthMissed = missed[priorityIndex(row.priority)][Key(row.account, row.month.index())];
        monthMissed = monthMissed || row.status == ReportStatus::Missed;
    }
    for (int p = 0; p < PriorityCount; ++p) {
        std::vector<int> met(result.size(), 0);
        for (auto it = missed[p].cbegin(); it != missed[p].cend(); ++it) {
            const int i = it.key().second - months.first.index();
            ++result[i].accountMonths[p];
            met[i] += it.value() ? 0 : 1;
        }
        for (int i = 0; i < result.size(); ++i) {
            if (result[i].accountMonths[p] > 0)
                result[i].metPercent[p] = 100.0 * met[i] / result[i].accountMonths[p];
        }
    }
    for (const CreditRow &credit : credits) {
        if (months.contains(credit.month))
            result[credit.month.index() - months.first.index()].creditCents += credit.creditCents;
    }
    return result;
}
