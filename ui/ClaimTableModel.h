#pragma once

#include "ClaimStore.h"
#include "Expected.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <memory>

class ZoneRules;

class AppContext;

// Claims already decided, accepted or not, with the credit each granted and
// when the decision was recorded (the table's order), on the clock View →
// Times in chooses.
class ClaimTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Account, Month, Filed, Outcome, Granted, Decided, ColumnCount };

    explicit ClaimTableModel(AppContext &context, QObject *parent = nullptr);

    // The claims of these accounts (all when empty); none when they cannot be
    // read, or when an account's zone is one the zone database does not know.
    Status load(const QList<qint64> &accountIds);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Status read(const QList<qint64> &accountIds);

    AppContext &m_context;
    QList<ClaimRecord> m_claims;
    QHash<qint64, QString> m_accountNames;
    QHash<qint64, std::shared_ptr<const ZoneRules>> m_accountZones;
};
