#pragma once

#include "Expected.h"
#include "Plan.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <array>

class AppContext;
class PlanTermsModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

// Edits a plan's terms without rewriting history: the user sets new terms
// (monthly price rule, first-response target per priority with its clock,
// channels and services) from the first day of a month, this month or later,
// so months already reported keep the terms they were computed with. Shows
// the terms in force and the plan's terms by date.
class PlanTermsDialog : public QDialog
{
    Q_OBJECT

public:
    // The fields whose input is checked; each has its message beside it.
    enum Field {
        EffectiveFromField,
        PercentField,
        MinimumField,
        TargetP1Field,
        TargetP2Field,
        TargetP3Field,
        FieldCount
    };

    PlanTermsDialog(AppContext &context, const QString &planId, QWidget *parent = nullptr);

    QString planId() const { return m_plan.id; }
    // The first day of the month the new terms apply from.
    QDate effectiveFrom() const;
    void setEffectiveFrom(QDate date);

    // The terms the form holds; a failure shows each problem beside its
    // field and gives the first one.
    Expected<PlanTerms> formTerms();
    // Checks and saves the form in one transaction; every view then reloads.
    // False with the reason shown when refused.
    bool save();
    void accept() override;

    QLineEdit *percentEdit() const { return m_percent; }
    QLineEdit *minimumEdit() const { return m_minimum; }
    QComboBox *clockCombo(Priority priority) const { return m_clocks[priorityIndex(priority)]; }
    QSpinBox *minutesSpin(Priority priority) const { return m_minutes[priorityIndex(priority)]; }
    QCheckBox *featureCheck(PlanFeature feature) const { return m_features.at(int(feature)); }
    QString fieldError(Field field) const;
    QString errorText() const;
    QString inForceText() const;
    PlanTermsModel *historyModel() const { return m_history; }
    QDialogButtonBox *buttons() const { return m_buttons; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadPlan();
    void fillForm(const PlanTerms &terms);
    QString summary(const PlanTerms &terms) const;
    // Someone changed these terms meanwhile: the form shows them as stored.
    void reloadAfterConflict(const QString &message);
    void updateNote();
    void setFieldError(Field field, const QString &text);
    void retranslate();

    AppContext &m_context;
    Plan m_plan;
    QDate m_today;
    // The version of each terms date when read: a save is refused when the
    // stored one moved on meanwhile.
    QHash<QDate, qint64> m_versions;
    PlanTermsModel *m_history = nullptr;

    QLabel *m_inForce = nullptr;
    QGroupBox *m_inForceBox = nullptr;
    QGroupBox *m_newBox = nullptr;
    QGroupBox *m_historyBox = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_percentLabel = nullptr;
    QLineEdit *m_percent = nullptr;
    QLabel *m_minimumLabel = nullptr;
    QLineEdit *m_minimum = nullptr;
    std::array<QLabel *, PriorityCount> m_targetLabels{};
    std::array<QComboBox *, PriorityCount> m_clocks{};
    std::array<QSpinBox *, PriorityCount> m_minutes{};
    QLabel *m_featuresLabel = nullptr;
    QList<QCheckBox *> m_features;
    std::array<QLabel *, FieldCount> m_errors{};
    QLabel *m_note = nullptr;
    QTableView *m_historyTable = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
