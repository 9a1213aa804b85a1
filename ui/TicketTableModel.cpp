#include "TicketTableModel.h"

#include "AppContext.h"
#include "FactsLoader.h"

#include <algorithm>
#include <limits>

namespace {

// Enough blocks for several screens and a scroll back, small for memory.
constexpr int MaxCachedBlocks = 48;
// Rows per query while seeking: bigger than a block, since they are skipped.
constexpr int SeekChunk = 2000;

Qt::SortOrder reversed(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
}

} // namespace

TicketTableModel::TicketTableModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
    // View → Times in rewrites every time shown, without reading again.
    connect(&context, &AppContext::timeDisplayChanged, this, &TicketTableModel::retranslate);
    reload();
}

TicketTableModel::~TicketTableModel() = default;

void TicketTableModel::setFilter(const TicketFilter &filter, bool breachedOnly)
{
    beginResetModel();
    m_filter = filter;
    m_breachedOnly = breachedOnly;
    forgetFilterResults();
    resetCaches();
    endResetModel();
    emit failureChanged();
}

void TicketTableModel::reload(const TicketFilter &filter, bool breachedOnly)
{
    m_filter = filter;
    m_breachedOnly = breachedOnly;
    reload();
}

void TicketTableModel::reload()
{
    beginResetModel();
    m_now = m_context.nowUtc();
    forgetFilterResults();
    m_failure.reset();
    // The same facts, read by the same rules, as the report and the credits.
    auto facts = FactsLoader::load(m_context.database());
    if (facts) {
        m_deadlines = std::make_unique<TicketDeadlines>(*facts);
    } else {
        m_deadlines.reset();
        m_failure = facts.error();
    }
    resetCaches();
    endResetModel();
    emit failureChanged();
}

void TicketTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TicketTableModel::forgetFilterResults()
{
    m_ordering.reset();
    m_storeCount.reset();
}

void TicketTableModel::resetCaches()
{
    m_blocks.clear();
    m_blockUse.clear();
    m_keys.clear();
    m_order = {};
    m_total = 0;
    m_ordered = m_breachedOnly || derivedSort();
    // Without the accounts' facts (their read failed) no row is shown.
    if (!m_deadlines)
        return;
    m_failure.reset();
    if (const Status counted = countRows(); !counted)
        m_failure = counted.error();
}

Status TicketTableModel::countRows()
{
    if (m_ordered) {
        if (!m_ordering)
            m_ordering =
                std::make_unique<TicketOrdering>(m_context.database(), *m_deadlines, m_filter, m_now);
        auto order = m_ordering->rowIds(m_breachedOnly, derivedSort(), storeColumn(), m_sortOrder);
        if (!order)
            return order.error();
        m_order = std::move(*order);
        m_total = int(m_order.size());
        return success();
    }
    // The count does not change with the order.
    if (!m_storeCount) {
        const auto counted = TicketStore(m_context.database()).count(m_filter);
        if (!counted)
            return counted.error();
        m_storeCount = *counted;
    }
    m_total = int(*m_storeCount);
    return success();
}

void TicketTableModel::failLater(const Error &error) const
{
    if (m_failure)
        return;
    m_failure = error;
    // Not while the view asks for a row: the rows go once it is done.
    QMetaObject::invokeMethod(
        const_cast<TicketTableModel *>(this),
        [this] {
            auto *self = const_cast<TicketTableModel *>(this);
            self->beginResetModel();
            m_blocks.clear();
            m_blockUse.clear();
            self->m_total = 0;
            self->endResetModel();
            emit self->failureChanged();
        },
        Qt::QueuedConnection);
}

void TicketTableModel::setDeferLoading(bool defer)
{
    if (defer == m_deferLoading)
        return;
    m_deferLoading = defer;
    // Rows left blank while deferring are read now.
    if (!defer && m_total > 0)
        emit dataChanged(index(0, 0), index(m_total - 1, ColumnCount - 1));
}

bool TicketTableModel::isSortable(int column)
{
    return column >= 0 && column < ColumnCount;
}

std::optional<TicketDerivedSort> TicketTableModel::derivedSort() const
{
    switch (m_sortColumn) {
    case ResponseTime: return TicketDerivedSort::ResponseTime;
    case Due: return TicketDerivedSort::Due;
    default: return std::nullopt;
    }
}

