#include "PlanComparisonModel.h"

#include "AppContext.h"
#include "Formatting.h"
#include "Money.h"

#include <QBrush>
#include <QColor>
#include <QFont>

PlanComparisonModel::PlanComparisonModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
}

void PlanComparisonModel::setCatalog(const PlanCatalog &catalog, QDate on)
{
    beginResetModel();
    m_catalog = catalog;
    // A plan without terms cannot be priced or compared.
    m_catalog.plans.removeIf([](const Plan &plan) { return plan.terms.isEmpty(); });
    m_on = on;
    endResetModel();
}

void PlanComparisonModel::setSpend(qint64 cents)
{
    m_spendCents = cents;
    if (columnCount() > 0)
        emit dataChanged(index(PriceForSpend, 0), index(PriceForSpend, columnCount() - 1));
}

void PlanComparisonModel::setRecommended(const std::optional<QString> &planId)
{
    m_recommended = planId;
    if (columnCount() > 0) {
        emit dataChanged(index(0, 0), index(RowCount - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

void PlanComparisonModel::retranslate()
{
    emit headerDataChanged(Qt::Vertical, 0, RowCount - 1);
    if (columnCount() > 0) {
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        emit dataChanged(index(0, 0), index(RowCount - 1, columnCount() - 1));
    }
}

int PlanComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RowCount;
}

int PlanComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog.plans.size());
}

QString PlanComparisonModel::priceRuleText(const QLocale &locale, const PlanTerms &terms)
{
    if (terms.isFree())
        return tr("Free");
    const int bp = terms.percentBasisPoints;
    const QString percent = locale.toString(bp / 100.0, 'f', bp % 100 == 0 ? 0 : 2);
    return tr("%1% of monthly spend, at least %2")
        .arg(percent, Formatting::money(locale, terms.minimumCents));
}

QString PlanComparisonModel::targetText(const QLocale &locale, const ResponseTarget &target)
{
    switch (target.clock) {
    case TargetClock::None: return QStringLiteral("—");
    case TargetClock::Business:
        return tr("%1, business hours").arg(Formatting::targetMinutes(locale, target.minutes));
    case TargetClock::Continuous:
        return tr("%1, 24/7").arg(Formatting::targetMinutes(locale, target.minutes));
    }
    return {};
}

QVariant PlanComparisonModel::display(const PlanTerms &terms, int row) const
{
    const QLocale locale = m_context.locale();
    switch (row) {
    case PriceRule: return priceRuleText(locale, terms);
    case PriceForSpend: return Formatting::money(locale, planFee(terms, m_spendCents));
    case ResponseP1:
    case ResponseP2:
    case ResponseP3: return targetText(locale, terms.targets[row - ResponseP1]);
    default: return terms.has(AllPlanFeatures[row - FirstFeature]) ? tr("Yes") : QStringLiteral("—");
    }
}

QVariant PlanComparisonModel::raw(const PlanTerms &terms, int row) const
{
    switch (row) {
    case PriceRule: return terms.percentBasisPoints;
    case PriceForSpend: return planFee(terms, m_spendCents);
    case ResponseP1:
    case ResponseP2:
    case ResponseP3: {
        const ResponseTarget &target = terms.targets[row - ResponseP1];
        return target.exists() ? QVariant(target.minutes) : QVariant();
    }
    default: return terms.has(AllPlanFeatures[row - FirstFeature]);
    }
}

QVariant PlanComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Plan &plan = m_catalog.plans.at(index.column());
    const PlanTerms &terms = plan.termsOn(m_on);
    const bool recommended = m_recommended && *m_recommended == plan.id;
    switch (role) {
    case Qt::DisplayRole: return display(terms, index.row());
    case Formatting::RawValueRole: return raw(terms, index.row());
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole: return recommended ? QVariant(QBrush(QColor(0xd8, 0xf0, 0xd8))) : QVariant();
    case Qt::FontRole: {
        if (!recommended && index.row() != PriceForSpend)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    default: return {};
    }
}

QVariant PlanComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const Plan &plan = m_catalog.plans.at(section);
        if (role == Qt::DisplayRole) {
            const QString name = plan.name(m_context.languageCode());
            return m_recommended && *m_recommended == plan.id ? tr("%1 ✔").arg(name) : name;
        }
        if (role == Formatting::RawValueRole)
            return plan.id;
        return {};
    }
    if (role != Qt::DisplayRole || section < 0 || section >= RowCount)
        return {};
    switch (section) {
    case PriceRule: return tr("Monthly price");
    case PriceForSpend: return tr("Price for your spend");
    case ResponseP1: return tr("P1 guaranteed response");
    case ResponseP2: return tr("P2 guaranteed response");
    case ResponseP3: return tr("P3 guaranteed response");
    default: return Formatting::planFeature(AllPlanFeatures[section - FirstFeature]);
    }
}
