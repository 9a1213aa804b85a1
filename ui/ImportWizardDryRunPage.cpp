#include "ImportWizardDryRunPage.h"

#include "AppContext.h"
#include "Database.h"
#include "ImportWizard.h"
#include "ImportWizardProgress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString utcText(std::optional<qint64> seconds)
{
    if (!seconds)
        return {};
    return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC).toString(Qt::ISODate);
}

QTableWidget *newTable(QWidget *parent, int columns)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

ImportWizardDryRunPage::ImportWizardDryRunPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    m_progress = new ImportWizardProgress(wizard->context(), this);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("dryRunCounts"));
    m_counts->setWordWrap(true);
    m_additions = new QLabel(this);
    m_additions->setWordWrap(true);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_refusalsLabel = new QLabel(this);
    m_refusals = newTable(this, 2);
    m_refusals->setObjectName(QStringLiteral("refusals"));
    m_refusalsLabel->setBuddy(m_refusals);
    m_ticketsLabel = new QLabel(this);
    m_tickets = newTable(this, 9);
    m_tickets->setObjectName(QStringLiteral("firstTickets"));
    m_ticketsLabel->setBuddy(m_tickets);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_additions);
    layout->addWidget(m_verdict);
    layout->addWidget(m_refusalsLabel);
    layout->addWidget(m_refusals, 1);
    layout->addWidget(m_ticketsLabel);
    layout->addWidget(m_tickets, 1);
    connect(m_progress, &ImportWizardProgress::finished, this, &ImportWizardDryRunPage::finish);
    // The next page writes: there is no going back from it.
    setCommitPage(true);
    retranslate();
}

void ImportWizardDryRunPage::retranslate()
{
    setTitle(tr("Dry run"));
    setSubTitle(tr("What the import would do. Nothing has been written yet."));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_refusalsLabel->setText(tr("&Refused rows:"));
    m_refusals->setHorizontalHeaderLabels({tr("Line"), tr("Reason")});
    m_ticketsLabel->setText(tr("First &tickets, as they would be stored (times in UTC):"));
    m_tickets->setHorizontalHeaderLabels({tr("Id"), tr("Account"), tr("Subject"), tr("Priority"),
                                          tr("Product"), tr("Channel"), tr("Created"), tr("First response"),
                                          tr("Resolved")});
    showResult();
}

void ImportWizardDryRunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportWizardDryRunPage::initializePage()
{
    m_progress->cancelAndWait();
    m_result.reset();
    m_refusals->setRowCount(0);
    m_tickets->setRowCount(0);
    showResult();
    const QString path = m_wizard->path();
    const HelpdeskImportOptions options = m_wizard->options();
    // Written by the work's thread, read here once it has ended.
    m_running = std::make_shared<ImportDryRun>();
    m_progress->start(tr("Reading %1…").arg(QFileInfo(path).fileName()),
                      [path, options, run = m_running](Database &store,
                                                       const BackgroundWrite::Progress &progress) -> Status {
                          auto result = HelpdeskImport(store).dryRun(path, options, progress);
                          if (!result)
                              return result.error();
                          *run = std::move(*result);
                          return success();
                      });
    emit completeChanged();
}

void ImportWizardDryRunPage::cleanupPage()
{
    cancel();
    QWizardPage::cleanupPage();
}

void ImportWizardDryRunPage::cancel()
{
    m_progress->cancel();
}

bool ImportWizardDryRunPage::isRunning() const
{
    return m_progress->isRunning();
}

void ImportWizardDryRunPage::finish(const Status &outcome)
{
    if (outcome)
        m_result = Expected<ImportDryRun>(*m_running);
    else
        m_result = Expected<ImportDryRun>(outcome.error());
    m_running.reset();
    showResult();
    emit completeChanged();
    emit dryRunFinished();
}

void ImportWizardDryRunPage::showResult()
{
    if (!m_result) {
        m_counts->clear();
        m_additions->clear();
        m_verdict->clear();
        return;
    }
    const QLocale locale = m_wizard->context().locale();
    if (!*m_result) {
        m_progress->label()->setText(m_result->errorKind() == Error::Kind::Cancelled ? tr("Stopped.")
                                                                                     : tr("Failed."));
        m_counts->setText(m_result->message());
        m_additions->clear();
        m_verdict->setText(tr("Go back to change the file or its mapping."));
        return;
    }
    const ImportDryRun &run = **m_result;
    m_progress->label()->setText(tr("Read."));
    m_counts->setText(tr("Tickets read: %1. New: %2, updated: %3, unchanged: %4. Refused: %5. Skipped by the "
                         "mapping: %6.")
                          .arg(locale.toString(run.tickets), locale.toString(run.newTickets),
                               locale.toString(run.updated), locale.toString(run.unchanged),
                               locale.toString(run.refused), locale.toString(run.skipped)));
    QStringList additions;
    if (!run.accountsToCreate.isEmpty())
        additions << tr("Accounts to add: %1.").arg(run.accountsToCreate.join(QStringLiteral(", ")));
    if (!run.productsToCreate.isEmpty())
        additions << tr("Products to add: %1.").arg(run.productsToCreate.join(QStringLiteral(", ")));
    m_additions->setText(additions.join(QLatin1Char('\n')));
    if (run.refused > 0)
        m_verdict->setText(
            tr("The import is all rows or none: go back and fix the mapping (or the file) so that "
               "no row is refused."));
    else if (run.tickets == 0)
        m_verdict->setText(tr("The file holds no ticket to import."));
    else
        m_verdict->setText(tr("Ready: Import writes these tickets in one transaction."));
    m_refusalsLabel->setText(
        run.refused > run.refusals.size()
            ? tr("&Refused rows (the first %1 of %2):")
                  .arg(locale.toString(run.refusals.size()), locale.toString(run.refused))
            : tr("&Refused rows:"));
    m_refusals->setRowCount(int(run.refusals.size()));
    for (int row = 0; row < run.refusals.size(); ++row) {
        const RowRefusal &refusal = run.refusals.at(row);
        m_refusals->setItem(row, 0, new QTableWidgetItem(QString::number(refusal.line)));
        m_refusals->setItem(row, 1, new QTableWidgetItem(refusal.reason));
    }
    m_tickets->setRowCount(int(run.firstTickets.size()));
    for (int row = 0; row < run.firstTickets.size(); ++row) {
        const Ticket &ticket = run.firstTickets.at(row);
        const QStringList cells{ticket.id,
                                ticket.account,
                                ticket.subject,
                                QCoreApplication::translate("Priority", priorityLabel(ticket.priority)),
                                ticket.product,
                                QCoreApplication::translate("Channel", channelLabel(ticket.channel)),
                                utcText(ticket.createdAt),
                                utcText(ticket.firstResponseAt),
                                utcText(ticket.resolvedAt)};
        for (int column = 0; column < cells.size(); ++column)
            m_tickets->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

bool ImportWizardDryRunPage::isComplete() const
{
    return m_result && m_result->ok() && (*m_result)->refused == 0 && (*m_result)->tickets > 0;
}
