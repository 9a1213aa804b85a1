#pragma once

#include "TicketStore.h"

#include <Qt>
#include <optional>
#include <vector>

class Database;
class TicketDeadlines;

// Orders the store cannot give by itself, since they depend on each
// account's calendar and plan: by response time, by due time, and the
// breached tickets alone.
enum class TicketDerivedSort : quint8 {
    // On the clock of the plan's target; unanswered tickets after answered ones.
    ResponseTime,
    // Answered tickets, then unanswered ones, each by due time; tickets
    // without a target last.
    Due,
};

// The matching tickets' row ids in order, from one forward pass over the
// few columns a deadline needs: 8 bytes a ticket, so a million rows cost
// 8 MB, and the table reads the rows it shows by id. Ties go by row id; a
// descending order is the ascending one reversed.
//
// One ordering is for one filter at one "now": the derived keys of its
// tickets are computed by the first call that needs them and kept (24 bytes
// a ticket), so that changing between derived orders only sorts again.
class TicketOrdering
{
public:
    TicketOrdering(Database &database, const TicketDeadlines &deadlines, const TicketFilter &filter,
                   qint64 nowUtc);

    // Without a derived sort, the rows keep the store's order of `column`
    // (then only useful with `breachedOnly`).
    Expected<std::vector<qint64>> rowIds(bool breachedOnly, std::optional<TicketDerivedSort> derived,
                                         TicketSortColumn column, Qt::SortOrder order);

private:
    struct Keys
    {
        qint64 rowId;
        qint64 response;
        qint64 due; // with the breached mark in a high bit
    };
    Status computeKeys();
    // compute(fields, timing, results) for every matching ticket, in the
    // order of `column` (row id without one), on every core; the results in
    // that order.
    template <typename Out, typename Compute>
    Expected<std::vector<Out>> onEveryCore(std::optional<TicketSortColumn> column, Qt::SortOrder order,
                                           Compute compute);

    Database &m_database;
    const TicketDeadlines &m_deadlines;
    TicketFilter m_filter;
    qint64 m_now = 0;
    bool m_computed = false;
    std::vector<Keys> m_keys;
};
