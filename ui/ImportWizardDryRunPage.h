#pragma once

#include "Expected.h"
#include "HelpdeskImport.h"

#include <QWizardPage>
#include <memory>
#include <optional>

class ImportWizard;
class ImportWizardProgress;
class QLabel;
class QTableWidget;

// What the import would do, found without writing anything: the tickets
// new, updated, unchanged, refused and skipped, what would be added, the
// refused rows and the first tickets. The import is all rows or none: it is
// offered only when no row is refused.
class ImportWizardDryRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardDryRunPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    void cancel();
    bool isRunning() const;
    bool isFinished() const { return m_result.has_value(); }
    // The last dry run's outcome, once finished.
    const std::optional<Expected<ImportDryRun>> &result() const { return m_result; }
    ImportWizardProgress *progress() const { return m_progress; }
    QTableWidget *refusalTable() const { return m_refusals; }
    QTableWidget *ticketTable() const { return m_tickets; }

signals:
    void dryRunFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void finish(const Status &outcome);
    void showResult();
    void retranslate();

    ImportWizard *m_wizard;
    ImportWizardProgress *m_progress = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_additions = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_refusalsLabel = nullptr;
    QTableWidget *m_refusals = nullptr;
    QLabel *m_ticketsLabel = nullptr;
    QTableWidget *m_tickets = nullptr;
    std::shared_ptr<ImportDryRun> m_running;
    std::optional<Expected<ImportDryRun>> m_result;
};