TicketSortColumn TicketTableModel::storeColumn() const
{
    switch (m_sortColumn) {
    case Id: return TicketSortColumn::TicketId;
    case Account: return TicketSortColumn::Account;
    case Subject: return TicketSortColumn::Subject;
    case Priority: return TicketSortColumn::Priority;
    case Product: return TicketSortColumn::Product;
    case Channel: return TicketSortColumn::Channel;
    case FirstResponse: return TicketSortColumn::FirstResponseAt;
    case Resolved: return TicketSortColumn::ResolvedAt;
    default: return TicketSortColumn::CreatedAt;
    }
}

void TicketTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    // The store reads the rows again in the new order.
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    resetCaches();
    endResetModel();
    emit failureChanged();
}

TicketTableModel::Row TicketTableModel::makeRow(const TicketRow &ticket) const
{
    return Row{ticket, m_deadlines->timingOf(ticket.ticket, m_now)};
}

void TicketTableModel::rememberKey(int position, const TicketRow &row) const
{
    m_keys[position] = TicketStore::sortKey(row, storeColumn());
}

Expected<QList<TicketRow>> TicketTableModel::walk(int fromPosition, bool forward, int skip, int take) const
{
    const TicketStore store(m_context.database());
    const Qt::SortOrder order = forward ? m_sortOrder : reversed(m_sortOrder);
    const int step = forward ? 1 : -1;
    std::optional<TicketSortKey> after;
    if (auto known = m_keys.find(fromPosition); known != m_keys.end())
        after = known->second;
    int position = fromPosition;
    while (skip > 0) {
        const auto page = store.page(m_filter, storeColumn(), order, after, std::min(skip, SeekChunk));
        if (!page)
            return page.error();
        if (page->isEmpty())
            return QList<TicketRow>();
        position += step * int(page->size());
        rememberKey(position, page->last());
        after = TicketStore::sortKey(page->last(), storeColumn());
        skip -= int(page->size());
    }
    auto rows = store.page(m_filter, storeColumn(), order, after, take);
    if (!rows)
        return rows.error();
    if (!rows->isEmpty()) {
        rememberKey(position + step, rows->first());
        rememberKey(position + step * int(rows->size()), rows->last());
    }
    if (!forward)
        std::reverse(rows->begin(), rows->end());
    return rows;
}

Status TicketTableModel::seekByCreation(int position) const
{
    // The rows before `position` are those created before (ascending) or
    // after (descending) some second: bisect on that second with counts over
    // the creation index, then leave a key just short of it. A key made of
    // a second and an extreme row id seeks exactly like a real row's key.
    const TicketStore store(m_context.database());
    const auto oldest = store.page(m_filter, TicketSortColumn::CreatedAt, Qt::AscendingOrder, {}, 1);
    if (!oldest)
        return oldest.error();
    const auto newest = store.page(m_filter, TicketSortColumn::CreatedAt, Qt::DescendingOrder, {}, 1);
    if (!newest)
        return newest.error();
    if (oldest->isEmpty() || newest->isEmpty())
        return success();
    const qint64 low = oldest->first().ticket.createdAt;
    const qint64 high = newest->first().ticket.createdAt;
    TicketFilter filter = m_filter;
    std::optional<Error> failed;
    // A failed count ends the bisection; its error is what the caller gets.
    const auto counted = [&](const TicketFilter &f) -> qint64 {
        if (failed)
            return 0;
        const auto count = store.count(f);
        if (!count)
            failed = count.error();
        return count ? *count : 0;
    };
    if (m_sortOrder == Qt::AscendingOrder) {
        auto before = [&](qint64 second) { // rows created before `second`
            filter.createdTo = m_filter.createdTo ? std::min(*m_filter.createdTo, second) : second;
            return counted(filter);
        };
        qint64 fits = low, exceeds = high + 1; // before(fits) <= position < before(exceeds)
        while (exceeds - fits > 1 && !failed) {
            const qint64 middle = fits + (exceeds - fits) / 2;
            (before(middle) <= position ? fits : exceeds) = middle;
        }
        const int count = int(before(fits));
        if (failed)
            return *failed;
        if (count > 0)
            m_keys[count - 1] = TicketSortKey{qlonglong(fits - 1), std::numeric_limits<qint64>::max()};
    } else {
        auto after = [&](qint64 second) { // rows created after `second`
            filter.createdFrom =
                m_filter.createdFrom ? std::max(*m_filter.createdFrom, second + 1) : second + 1;
            return counted(filter);
        };
        qint64 exceeds = low - 1, fits = high; // after(fits) <= position < after(exceeds)
        while (fits - exceeds > 1 && !failed) {
            const qint64 middle = exceeds + (fits - exceeds) / 2;
            (after(middle) <= position ? fits : exceeds) = middle;
        }
        const int count = int(after(fits));
        if (failed)
            return *failed;
        if (count > 0)
            m_keys[count - 1] = TicketSortKey{qlonglong(fits + 1), 0};
    }
    return success();
}

