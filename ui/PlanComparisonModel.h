#pragma once

#include "PlanCatalog.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QLocale>
#include <optional>

class AppContext;

// The plans side by side as the vendor's page shows them: plans as columns,
// then the monthly price rule, the price for the spend the user entered, the
// guaranteed first response per priority and each feature.
class PlanComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row {
        PriceRule,
        PriceForSpend,
        ResponseP1,
        ResponseP2,
        ResponseP3,
        FirstFeature,
        RowCount = FirstFeature + int(AllPlanFeatures.size())
    };

    explicit PlanComparisonModel(AppContext &context, QObject *parent = nullptr);

    // The catalog shown with the terms in force on `on`.
    void setCatalog(const PlanCatalog &catalog, QDate on);
    void setSpend(qint64 cents);
    // The plan whose column is highlighted as the advice; none for nothing.
    void setRecommended(const std::optional<QString> &planId);
    const PlanCatalog &catalog() const { return m_catalog; }
    QDate date() const { return m_on; }
    void retranslate();

    // "4% of monthly spend, at least $250.00", "Free".
    static QString priceRuleText(const QLocale &locale, const PlanTerms &terms);
    // "3 h, business hours", "60 min, 24/7", "—".
    static QString targetText(const QLocale &locale, const ResponseTarget &target);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const PlanTerms &terms, int row) const;
    QVariant raw(const PlanTerms &terms, int row) const;

    AppContext &m_context;
    PlanCatalog m_catalog;
    QDate m_on;
    qint64 m_spendCents = 0;
    std::optional<QString> m_recommended;
};
