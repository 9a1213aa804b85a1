#pragma once

#include "PlanAdvisor.h"

#include <QWidget>
#include <array>
#include <optional>

class ProblemBanner;
class AppContext;
class PlanComparisonModel;
class PlanTermsDialog;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

// The plans compared as on the vendor's page, priced for a monthly spend, and
// help to choose: the cheapest plan that meets the response targets and
// features the user ticks, with why each other plan does not fit.
class PlansView : public QWidget
{
    Q_OBJECT

public:
    explicit PlansView(AppContext &context, QWidget *parent = nullptr);

    QTableView *currentTable() const;

    // The needs as the form holds them, and the form set from needs.
    PlanNeeds needs() const;
    void setNeeds(const PlanNeeds &needs);
    // The spend typed, in cents; nullopt while the text is not an amount.
    std::optional<qint64> spendCents() const { return m_spendCents; }
    void setSpendText(const QString &text);

    // The advice for the current form: nullopt when no plan fits.
    std::optional<QString> recommendedPlanId() const { return m_recommended; }
    QString adviceText() const;
    // Why each other plan does or does not fit, one line per plan.
    QString otherPlansText() const;

    PlanComparisonModel *comparisonModel() const { return m_model; }

    // The plan whose column is current, empty when none.
    QString selectedPlanId() const;
    void selectPlan(const QString &planId);
    // Opens the terms editor of the selected plan (window-modal, deleted on
    // close); nullptr when no plan is selected.
    PlanTermsDialog *openTermsDialog();
    QPushButton *editTermsButton() const { return m_editTerms; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void readSpend();
    void updateAdvice();
    void retranslate();
    void updateActions();

    AppContext &m_context;
    PlanComparisonModel *m_model = nullptr;
    std::optional<qint64> m_spendCents = 0;
    std::optional<QString> m_recommended;

    QTableView *m_table = nullptr;
    QPushButton *m_editTerms = nullptr;
    QLabel *m_spendLabel = nullptr;
    QLineEdit *m_spend = nullptr;
    QLabel *m_spendError = nullptr;
    QGroupBox *m_needsBox = nullptr;
    std::array<QCheckBox *, PriorityCount> m_priorityChecks{};
    std::array<QSpinBox *, PriorityCount> m_prioritySpins{};
    QCheckBox *m_continuousP1 = nullptr;
    QList<QCheckBox *> m_featureChecks;
    QLabel *m_advice = nullptr;
    QLabel *m_others = nullptr;
    ProblemBanner *m_problem = nullptr;
};
