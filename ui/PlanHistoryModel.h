#pragma once

#include "Account.h"
#include "PlanCatalog.h"

#include <QAbstractTableModel>
#include <QList>

class AppContext;

// One account's plan history: each entry with the day it takes effect and
// the last day it is in force (the day before the next entry).
class PlanHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EffectiveFrom, Until, PlanName, ColumnCount };

    explicit PlanHistoryModel(AppContext &context, QObject *parent = nullptr);

    void setHistory(const QList<PlanChange> &history, const PlanCatalog &catalog);
    const PlanChange &change(int row) const { return m_history.at(row); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AppContext &m_context;
    QList<PlanChange> m_history; // by date
    PlanCatalog m_catalog;
};
