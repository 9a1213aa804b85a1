#pragma once

#include "PlanCatalog.h"
#include "ReportTypes.h"

#include <QAbstractTableModel>
#include <QList>

class AppContext;

// The monthly report: one row per account, month, plan segment and
// priority, against the plan's target, with the status in words and colour.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Account,
        Month,
        Plan,
        Segment,
        Priority,
        Target,
        Tickets,
        Answered,
        Average,
        WithinTarget,
        Status,
        ColumnCount
    };

    explicit ReportTableModel(AppContext &context, QObject *parent = nullptr);

    void setRows(const QList<ReportRow> &rows, const PlanCatalog &catalog);
    const QList<ReportRow> &rows() const { return m_rows; }
    void retranslate();

    // The status as shown: "Met", "Missed, provisional", ...
    static QString statusText(const ReportRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const ReportRow &row, int column) const;
    QVariant rawData(const ReportRow &row, int column) const;

    AppContext &m_context;
    QList<ReportRow> m_rows;
    PlanCatalog m_catalog;
};
