#pragma once

#include "TicketDeadlines.h"
#include "TicketOrdering.h"
#include "TicketStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class AppContext;

// The tickets of the store as a table that opens instantly on a million rows:
// rows are read in blocks with keyset queries, sorted and filtered by the
// store, and only the blocks in view are kept. A jump to a row walks from the
// nearest known key, forwards or backwards; a far one first finds the key at
// that position. Response time, due time and "breached only" depend on each
// account's calendar and plan: for those, one pass computes the order of the
// row ids (TicketOrdering) and the blocks are read by id.
class TicketTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Id,
        Account,
        Subject,
        Priority,
        Product,
        Channel,
        Created,
        FirstResponse,
        Resolved,
        ResponseTime,
        Due,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // same as Formatting::RawValueRole
        RowIdRole,
        BreachedRole,
    };

    explicit TicketTableModel(AppContext &context, QObject *parent = nullptr);
    ~TicketTableModel() override;

    // `breachedOnly` keeps the tickets whose guarantee is missed: unanswered
    // past their due time, or answered later than their target.
    void setFilter(const TicketFilter &filter, bool breachedOnly = false);
    TicketFilter filter() const { return m_filter; }
    bool breachedOnly() const { return m_breachedOnly; }

    // Counts again, drops every cached block and re-reads the accounts' zones,
    // calendars and plans (after any change to the store).
    void reload();
    // The same with a new filter: one reset, one count.
    void reload(const TicketFilter &filter, bool breachedOnly);
    // Why the table is empty although the store may hold tickets: a read
    // failed. The table then shows no row rather than part of them, until
    // the next reload, filter or sort succeeds.
    const std::optional<Error> &failure() const { return m_failure; }
    // Headers and texts follow the new language.
    void retranslate();

    // While the user drags the scroll bar, rows not read yet stay blank
    // instead of being sought at every position passed on the way.
    void setDeferLoading(bool defer);

    static bool isSortable(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    qint64 rowIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void failureChanged();

public:
    static constexpr int BlockSize = 200;
    // Beyond this many rows from any known key, a jump finds the key at its
    // position (by counting in creation order, from the sort values in the
    // other orders) instead of reading the rows on the way (tests lower it).
    void setSeekByCountAbove(int rows) { m_seekByCountAbove = rows; }

private:
    // What a row shows: the stored ticket, its guarantee and deadline.
    struct Row
    {
        TicketRow ticket;
        TicketTiming timing;
    };

    Row makeRow(const TicketRow &ticket) const;
    const Row *rowAt(int row) const;
    Status loadBlock(int block) const;
    // Rows first..last of a store order, by keyset from the nearest known key.
    Expected<QList<TicketRow>> readStoreOrder(int first, int last) const;
    Expected<QList<TicketRow>> walk(int fromPosition, bool forward, int skip, int take) const;
    void rememberKey(int position, const TicketRow &row) const;
    Status seekByCreation(int position) const;
    // What the filter and "now" alone decide: the count and the derived keys.
    void forgetFilterResults();
    // Inside a reset of the model: the rows as the filter and order give
    // them, none after a failed read.
    void resetCaches();
    Status countRows();
    Status seekByKeyAt(int position) const;
    // A read that failed while rows were shown: they go, the failure stays.
    void failLater(const Error &error) const;
    std::optional<TicketDerivedSort> derivedSort() const;
    TicketSortColumn storeColumn() const;
    QString dueText(const Row &row) const;
    static std::optional<qint64> instantOf(const Row &row, int column);
    QVariant toolTip(const Row &row, int column) const;
    QVariant exportText(const Row &row, int column) const;

    AppContext &m_context;
    TicketFilter m_filter;
    bool m_breachedOnly = false;
    bool m_deferLoading = false;
    int m_seekByCountAbove = 20000;
    int m_sortColumn = Created;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    qint64 m_now = 0;
    int m_total = 0;

    std::unique_ptr<TicketDeadlines> m_deadlines;
    mutable std::optional<Error> m_failure;

    // Paged mode: blocks by index, the least recently used dropped first, and
    // the sort keys of rows at known positions to seek from.
    mutable QHash<int, QList<Row>> m_blocks;
    mutable QList<int> m_blockUse;
    mutable std::map<int, TicketSortKey> m_keys;
    // Ordered mode (a derived sort or breached only): the row ids in order.
    bool m_ordered = false;
    std::vector<qint64> m_order;
    std::unique_ptr<TicketOrdering> m_ordering;
    std::optional<qint64> m_storeCount;
};
