#pragma once

#include "Account.h"
#include "Expected.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

class AppContext;

// The accounts of the store with the plan each is on today and its credit
// balance, for the list of the accounts view.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, TimeZone, CalendarName, CurrentPlan, Balance, ColumnCount };

    explicit AccountTableModel(AppContext &context, QObject *parent = nullptr);

    // Reads the accounts again; none when a read fails, which failure() keeps.
    Status reload();
    // Called on a language switch: headers and plan names are translated.
    void retranslate();
    const std::optional<Error> &failure() const { return m_failure; }

    const Account &account(int row) const { return m_accounts.at(row); }
    // The row of the account with this id, or -1.
    int rowOf(qint64 accountId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Status load();

    AppContext &m_context;
    std::optional<Error> m_failure;
    QList<Account> m_accounts;
    QHash<qint64, QString> m_currentPlanNames;
    QHash<qint64, qint64> m_balances;
};
