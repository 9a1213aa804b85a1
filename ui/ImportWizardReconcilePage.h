#pragma once

#include "Expected.h"

#include <QWizardPage>
#include <memory>
#include <optional>

class ImportWizard;
class ImportWizardProgress;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class Reconciler;

// The help desk's own first-response figures against SupportDesk's, ticket
// by ticket, on each account's calendar and plan: a summary, the
// mismatches and their likely cause, and the mismatches as CSV.
class ImportWizardReconcilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardReconcilePage(ImportWizard *wizard);
    ~ImportWizardReconcilePage() override;

    void initializePage() override;
    bool isComplete() const override;
    void cancel();
    bool isFinished() const { return m_outcome.has_value(); }
    // Empty until finished; the failure when it failed.
    const std::optional<Status> &outcome() const { return m_outcome; }
    const Reconciler *reconciler() const { return m_reconciler.get(); }
    QTableWidget *mismatchTable() const { return m_mismatches; }
    // Writes the mismatches as the command line does (ReconciliationReport::writeCsv).
    Status exportMismatchesTo(const QString &path) const;

signals:
    void reconciliationFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void finish(const Status &outcome);
    void showResult();
    void exportMismatches();
    void retranslate();

    ImportWizard *m_wizard;
    ImportWizardProgress *m_progress = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QTableWidget *m_mismatches = nullptr;
    QPushButton *m_export = nullptr;
    std::shared_ptr<std::unique_ptr<Reconciler>> m_running;
    std::unique_ptr<Reconciler> m_reconciler;
    std::optional<Status> m_outcome;
};
