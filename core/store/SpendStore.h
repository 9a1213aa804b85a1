#pragma once

#include "Expected.h"
#include "YearMonth.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

class Database;

// What each account spent per month, in cents. A month without an entry has
// spent nothing.
class SpendStore
{
    Q_DECLARE_TR_FUNCTIONS(SpendStore)

public:
    explicit SpendStore(Database &database);

    // Sets (or replaces) the month's spend; it cannot be negative.
    Status set(qint64 accountId, YearMonth month, qint64 cents);
    // Forgets the month's entry, so it counts as no spend.
    Status clear(qint64 accountId, YearMonth month);
    // nullopt when no spend was entered for that month.
    Expected<std::optional<qint64>> get(qint64 accountId, YearMonth month) const;
    // Cents by YearMonth::index().
    Expected<QHash<int, qint64>> forAccount(qint64 accountId) const;
    // Cents by account id, then by YearMonth::index().
    Expected<QHash<qint64, QHash<int, qint64>>> all() const;

private:
    Database &m_database;
};
