#include "ExportValues.h"

#include "ExportFile.h"

#include <QHash>
#include <algorithm>

namespace {

// Counts the values of one column, keeping the first `limit` distinct ones.
class ValueCounter
{
public:
    ValueCounter(const QStringList &header, const QString &column, int limit, bool foldCase, bool keepBlank)
        : m_index(column.isEmpty() ? -1 : int(header.indexOf(column))), m_limit(limit), m_foldCase(foldCase),
          m_keepBlank(keepBlank)
    {
        m_result.column = m_index < 0 ? QString() : column;
    }

    void add(const QStringList &cells)
    {
        if (m_index < 0)
            return;
        QString value = cells.value(m_index).trimmed();
        if (value.isEmpty() && !m_keepBlank)
            return;
        if (m_foldCase)
            value = value.toLower();
        const auto found = m_counts.find(value);
        if (found != m_counts.end())
            ++*found;
        else if (m_counts.size() < m_limit)
            m_counts.insert(value, 1);
        else
            ++m_result.rowsNotListed;
    }

    ColumnValues take()
    {
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            m_result.values.append(DistinctValue{it.key(), it.value()});
        std::sort(m_result.values.begin(), m_result.values.end(),
                  [](const DistinctValue &a, const DistinctValue &b) {
                      return a.rows != b.rows ? a.rows > b.rows : a.value < b.value;
                  });
        return std::move(m_result);
    }

private:
    int m_index;
    int m_limit;
    bool m_foldCase;
    bool m_keepBlank;
    QHash<QString, qint64> m_counts;
    ColumnValues m_result;
};

} // namespace

Expected<ExportValues> distinctExportValues(const QString &path, const HelpdeskImportOptions &options,
                                            int maxPerColumn)
{
    auto rows = openExportRows(path);
    if (!rows)
        return rows.error();
    RowSource &source = **rows;
    if (const Status opened = source.open(); !opened)
        return opened.error();
    const QStringList &header = source.header();
    ImportMapping mapping;
    if (options.mapping) {
        mapping = *options.mapping;
    } else {
        const HelpdeskSource detected =
            options.source.value_or(detectHelpdeskSource(header).value_or(HelpdeskSource::SupportDesk));
        mapping = defaultMapping(detected, header, source.zoneHint());
    }
    const int limit = qMax(0, maxPerColumn);
    ValueCounter priorities(header, mapping.column(TicketField::Priority), limit, true, true);
    ValueCounter channels(header, mapping.column(TicketField::Channel), limit, true, false);
    ValueCounter accounts(header, mapping.column(TicketField::Account), limit, false, false);
    ExportValues result;
    QStringList cells;
    while (source.readRow(cells)) {
        ++result.rows;
        priorities.add(cells);
        channels.add(cells);
        accounts.add(cells);
    }
    if (source.atError())
        return Expected<ExportValues>::failure(Error::Kind::InvalidInput, source.error());
    result.priorities = priorities.take();
    result.channels = channels.take();
    result.accounts = accounts.take();
    return result;
}
