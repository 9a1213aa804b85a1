#include "ImportDialog.h"

#include "AppContext.h"
#include "TicketImporter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFileInfo>

namespace {

// The bar counts per mille of the file: byte counts overflow an int.
constexpr int Steps = 1000;

} // namespace

ImportDialog::ImportDialog(AppContext &context, QWidget *parent) : QProgressDialog(parent), m_context(context)
{
    setWindowModality(Qt::WindowModal);
    setRange(0, Steps);
    setMinimumDuration(300);
    setAutoClose(false);
    setAutoReset(false);
    retranslate();
}

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

Expected<qint64> ImportDialog::importFile(const QString &path)
{
    m_cancelled = false;
    setLabelText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    setRange(0, Steps);
    setValue(0);
    const TicketImporter importer(m_context.database());
    const auto result = importer.importFile(path, [this](const ImportProgress &progress) {
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
        QCoreApplication::processEvents();
        if (wasCanceled())
            m_cancelled = true;
        return !m_cancelled;
    });
    setRange(0, Steps);
    setValue(Steps);
    if (m_cancelled)
        return Expected<qint64>::failure(Error::Kind::Cancelled,
                                         tr("The import was cancelled: no ticket was changed."));
    if (!result)
        return result.error();
    m_context.notifyDataChanged();
    return result->tickets;
}