Status TicketTableModel::seekByKeyAt(int position) const
{
    // The sort values alone are counted up to the position, instead of
    // whole rows being read and skipped; the walk then starts just before it.
    if (position <= 0)
        return success();
    const auto key =
        TicketStoreReads::keyAt(m_context.database(), m_filter, storeColumn(), m_sortOrder, position - 1);
    if (!key)
        return key.error();
    if (*key)
        m_keys[position - 1] = **key;
    return success();
}

Status TicketTableModel::loadBlock(int block) const
{
    const int first = block * BlockSize;
    const int last = std::min(first + BlockSize, m_total) - 1;
    const auto tickets = m_ordered ? TicketStoreReads::rowsByIds(m_context.database(), m_order.data() + first,
                                                                 last - first + 1)
                                   : readStoreOrder(first, last);
    if (!tickets)
        return tickets.error();
    QList<Row> rows;
    rows.reserve(tickets->size());
    for (const TicketRow &ticket : *tickets)
        rows.append(makeRow(ticket));
    m_blocks.insert(block, rows);
    m_blockUse.append(block);
    while (m_blockUse.size() > MaxCachedBlocks)
        m_blocks.remove(m_blockUse.takeFirst());
    return success();
}

Expected<QList<TicketRow>> TicketTableModel::readStoreOrder(int first, int last) const
{
    int nearest = std::min(first + 1, m_total - last);
    if (auto it = m_keys.lower_bound(first); it != m_keys.end())
        nearest = std::min(nearest, it->first - first);
    if (auto it = m_keys.lower_bound(first); it != m_keys.begin())
        nearest = std::min(nearest, first - std::prev(it)->first);
    if (nearest > m_seekByCountAbove) {
        const Status sought =
            storeColumn() == TicketSortColumn::CreatedAt ? seekByCreation(first) : seekByKeyAt(first);
        if (!sought)
            return sought.error();
    }
    // The nearest row with a known key on each side; -1 and m_total stand for
    // the two ends of the order, where a query needs no key.
    int before = -1;
    if (auto it = m_keys.lower_bound(first); it != m_keys.begin())
        before = std::prev(it)->first;
    int afterLast = m_total;
    if (auto it = m_keys.upper_bound(last); it != m_keys.end())
        afterLast = it->first;
    const int take = last - first + 1;
    return first - before - 1 <= afterLast - last - 1 ? walk(before, true, first - before - 1, take)
                                                      : walk(afterLast, false, afterLast - last - 1, take);
}

const TicketTableModel::Row *TicketTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const int block = row / BlockSize;
    if (!m_blocks.contains(block)) {
        if (m_deferLoading || m_failure)
            return nullptr;
        if (const Status loaded = loadBlock(block); !loaded) {
            failLater(loaded.error());
            return nullptr;
        }
    } else if (m_blockUse.last() != block) {
        m_blockUse.removeOne(block);
        m_blockUse.append(block);
    }
    const QList<Row> &rows = m_blocks[block];
    const int offset = row - block * BlockSize;
    return offset < rows.size() ? &rows[offset] : nullptr;
}

qint64 TicketTableModel::rowIdAt(int row) const
{
    const Row *found = rowAt(row);
    return found ? found->ticket.rowId : 0;
}

int TicketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int TicketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}
