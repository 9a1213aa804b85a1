#pragma once

#include "ReportTypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <array>
#include <optional>

class AppContext;

// The report summed up per month and priority, over every account and plan
// segment selected: the table under the charts and the data the charts
// draw, so the two can never disagree.
class ReportMonthlyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Per priority p (0..2), its columns are FirstAverage + p, etc.
    enum Column {
        Month,
        FirstTickets,
        FirstAverage = FirstTickets + PriorityCount,
        FirstTarget = FirstAverage + PriorityCount,
        FirstWithin = FirstTarget + PriorityCount,
        ColumnCount = FirstWithin + PriorityCount
    };

    struct Cell
    {
        int tickets = 0;
        std::optional<double> averageMinutes;
        std::optional<double> targetMinutes; // the ticket-weighted target when plans differ
        std::optional<double> withinPercent;
    };

    explicit ReportMonthlyModel(AppContext &context, QObject *parent = nullptr);

    void setRows(const QList<ReportRow> &rows, MonthRange months);
    // No month at all: a report that could not be computed has no zero to show.
    void clear();
    YearMonth month(int row) const { return m_months.at(row); }
    const Cell &cell(int row, Priority priority) const { return m_cells.at(row)[priorityIndex(priority)]; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AppContext &m_context;
    QList<YearMonth> m_months;
    QList<std::array<Cell, PriorityCount>> m_cells;
};
