#include "TicketOrdering.h"

#include "TicketDeadlines.h"

#include <algorithm>

namespace {

// A derived key packed in one integer: the group in bits 52-53, then the
// seconds or instant (below 2^52 for any date the store accepts). Bit 60 of
// the due key marks a breached ticket and is left out of comparisons.
constexpr int GroupShift = 52;
constexpr qint64 ValueMask = (qint64(1) << GroupShift) - 1;
constexpr qint64 BreachedMark = qint64(1) << 60;

qint64 packed(qint64 group, qint64 value)
{
    return (group << GroupShift) | std::clamp<qint64>(value, 0, ValueMask);
}

qint64 responseKey(const TicketTiming &timing)
{
    return timing.responseSeconds ? packed(0, *timing.responseSeconds) : packed(1, 0);
}

qint64 dueKey(const TicketTiming &timing)
{
    if (!timing.dueAt)
        return packed(2, 0);
    // secondsLeft exists for unanswered tickets with a target only.
    return packed(timing.secondsLeft ? 1 : 0, *timing.dueAt);
}

} // namespace

TicketOrdering::TicketOrdering(Database &database, const TicketDeadlines &deadlines,
                               const TicketFilter &filter, qint64 nowUtc)
    : m_database(database), m_deadlines(deadlines), m_filter(filter), m_now(nowUtc)
{
}

void TicketOrdering::computeKeys()
{
    m_computed = true;
    m_keys.clear();
    // Row id order: the table read straight through, nothing sorted by the store.
    TicketStoreReads::forEachDeadlineFields(
        m_database, m_filter, std::nullopt, Qt::AscendingOrder,
        [&](const TicketStoreReads::DeadlineFields &f) {
            const TicketTiming timing =
                m_deadlines.timingOf(f.accountId, f.priority, f.createdAt, f.firstResponseAt, m_now);
            m_keys.push_back(
                {f.rowId, responseKey(timing), dueKey(timing) | (timing.breached ? BreachedMark : 0)});
        });
    m_keys.shrink_to_fit();
}

std::vector<qint64> TicketOrdering::rowIds(bool breachedOnly, std::optional<TicketDerivedSort> derived,
                                           TicketSortColumn column, Qt::SortOrder order)
{
    std::vector<qint64> ids;
    if (!derived) {
        // The store's order, keeping the breached rows.
        TicketStoreReads::forEachDeadlineFields(
            m_database, m_filter, column, order, [&](const TicketStoreReads::DeadlineFields &f) {
                if (!breachedOnly ||
                    m_deadlines.timingOf(f.accountId, f.priority, f.createdAt, f.firstResponseAt, m_now)
                        .breached)
                    ids.push_back(f.rowId);
            });
        return ids;
    }
    if (!m_computed)
        computeKeys();
    // The kept keys are sorted in place: no copy of them is made.
    if (*derived == TicketDerivedSort::ResponseTime) {
        std::sort(m_keys.begin(), m_keys.end(), [](const Keys &a, const Keys &b) {
            return a.response != b.response ? a.response < b.response : a.rowId < b.rowId;
        });
    } else {
        std::sort(m_keys.begin(), m_keys.end(), [](const Keys &a, const Keys &b) {
            const qint64 left = a.due & ~BreachedMark, right = b.due & ~BreachedMark;
            return left != right ? left < right : a.rowId < b.rowId;
        });
    }
    ids.reserve(breachedOnly ? 0 : m_keys.size());
    for (const Keys &keys : m_keys) {
        if (!breachedOnly || (keys.due & BreachedMark))
            ids.push_back(keys.rowId);
    }
    if (order == Qt::DescendingOrder)
        std::reverse(ids.begin(), ids.end());
    return ids;
}
