#include "FirstRunDialog.h"

#include "AccountStore.h"
#include "AppContext.h"
#include "Database.h"

#include <QMessageBox>
#include <QProgressDialog>

DemoOptions FirstRunDialog::sampleOptions(qint64 nowUtc)
{
    DemoOptions options;
    options.accounts = 40;
    options.tickets = 60000;
    options.months = 12;
    options.seed = 1;
    options.nowUtc = nowUtc;
    return options;
}

bool FirstRunDialog::storeIsEmpty(AppContext &context)
{
    // A store that cannot be read is not offered a sample: its views say why.
    const auto accounts = AccountStore(context.database()).all();
    return accounts && accounts->isEmpty();
}

bool FirstRunDialog::offerIfEmpty(AppContext &context, QWidget *parent)
{
    if (!storeIsEmpty(context) || context.database().isReadOnly())
        return false;
    const DemoOptions options = sampleOptions(context.nowUtc());
    const QLocale locale = context.locale();
    const auto answer = QMessageBox::question(
        parent, tr("Welcome to SupportDesk"),
        tr("This store has no accounts yet.\n\nLoad a sample of %1 accounts and %2 tickets over the last %3 "
           "months, "
           "so that you can explore the reports and charts right away? You can also start empty and import "
           "your own tickets.")
            .arg(locale.toString(options.accounts), locale.toString(qlonglong(options.tickets)),
                 locale.toString(options.months)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return false;
    const auto loaded = loadSample(context, options, parent);
    if (!loaded) {
        QMessageBox::warning(parent, tr("Welcome to SupportDesk"),
                             tr("The sample could not be loaded.\n\n%1").arg(loaded.message()));
        return false;
    }
    return true;
}

Expected<DemoSummary> FirstRunDialog::loadSample(AppContext &context, const DemoOptions &options,
                                                 QWidget *parent)
{
    QProgressDialog progress(tr("Loading the sample…"), QString(), 0, 1000, parent);
    progress.setWindowTitle(tr("Welcome to SupportDesk"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setCancelButton(nullptr); // one transaction: nothing to stop half-way
    const auto summary =
        DemoGenerator(context.database()).generate(options, [&progress](qint64 done, qint64 total) {
            progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
            QCoreApplication::processEvents();
        });
    progress.setValue(1000);
    if (summary)
        context.notifyDataChanged();
    return summary;
}
