#pragma once

#include "Expected.h"

#include <QWizardPage>
#include <memory>
#include <optional>

class AppContext;
class ImportWizard;
class ImportWizardProgress;
class QLabel;

// The import itself: one transaction on a thread and a connection of its
// own, the window usable meanwhile (read-only). Stopping it leaves the
// store exactly as it was.
class ImportWizardImportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardImportPage(ImportWizard *wizard);
    // An import still running is stopped: nothing of it is kept.
    ~ImportWizardImportPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    void cancel();
    // Stops the import and waits for its end (the store as it was).
    void cancelAndWait();
    bool isRunning() const;
    bool isFinished() const { return m_result.has_value(); }
    // The number of tickets imported, or why none was; once finished.
    const std::optional<Expected<qint64>> &result() const { return m_result; }
    ImportWizardProgress *progress() const { return m_progress; }

signals:
    void importFinished(const Expected<qint64> &imported);

protected:
    void changeEvent(QEvent *event) override;

private:
    void finish(const Status &outcome);
    void showResult();
    void retranslate();

    ImportWizard *m_wizard;
    AppContext &m_context;
    ImportWizardProgress *m_progress = nullptr;
    QLabel *m_outcome = nullptr;
    std::shared_ptr<qint64> m_imported;
    std::optional<Expected<qint64>> m_result;
};
