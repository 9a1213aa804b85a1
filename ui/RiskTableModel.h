#pragma once

#include "CreditRisk.h"

#include <QAbstractTableModel>
#include <QLocale>

class TimeDisplay;
class AppContext;

// The Today view's accounts, most urgent first: the state of the month's
// credit, when it breaks, the money at stake, the open tickets that use the
// budget and what would help, in words.
class RiskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Account, State, Breaks, Priority, CreditAtStake, OpenTickets, Advice, ColumnCount };

    explicit RiskTableModel(AppContext &context, QObject *parent = nullptr);

    // Accounts whose plan guarantees nothing this month are left out.
    void setRisks(const QList<AccountRisk> &risks, qint64 nowUtc);
    const AccountRisk &risk(int row) const { return m_risks.at(row); }
    // The priority that decides the account's state: the broken one that
    // owes the most, else the one that breaks first.
    static const PriorityBudget *decisive(const AccountRisk &risk);
    // What would help, in a sentence; empty when nothing is needed.
    static QString advice(const AccountRisk &risk, const QLocale &locale, const TimeDisplay &times);
    // An instant of the account as View → Times in writes it.
    static QString instant(const AccountRisk &risk, qint64 utcSeconds, const QLocale &locale,
                           const TimeDisplay &times);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QString breaksText(const AccountRisk &risk) const;

    AppContext &m_context;
    QList<AccountRisk> m_risks;
    qint64 m_now = 0;
};
