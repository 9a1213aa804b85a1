#pragma once

#include "PlanCatalog.h"
#include "ReportTypes.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

class AppContext;

// What each month owes: one row per account, month and plan segment with
// its fee, missed priorities and credit, and where the claim stands. Claims
// closing within a week are highlighted (in colour and in words).
class CreditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Account,
        Month,
        Plan,
        Segment,
        ActiveDays,
        Spend,
        Fee,
        Missed,
        Credit,
        Deadline,
        ClaimState,
        ColumnCount
    };

    enum class Claim : quint8 { NothingOwed, MonthNotOver, Open, ClosingSoon, Claimed, Expired };

    // Days before its deadline from which an open claim is highlighted.
    static constexpr int closingSoonDays = 7;

    explicit CreditTableModel(AppContext &context, QObject *parent = nullptr);

    // `today` per account name (its local date) decides where each claim stands.
    void setRows(const QList<CreditRow> &rows, const PlanCatalog &catalog, const QHash<QString, QDate> &today,
                 const QSet<QPair<QString, int>> &claimedMonths);
    const CreditRow &creditRow(int row) const { return m_rows.at(row); }
    Claim claimState(int row) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(int row, int column) const;
    QVariant rawData(int row, int column) const;
    qint64 monthCredit(const CreditRow &row) const;

    AppContext &m_context;
    QList<CreditRow> m_rows;
    PlanCatalog m_catalog;
    QHash<QString, QDate> m_today;
    QSet<QPair<QString, int>> m_claimed; // (account, YearMonth::index())
    QHash<QPair<QString, int>, qint64> m_monthCredits;
};
