#include "ImportWizardImportPage.h"

#include "AppContext.h"
#include "Database.h"
#include "HelpdeskImport.h"
#include "ImportWizard.h"
#include "ImportWizardProgress.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

ImportWizardImportPage::ImportWizardImportPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_context(wizard->context())
{
    m_progress = new ImportWizardProgress(wizard->context(), this);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("importOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    connect(m_progress, &ImportWizardProgress::finished, this, &ImportWizardImportPage::finish);
    retranslate();
}

void ImportWizardImportPage::retranslate()
{
    setTitle(tr("Import"));
    setSubTitle(tr("All rows or none: stopping the import leaves the store as it was."));
    showResult();
}

void ImportWizardImportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportWizardImportPage::initializePage()
{
    m_result.reset();
    showResult();
    const QString path = m_wizard->path();
    const HelpdeskImportOptions options = m_wizard->options();
    m_context.beginLongWrite();
    // Written by the import's thread, read here once it has ended.
    m_imported = std::make_shared<qint64>(0);
    m_progress->start(tr("Importing %1…").arg(QFileInfo(path).fileName()),
                      [path, options, imported = m_imported](
                          Database &store, const BackgroundWrite::Progress &progress) -> Status {
                          const auto summary = HelpdeskImport(store).importFile(path, options, progress);
                          if (!summary)
                              return summary.error();
                          *imported = summary->tickets;
                          return success();
                      });
    emit completeChanged();
}

ImportWizardImportPage::~ImportWizardImportPage()
{
    // The thread's end is no longer told to this page (its BackgroundWrite
    // goes with it, waiting for the rollback): the long write ends here.
    if (isRunning()) {
        cancel();
        m_context.endLongWrite();
    }
}

void ImportWizardImportPage::cancel()
{
    m_progress->cancel();
}

void ImportWizardImportPage::cancelAndWait()
{
    m_progress->cancelAndWait();
}

bool ImportWizardImportPage::isRunning() const
{
    return m_progress->isRunning();
}

void ImportWizardImportPage::finish(const Status &outcome)
{
    m_context.endLongWrite();
    if (outcome.errorKind() == Error::Kind::Cancelled)
        m_result = Expected<qint64>::failure(Error::Kind::Cancelled,
                                             tr("The import was stopped: no ticket was changed."));
    else if (!outcome)
        m_result = Expected<qint64>(outcome.error());
    else
        m_result = Expected<qint64>(*m_imported);
    if (outcome)
        m_context.notifyDataChanged();
    showResult();
    emit completeChanged();
    emit importFinished(*m_result);
}

void ImportWizardImportPage::showResult()
{
    if (!m_result) {
        m_outcome->clear();
        return;
    }
    if (!*m_result) {
        m_progress->label()->setText(tr("Nothing was imported."));
        m_outcome->setText(m_result->message());
        return;
    }
    m_progress->label()->setText(tr("Imported."));
    QString text = tr("Tickets imported: %1.").arg(m_context.locale().toString(**m_result));
    if (m_wizard->hasToolFigure())
        text += u' ' + tr("Next compares the help desk's own first-response figures with SupportDesk's.");
    m_outcome->setText(text);
}

bool ImportWizardImportPage::isComplete() const
{
    return m_result.has_value();
}

int ImportWizardImportPage::nextId() const
{
    const bool imported = m_result && m_result->ok();
    return imported && m_wizard->hasToolFigure() ? ImportWizard::ReconcilePage : -1;
}
