#pragma once

#include "Account.h"
#include "Expected.h"
#include "PlanCatalog.h"
#include "YearMonth.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

class AppContext;

// One account's spend per month, editable in dollars, with the support fee
// that spend costs under the plan history (pro-rated over plan changes).
// Rows are every month with spend entered plus the twelve months up to the
// account's current month, newest first, so the usual months are one click
// away.
class SpendTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Month, Spend, Fee, ColumnCount };

    explicit SpendTableModel(AppContext &context, QObject *parent = nullptr);

    // Loads the account's spend; accountId 0 empties the table.
    // Fails, and shows no month, when the account's spend or plans cannot be read.
    Status setAccount(qint64 accountId, YearMonth currentMonth);
    YearMonth month(int row) const { return m_months.at(row); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // An edit was refused (e.g. "more than two decimals"); nothing changed.
    void editRefused(const QString &message);
    // An edit was saved in the store.
    void spendSaved();

private:
    Status load(YearMonth currentMonth);
    qint64 feeOf(YearMonth month) const;

    AppContext &m_context;
    qint64 m_accountId = 0;
    QList<YearMonth> m_months;
    QHash<int, qint64> m_spend; // by YearMonth::index()
    QList<PlanChange> m_history;
    PlanCatalog m_catalog;
};
