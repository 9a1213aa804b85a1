#include "ImportWizard.h"

#include "ImportWizardDryRunPage.h"
#include "ImportWizardFilePage.h"
#include "ImportWizardImportPage.h"
#include "ImportWizardMappingPage.h"
#include "ImportWizardReconcilePage.h"
#include "ImportWizardSourcePage.h"
#include "ImportWizardZonePage.h"

#include <QEvent>

ImportWizard::ImportWizard(AppContext &context, QWidget *parent) : QWizard(parent), m_context(context)
{
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    m_file = new ImportWizardFilePage(this);
    m_source = new ImportWizardSourcePage(this);
    m_mappingPage = new ImportWizardMappingPage(this);
    m_zone = new ImportWizardZonePage(this);
    m_dryRun = new ImportWizardDryRunPage(this);
    m_import = new ImportWizardImportPage(this);
    m_reconcile = new ImportWizardReconcilePage(this);
    setPage(FilePage, m_file);
    setPage(SourcePage, m_source);
    setPage(MappingPage, m_mappingPage);
    setPage(ZonePage, m_zone);
    setPage(DryRunPage, m_dryRun);
    setPage(ImportPage, m_import);
    setPage(ReconcilePage, m_reconcile);
    setStartId(FilePage);
    connect(m_import, &ImportWizardImportPage::importFinished, this, &ImportWizard::importFinished);
    retranslate();
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setPreview(const ExportPreview &preview)
{
    m_preview = preview;
    m_mapping = preview.mapping;
}

HelpdeskImportOptions ImportWizard::options() const
{
    HelpdeskImportOptions options;
    options.createMissing = m_createMissing;
    // SupportDesk's own CSV is read by its own reader: zone-less times in
    // each ticket's account zone, no mapping.
    if (m_mapping.source == HelpdeskSource::SupportDesk)
        return options;
    options.source = m_mapping.source;
    options.mapping = m_mapping;
    options.zone = m_mapping.zone;
    return options;
}

bool ImportWizard::hasToolFigure() const
{
    return m_mapping.source != HelpdeskSource::SupportDesk &&
           !m_mapping.column(TicketField::ToolFirstResponse).isEmpty();
}

bool ImportWizard::isImportRunning() const
{
    return m_import->isRunning();
}

void ImportWizard::reject()
{
    // Closing stops what runs: an import cancelled leaves the store as it was.
    m_dryRun->cancel();
    m_import->cancelAndWait();
    m_reconcile->cancel();
    QWizard::reject();
}

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import tickets"));
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}
