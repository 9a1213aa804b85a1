#pragma once

#include "Expected.h"
#include "HelpdeskImport.h"

#include <QWizard>

class AppContext;
class ImportWizardDryRunPage;
class ImportWizardFilePage;
class ImportWizardImportPage;
class ImportWizardMappingPage;
class ImportWizardReconcilePage;
class ImportWizardSourcePage;
class ImportWizardZonePage;

// File → Import tickets: a help desk's export (or SupportDesk's own CSV)
// chosen, its source and mapping checked, its zone given, a dry run shown,
// then the import, all rows or none, on a thread of its own, and, when the
// export carries the help desk's own figures, their reconciliation.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, SourcePage, MappingPage, ZonePage, DryRunPage, ImportPage, ReconcilePage };

    explicit ImportWizard(AppContext &context, QWidget *parent = nullptr);
    ~ImportWizard() override;

    AppContext &context() const { return m_context; }

    // What the pages have settled so far.
    QString path() const { return m_path; }
    void setPath(const QString &path) { m_path = path; }
    const ExportPreview &preview() const { return m_preview; }
    void setPreview(const ExportPreview &preview);
    const ImportMapping &mapping() const { return m_mapping; }
    ImportMapping &mapping() { return m_mapping; }
    bool createMissing() const { return m_createMissing; }
    void setCreateMissing(bool create) { m_createMissing = create; }
    // The options of the dry run, the import and the reconciliation.
    HelpdeskImportOptions options() const;
    // Whether the export carries the help desk's own first-response figure.
    bool hasToolFigure() const;

    ImportWizardFilePage *filePage() const { return m_file; }
    ImportWizardSourcePage *sourcePage() const { return m_source; }
    ImportWizardMappingPage *mappingPage() const { return m_mappingPage; }
    ImportWizardZonePage *zonePage() const { return m_zone; }
    ImportWizardDryRunPage *dryRunPage() const { return m_dryRun; }
    ImportWizardImportPage *importPage() const { return m_import; }
    ImportWizardReconcilePage *reconcilePage() const { return m_reconcile; }
    // True while the import writes to the store.
    bool isImportRunning() const;

    void reject() override;

signals:
    // The import has ended, written (the number of tickets) or not (why).
    void importFinished(const Expected<qint64> &imported);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AppContext &m_context;
    QString m_path;
    ExportPreview m_preview;
    ImportMapping m_mapping;
    bool m_createMissing = false;
    ImportWizardFilePage *m_file = nullptr;
    ImportWizardSourcePage *m_source = nullptr;
    ImportWizardMappingPage *m_mappingPage = nullptr;
    ImportWizardZonePage *m_zone = nullptr;
    ImportWizardDryRunPage *m_dryRun = nullptr;
    ImportWizardImportPage *m_import = nullptr;
    ImportWizardReconcilePage *m_reconcile = nullptr;
};
