#include "ImportDialog.h"

#include "AppContext.h"
#include "BackgroundWrite.h"
#include "Database.h"
#include "TicketImporter.h"

#include <QEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <memory>

namespace {

// The bar counts per mille of the file: byte counts overflow an int.
constexpr int Steps = 1000;

} // namespace

ImportDialog::ImportDialog(AppContext &context, QWidget *parent) : QProgressDialog(parent), m_context(context)
{
    setWindowModality(Qt::NonModal);
    setRange(0, Steps);
    setMinimumDuration(300);
    setAutoClose(false);
    setAutoReset(false);
    m_write = new BackgroundWrite(context.database(), this);
    connect(m_write, &BackgroundWrite::progressed, this, [this](const ImportProgress &progress) {
        switch (progress.phase) {
        case ImportProgress::Phase::Writing:
            setValue(progress.total > 0 ? int(progress.done * Steps / progress.total) : 0);
            break;
        case ImportProgress::Phase::Indexing:
            // No count to show: the bar turns busy until saving.
            setLabelText(tr("Rebuilding indexes…"));
            setRange(0, 0);
            break;
        case ImportProgress::Phase::Committing: setLabelText(tr("Saving…")); break;
        }
    });
    connect(m_write, &BackgroundWrite::finished, this, &ImportDialog::finish);
    connect(this, &QProgressDialog::canceled, this, &ImportDialog::cancelImport);
    retranslate();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import tickets"));
    setCancelButtonText(tr("Cancel"));
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QProgressDialog::changeEvent(event);
}

void ImportDialog::cancelImport()
{
    m_write->cancel();
    if (!m_write->isRunning())
        return;
    // Seen at the import's next step; the dialog stays until it has stopped.
    setLabelText(tr("Cancelling…"));
    show();
}

bool ImportDialog::isRunning() const
{
    return m_write->isRunning();
}

void ImportDialog::start(const QString &path)
{
    m_result.reset();
    setLabelText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    setRange(0, Steps);
    setValue(0);
    m_context.beginLongWrite();
    // Written by the import's thread, read here once it has ended.
    m_imported = std::make_shared<qint64>(0);
    m_write->start(
        [path, imported = m_imported](Database &store, const BackgroundWrite::Progress &progress) -> Status {
            const auto summary = TicketImporter(store).importFile(path, progress);
            if (!summary)
                return summary.error();
            *imported = summary->tickets;
            return success();
        });
}

void ImportDialog::finish(const Status &outcome)
{
    setRange(0, Steps);
    setValue(Steps);
    m_context.endLongWrite();
    if (outcome.errorKind() == Error::Kind::Cancelled)
        m_result = Expected<qint64>::failure(Error::Kind::Cancelled,
                                             tr("The import was cancelled: no ticket was changed."));
    else if (!outcome)
        m_result = Expected<qint64>(outcome.error());
    else
        m_result = Expected<qint64>(*m_imported);
    if (outcome)
        m_context.notifyDataChanged();
    emit importFinished(*m_result);
}

Expected<qint64> ImportDialog::importFile(const QString &path)
{
    start(path);
    if (!m_result) {
        QEventLoop loop;
        connect(this, &ImportDialog::importFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return *m_result;
}
