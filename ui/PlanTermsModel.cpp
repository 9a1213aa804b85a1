#include "PlanTermsModel.h"

#include "AppContext.h"
#include "Formatting.h"
#include "PlanComparisonModel.h"

#include <QFont>
#include <QStringList>

PlanTermsModel::PlanTermsModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
}

void PlanTermsModel::setPlan(const Plan &plan, QDate today)
{
    beginResetModel();
    m_plan = plan;
    m_today = today;
    endResetModel();
}

int PlanTermsModel::rowInForce() const
{
    // The latest terms on or before today; the earliest when all are later
    // (Plan::termsOn reads the catalog the same way).
    if (m_plan.terms.isEmpty())
        return -1;
    int row = 0;
    for (int i = 0; i < m_plan.terms.size(); ++i) {
        if (m_plan.terms.at(i).effectiveFrom <= m_today)
            row = i;
    }
    return row;
}

void PlanTermsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PlanTermsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.terms.size());
}

int PlanTermsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanTermsModel::display(int row, int column) const
{
    const QLocale locale = m_context.locale();
    const PlanTerms &terms = m_plan.terms.at(row);
    switch (column) {
    case EffectiveFrom: return Formatting::date(locale, terms.effectiveFrom);
    case State: {
        const int inForce = rowInForce();
        if (row == inForce)
            return tr("In force");
        return row < inForce ? tr("Earlier") : tr("Planned");
    }
    case PriceRule: return PlanComparisonModel::priceRuleText(locale, terms);
    case ResponseP1:
    case ResponseP2:
    case ResponseP3: return PlanComparisonModel::targetText(locale, terms.targets[column - ResponseP1]);
    case Features: {
        QStringList labels;
        for (PlanFeature feature : AllPlanFeatures) {
            if (terms.has(feature))
                labels << Formatting::planFeature(feature);
        }
        return labels.isEmpty() ? QStringLiteral("—") : labels.join(tr(", "));
    }
    default: return {};
    }
}

QVariant PlanTermsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanTerms &terms = m_plan.terms.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(index.row(), index.column());
    case Formatting::RawValueRole:
        switch (index.column()) {
        case EffectiveFrom: return terms.effectiveFrom;
        case PriceRule: return terms.percentBasisPoints;
        case ResponseP1:
        case ResponseP2:
        case ResponseP3: {
            const ResponseTarget &target = terms.targets[index.column() - ResponseP1];
            return target.exists() ? QVariant(target.minutes) : QVariant();
        }
        case Features: return terms.featureMask;
        default: return display(index.row(), index.column());
        }
    case Qt::FontRole: {
        if (index.row() != rowInForce())
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    default: return {};
    }
}

QVariant PlanTermsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EffectiveFrom: return tr("From");
    case State: return tr("State");
    case PriceRule: return tr("Monthly price");
    case ResponseP1: return tr("P1 response");
    case ResponseP2: return tr("P2 response");
    case ResponseP3: return tr("P3 response");
    case Features: return tr("Channels and services");
    default: return {};
    }
}
