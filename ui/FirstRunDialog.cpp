#include "FirstRunDialog.h"

#include "AccountStore.h"
#include "AppContext.h"
#include "BackgroundWrite.h"
#include "Database.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <memory>

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
    // Not modal: the window repaints and can be looked at (not changed)
    // while the sample is written on a thread of its own.
    QProgressDialog progress(tr("Loading the sample…"), QString(), 0, 1000, parent);
    progress.setWindowTitle(tr("Welcome to SupportDesk"));
    progress.setMinimumDuration(0);
    progress.setCancelButton(nullptr);
    BackgroundWrite write(context.database());
    QObject::connect(&write, &BackgroundWrite::progressed, &progress,
                     [&progress](const ImportProgress &step) {
                         progress.setValue(step.total > 0 ? int(step.done * 1000 / step.total) : 0);
                     });
    auto summary = std::make_shared<DemoSummary>();
    context.beginLongWrite();
    write.start([options, summary](Database &store, const BackgroundWrite::Progress &report) -> Status {
        const auto made = DemoGenerator(store).generate(options, [&report](qint64 done, qint64 total) {
            static_cast<void>(report(ImportProgress{ImportProgress::Phase::Writing, done, total}));
        });
        if (!made)
            return made.error();
        *summary = *made;
        return success();
    });
    const Status outcome = write.waitForFinished();
    context.endLongWrite();
    progress.setValue(1000);
    if (!outcome)
        return outcome.error();
    context.notifyDataChanged();
    return *summary;
}
