#include "TicketOrdering.h"

#include "ChunkedPass.h"
#include "TicketDeadlines.h"

#include <algorithm>
#include <deque>
#include <thread>

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

// Two halves sorted at once, then merged: the first derived order of a
// million tickets waits on this.
template <typename Item, typename Less> void sortOnTwoCores(std::vector<Item> &keys, Less less)
{
    constexpr std::size_t WorthAThread = 65536;
    if (keys.size() < WorthAThread || std::thread::hardware_concurrency() < 2) {
        std::sort(keys.begin(), keys.end(), less);
        return;
    }
    const auto middle = keys.begin() + std::ptrdiff_t(keys.size() / 2);
    std::thread firstHalf([&] { std::sort(keys.begin(), middle, less); });
    std::sort(middle, keys.end(), less);
    firstHalf.join();
    std::inplace_merge(keys.begin(), middle, keys.end(), less);
}

} // namespace

TicketOrdering::TicketOrdering(Database &database, const TicketDeadlines &deadlines,
                               const TicketFilter &filter, qint64 nowUtc)
    : m_database(database), m_deadlines(deadlines), m_filter(filter), m_now(nowUtc)
{
}

template <typename Out, typename Compute>
Expected<std::vector<Out>> TicketOrdering::onEveryCore(std::optional<TicketSortColumn> column,
                                                       Qt::SortOrder order, Compute compute)
{
    using Fields = TicketStoreReads::DeadlineFields;
    // The rows are read here, the connection's thread; their deadlines are
    // worked out on the other cores as they come, each helper with clocks of
    // its own, copied here before that helper starts.
    std::deque<TicketDeadlines> helperDeadlines;
    bool ownTaken = false;
    ChunkedPass<Fields, Out> pass([&]() -> typename ChunkedPass<Fields, Out>::Work {
        const TicketDeadlines *deadlines = &m_deadlines;
        if (ownTaken)
            deadlines = &helperDeadlines.emplace_back(m_deadlines.withOwnClocks());
        ownTaken = true;
        return [deadlines, compute, now = m_now](const std::vector<Fields> &rows, std::vector<Out> &results) {
            results.reserve(rows.size());
            for (const Fields &f : rows)
                compute(f, deadlines->timingOf(f.accountId, f.priority, f.createdAt, f.firstResponseAt, now),
                        results);
        };
    });
    // A row that cannot be read ends the pass: no order from part of the rows.
    if (const Status read = TicketStoreReads::forEachDeadlineFields(m_database, m_filter, column, order,
                                                                    [&](const Fields &f) { pass.add(f); });
        !read)
        return read.error();
    return pass.finish();
}

Status TicketOrdering::computeKeys()
{
    // Row id order: the table read straight through, nothing sorted by the store.
    auto keys = onEveryCore<Keys>(
        std::nullopt, Qt::AscendingOrder,
        [](const TicketStoreReads::DeadlineFields &f, const TicketTiming &timing, std::vector<Keys> &kept) {
            kept.push_back(
                {f.rowId, responseKey(timing), dueKey(timing) | (timing.breached ? BreachedMark : 0)});
        });
    if (!keys)
        return keys.error();
    m_keys = std::move(*keys);
    m_computed = true;
    return success();
}

Expected<std::vector<qint64>> TicketOrdering::rowIds(bool breachedOnly,
                                                     std::optional<TicketDerivedSort> derived,
                                                     TicketSortColumn column, Qt::SortOrder order)
{
    std::vector<qint64> ids;
    if (!derived && !breachedOnly) {
        if (const Status read = TicketStoreReads::forEachDeadlineFields(
                m_database, m_filter, column, order,
                [&](const TicketStoreReads::DeadlineFields &f) { ids.push_back(f.rowId); });
            !read)
            return read.error();
        return ids;
    }
    if (!derived) {
        // The store's order, keeping the breached rows.
        return onEveryCore<qint64>(column, order,
                                   [](const TicketStoreReads::DeadlineFields &f, const TicketTiming &timing,
                                      std::vector<qint64> &kept) {
                                       if (timing.breached)
                                           kept.push_back(f.rowId);
                                   });
    }
    if (!m_computed) {
        if (const Status computed = computeKeys(); !computed)
            return computed.error();
    }
    // The kept keys are sorted in place: no copy of them is made.
    if (*derived == TicketDerivedSort::ResponseTime) {
        sortOnTwoCores(m_keys, [](const Keys &a, const Keys &b) {
            return a.response != b.response ? a.response < b.response : a.rowId < b.rowId;
        });
    } else {
        sortOnTwoCores(m_keys, [](const Keys &a, const Keys &b) {
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
