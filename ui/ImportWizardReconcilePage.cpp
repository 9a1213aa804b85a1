#include "ImportWizardReconcilePage.h"

#include "AppContext.h"
#include "Database.h"
#include "HelpdeskImport.h"
#include "ImportWizard.h"
#include "ImportWizardProgress.h"
#include "ReconciliationReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString utcText(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

// "2:05:00": business or real time as hours, minutes and seconds.
QString hoursText(qint64 seconds)
{
    const qint64 magnitude = qAbs(seconds);
    return QStringLiteral("%1%2:%3:%4")
        .arg(seconds < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 3600)
        .arg(magnitude / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(magnitude % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ImportWizardReconcilePage::ImportWizardReconcilePage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard)
{
    m_progress = new ImportWizardProgress(wizard->context(), this);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("reconciliationSummary"));
    m_summary->setReadOnly(true);
    m_summary->setTabChangesFocus(true);
    m_mismatches = new QTableWidget(0, 8, this);
    m_mismatches->setObjectName(QStringLiteral("mismatches"));
    m_mismatches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mismatches->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mismatches->verticalHeader()->hide();
    m_mismatches->horizontalHeader()->setStretchLastSection(true);
    m_export = new QPushButton(this);
    m_export->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_mismatches, 2);
    layout->addWidget(m_export, 0, Qt::AlignRight);
    connect(m_progress, &ImportWizardProgress::finished, this, &ImportWizardReconcilePage::finish);
    connect(m_export, &QPushButton::clicked, this, &ImportWizardReconcilePage::exportMismatches);
    retranslate();
}

ImportWizardReconcilePage::~ImportWizardReconcilePage() = default;

void ImportWizardReconcilePage::retranslate()
{
    setTitle(tr("Reconciliation"));
    setSubTitle(tr("The help desk's own first-response figures against SupportDesk's, on each account's "
                   "calendar and plan. Nothing is written."));
    m_mismatches->setHorizontalHeaderLabels({tr("Ticket"), tr("Account"), tr("Created (UTC)"), tr("Ours"),
                                             tr("Theirs"), tr("Difference"), tr("Likely cause"),
                                             tr("Dates")});
    m_export->setText(tr("&Export CSV…"));
    showResult();
}

void ImportWizardReconcilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportWizardReconcilePage::initializePage()
{
    m_progress->cancelAndWait();
    m_outcome.reset();
    m_reconciler.reset();
    showResult();
    const QString path = m_wizard->path();
    const HelpdeskImportOptions options = m_wizard->options();
    m_running = std::make_shared<std::unique_ptr<Reconciler>>();
    // A read: BackgroundWrite only gives it a thread and a connection.
    m_progress->start(tr("Comparing %1…").arg(QFileInfo(path).fileName()),
                      [path, options, result = m_running](
                          Database &store, const BackgroundWrite::Progress &progress) -> Status {
                          auto reconciler = HelpdeskImport(store).reconcile(path, options, progress);
                          if (!reconciler)
                              return reconciler.error();
                          *result = std::move(*reconciler);
                          return success();
                      });
    emit completeChanged();
}

void ImportWizardReconcilePage::cancel()
{
    m_progress->cancel();
}

void ImportWizardReconcilePage::finish(const Status &outcome)
{
    m_outcome = outcome;
    if (outcome && m_running)
        m_reconciler = std::move(*m_running);
    m_running.reset();
    showResult();
    emit completeChanged();
    emit reconciliationFinished();
}

void ImportWizardReconcilePage::showResult()
{
    m_export->setEnabled(m_reconciler && !m_reconciler->mismatches().isEmpty());
    if (!m_outcome) {
        m_summary->clear();
        m_mismatches->setRowCount(0);
        return;
    }
    if (!*m_outcome) {
        m_progress->label()->setText(m_outcome->errorKind() == Error::Kind::Cancelled ? tr("Stopped.")
                                                                                      : tr("Failed."));
        m_summary->setPlainText(m_outcome->message());
        return;
    }
    m_progress->label()->setText(tr("Compared."));
    m_summary->setPlainText(ReconciliationReport::summaryText(*m_reconciler));
    const QList<ReconciledMismatch> &mismatches = m_reconciler->mismatches();
    m_mismatches->setRowCount(int(mismatches.size()));
    for (int row = 0; row < mismatches.size(); ++row) {
        const ReconciledMismatch &mismatch = mismatches.at(row);
        QString theirs;
        switch (mismatch.figure.kind) {
        case ToolFigure::Kind::BusinessSeconds: theirs = hoursText(mismatch.figure.value); break;
        case ToolFigure::Kind::WithinTarget:
            theirs = mismatch.figure.value ? tr("within target") : tr("target missed");
            break;
        case ToolFigure::Kind::RemainingSeconds:
            theirs = tr("%1 left").arg(formatSignedDuration(mismatch.figure.value));
            break;
        }
        QStringList dates;
        for (const QDate &date : mismatch.cause.dates)
            dates << date.toString(Qt::ISODate);
        const QStringList cells{
            mismatch.ticketId,
            mismatch.account,
            utcText(mismatch.createdAt),
            hoursText(mismatch.oursSeconds),
            theirs,
            mismatch.differenceSeconds ? formatSignedDuration(*mismatch.differenceSeconds) : QString(),
            QCoreApplication::translate("MismatchCause", mismatchCauseLabel(mismatch.cause.cause)),
            dates.join(QStringLiteral(", "))};
        for (int column = 0; column < cells.size(); ++column)
            m_mismatches->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

bool ImportWizardReconcilePage::isComplete() const
{
    return m_outcome.has_value();
}

Status ImportWizardReconcilePage::exportMismatchesTo(const QString &path) const
{
    if (!m_reconciler)
        return Status::failure(Error::Kind::InvalidInput, tr("There is no reconciliation to export."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Error::Kind::Storage,
                               tr("%1: cannot write: %2").arg(path, file.errorString()));
    if (Status written = ReconciliationReport::writeCsv(m_reconciler->mismatches(), &file); !written)
        return written;
    if (!file.commit())
        return Status::failure(Error::Kind::Storage,
                               tr("%1: cannot write: %2").arg(path, file.errorString()));
    return success();
}

void ImportWizardReconcilePage::exportMismatches()
{
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the mismatches"),
        settings.value(QStringLiteral("paths/import")).toString() + QStringLiteral("/reconciliation.csv"),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const Status written = exportMismatchesTo(path);
    if (!written)
        QMessageBox::warning(this, tr("Export the mismatches"),
                             tr("The mismatches were not exported.\n\n%1").arg(written.message()));
}
