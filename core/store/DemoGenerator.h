#pragma once

#include "Expected.h"

#include <QCoreApplication>
#include <functional>

class Database;

struct DemoOptions
{
    int accounts = 24;
    qint64 tickets = 20000;
    int months = 12;
    quint32 seed = 1;
    // The sample ends with the month of this instant; nothing in it is later
    // than the start of that UTC day, so a run is the same all day long.
    qint64 nowUtc = 0;
};

struct DemoSummary
{
    int accounts = 0;
    int calendars = 0;
    int products = 0;
    qint64 tickets = 0;
};

// Fills an empty store with a realistic, reproducible sample: accounts in
// several zones and calendars, plan changes, spend, products of every
// category, tickets of every priority and channel, some still unanswered,
// and months that miss their guarantees.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    explicit DemoGenerator(Database &database);
    Expected<DemoSummary> generate(const DemoOptions &options,
                                   const std::function<void(qint64 done, qint64 total)> &progress = {}) const;

private:
    Database &m_database;
};
