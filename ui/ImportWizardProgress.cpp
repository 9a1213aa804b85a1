#include "ImportWizardProgress.h"

#include "AppContext.h"
#include "Database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The bar counts per mille of the file: byte counts overflow an int.
constexpr int Steps = 1000;

} // namespace

ImportWizardProgress::ImportWizardProgress(AppContext &context, QWidget *parent) : QWidget(parent)
{
    m_work = new BackgroundWrite(context.database(), this);
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, Steps);
    m_cancel = new QPushButton(this);
    m_cancel->setEnabled(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addLayout(row);
    connect(m_work, &BackgroundWrite::progressed, this, [this](const ImportProgress &progress) {
        switch (progress.phase) {
        case ImportProgress::Phase::Writing:
            m_bar->setValue(progress.total > 0 ? int(progress.done * Steps / progress.total) : 0);
            break;
        case ImportProgress::Phase::Indexing:
            // No count to show: the bar turns busy until saving.
            m_label->setText(tr("Rebuilding indexes…"));
            m_bar->setRange(0, 0);
            break;
        case ImportProgress::Phase::Committing: m_label->setText(tr("Saving…")); break;
        }
    });
    connect(m_work, &BackgroundWrite::finished, this, [this](const Status &outcome) {
        m_bar->setRange(0, Steps);
        m_bar->setValue(Steps);
        m_cancel->setEnabled(false);
        emit finished(outcome);
    });
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizardProgress::cancel);
    retranslate();
}

void ImportWizardProgress::retranslate()
{
    m_cancel->setText(tr("&Stop"));
}

void ImportWizardProgress::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ImportWizardProgress::start(const QString &label, BackgroundWrite::Work work)
{
    m_label->setText(label);
    m_bar->setRange(0, Steps);
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    m_work->start(std::move(work));
}

void ImportWizardProgress::cancel()
{
    if (!m_work->isRunning())
        return;
    m_work->cancel();
    m_label->setText(tr("Stopping…"));
}

void ImportWizardProgress::cancelAndWait()
{
    if (!m_work->isRunning())
        return;
    cancel();
    (void)m_work->waitForFinished();
}
