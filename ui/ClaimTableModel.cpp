#include "ClaimTableModel.h"

#include "AccountStore.h"
#include "AppContext.h"
#include "Formatting.h"

#include <QCoreApplication>
#include <algorithm>

ClaimTableModel::ClaimTableModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
}

Status ClaimTableModel::load(const QList<qint64> &accountIds)
{
    beginResetModel();
    m_claims.clear();
    m_accountNames.clear();
    const Status loaded = read(accountIds);
    if (!loaded) {
        m_claims.clear();
        m_accountNames.clear();
    }
    endResetModel();
    return loaded;
}

Status ClaimTableModel::read(const QList<qint64> &accountIds)
{
    const auto accounts = AccountStore(m_context.database()).all();
    if (!accounts)
        return accounts.error();
    const auto decided = ClaimStore(m_context.database()).all();
    if (!decided)
        return decided.error();
    for (const ::Account &account : *accounts) {
        if (accountIds.isEmpty() || accountIds.contains(account.id))
            m_accountNames.insert(account.id, account.name);
    }
    for (const ClaimRecord &claim : *decided) {
        if (m_accountNames.contains(claim.accountId))
            m_claims << claim;
    }
    // The latest decision first: that is the one the user just made.
    std::stable_sort(m_claims.begin(), m_claims.end(), [](const ClaimRecord &a, const ClaimRecord &b) {
        return a.recordedAt != b.recordedAt ? a.recordedAt > b.recordedAt : a.id > b.id;
    });
    return success();
}

void ClaimTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_claims.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimRecord &claim = m_claims.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Granted)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    const bool raw = role == Formatting::RawValueRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    const QLocale locale = m_context.locale();
    switch (Column(index.column())) {
    case Account: return m_accountNames.value(claim.accountId);
    case Month: return raw ? QVariant(claim.month.index()) : QVariant(Formatting::month(locale, claim.month));
    case Filed: return raw ? QVariant(claim.filedDate) : QVariant(Formatting::date(locale, claim.filedDate));
    case Outcome:
        return raw ? QVariant(claimOutcomeCode(claim.outcome))
                   : QVariant(QCoreApplication::translate("ClaimOutcome", claimOutcomeLabel(claim.outcome)));
    case Granted:
        return raw ? QVariant(claim.amountCents) : QVariant(Formatting::money(locale, claim.amountCents));
    case ColumnCount: break;
    }
    return {};
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Account: return tr("Account");
    case Month: return tr("Month");
    case Filed: return tr("Filed on");
    case Outcome: return tr("Outcome");
    case Granted: return tr("Credit granted");
    case ColumnCount: break;
    }
    return {};
}
