#pragma once

#include "Claims.h"
#include "Expected.h"
#include "YearMonth.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

class Database;

// One decided claim, accepted or not, kept as the account's record.
struct ClaimRecord
{
    qint64 id = 0;
    qint64 accountId = 0;
    YearMonth month;
    QDate filedDate;
    ClaimOutcome outcome = ClaimOutcome::Accepted;
    qint64 amountCents = 0; // the credit granted; 0 unless accepted
    qint64 recordedAt = 0;  // UTC seconds
};

// Claims for credits and the credit balance they build up.
class ClaimStore
{
    Q_DECLARE_TR_FUNCTIONS(ClaimStore)

public:
    explicit ClaimStore(Database &database);

    // Records a decided claim and returns its id; a rejected claim grants
    // nothing whatever the amount. `recordedAtUtc` defaults to the current time.
    Expected<qint64> record(qint64 accountId, YearMonth month, QDate filed, ClaimOutcome outcome,
                            qint64 amountCents, std::optional<qint64> recordedAtUtc = std::nullopt);
    Expected<bool> hasAccepted(qint64 accountId, YearMonth month) const;
    Expected<QList<ClaimRecord>> forAccount(qint64 accountId) const; // in the order recorded
    Expected<QList<ClaimRecord>> all() const;                        // every account's, likewise
    // The sum of the accepted credits.
    Expected<qint64> balanceCents(qint64 accountId) const;
    // The same for every account that has one, by account id, in one read.
    Expected<QHash<qint64, qint64>> balances() const;
    // The months (YearMonth::index()) whose credit each account was granted,
    // by account id, in one read.
    Expected<QHash<qint64, QSet<int>>> acceptedMonths() const;

private:
    // Claims in the order recorded, of one account or (none) of every one.
    Expected<QList<ClaimRecord>> select(std::optional<qint64> accountId) const;

    Database &m_database;
};
