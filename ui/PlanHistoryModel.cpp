#include "PlanHistoryModel.h"

#include "AppContext.h"
#include "Formatting.h"

#include <algorithm>

PlanHistoryModel::PlanHistoryModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
}

void PlanHistoryModel::setHistory(const QList<PlanChange> &history, const PlanCatalog &catalog)
{
    beginResetModel();
    m_history = history;
    std::stable_sort(m_history.begin(), m_history.end(), [](const PlanChange &a, const PlanChange &b) {
        return a.effectiveDate < b.effectiveDate;
    });
    m_catalog = catalog;
    endResetModel();
}

void PlanHistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_history.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PlanHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

int PlanHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Formatting::RawValueRole)
        return {};
    const bool raw = role == Formatting::RawValueRole;
    const PlanChange &change = m_history.at(index.row());
    switch (Column(index.column())) {
    case EffectiveFrom:
        return raw ? QVariant(change.effectiveDate)
                   : QVariant(Formatting::date(m_context.locale(), change.effectiveDate));
    case Until: {
        if (index.row() + 1 >= m_history.size())
            return raw ? QVariant() : QVariant(tr("until further notice"));
        const QDate last = m_history.at(index.row() + 1).effectiveDate.addDays(-1);
        return raw ? QVariant(last) : QVariant(Formatting::date(m_context.locale(), last));
    }
    case PlanName: {
        if (raw)
            return change.planId;
        const Plan *plan = m_catalog.find(change.planId);
        return plan ? plan->name(m_context.languageCode()) : change.planId;
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant PlanHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case EffectiveFrom: return tr("From");
    case Until: return tr("Until");
    case PlanName: return tr("Plan");
    case ColumnCount: break;
    }
    return {};
}
