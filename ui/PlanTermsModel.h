#pragma once

#include "Plan.h"

#include <QAbstractTableModel>
#include <QDate>

class AppContext;

// One plan's terms by the date they apply from: what it cost and guaranteed
// at each date, which terms are in force today and which are planned.
class PlanTermsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EffectiveFrom,
        State,
        PriceRule,
        ResponseP1,
        ResponseP2,
        ResponseP3,
        Features,
        ColumnCount
    };

    explicit PlanTermsModel(AppContext &context, QObject *parent = nullptr);

    // `today` decides which terms are in force, earlier or planned.
    void setPlan(const Plan &plan, QDate today);
    const PlanTerms &terms(int row) const { return m_plan.terms.at(row); }
    // The row of the terms in force today, -1 when the plan has none.
    int rowInForce() const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;

    AppContext &m_context;
    Plan m_plan;
    QDate m_today;
};
