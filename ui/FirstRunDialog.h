#pragma once

#include "DemoGenerator.h"
#include "Expected.h"

#include <QCoreApplication>

class AppContext;
class QWidget;

// On a first start with an empty store, offers to load the demo sample so a
// new user sees real reports and charts at once.
class FirstRunDialog
{
    Q_DECLARE_TR_FUNCTIONS(FirstRunDialog)

public:
    // The sample offered: a year of a mid-sized support desk.
    static DemoOptions sampleOptions(qint64 nowUtc);

    static bool storeIsEmpty(AppContext &context);
    // Asks, then loads the sample with a progress dialog; false when the
    // store was not empty, the user declined, or the sample failed (said).
    static bool offerIfEmpty(AppContext &context, QWidget *parent);
    // Loads the sample with a progress dialog, without asking.
    static Expected<DemoSummary> loadSample(AppContext &context, const DemoOptions &options, QWidget *parent);
};
