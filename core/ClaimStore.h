#pragma once

#include "Claims.h"
#include "Expected.h"
#include "YearMonth.h"

#include <QDate>
#include <QList>
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
public:
    explicit ClaimStore(Database &database);

    // Records a decided claim and returns its id; a rejected claim grants
    // nothing whatever the amount. `recordedAtUtc` defaults to the current time.
    Expected<qint64> record(qint64 accountId, YearMonth month, QDate filed, ClaimOutcome outcome,
                            qint64 amountCents, std::optional<qint64> recordedAtUtc = std::nullopt);
    bool hasAccepted(qint64 accountId, YearMonth month) const;
    QList<ClaimRecord> forAccount(qint64 accountId) const; // in the order recorded
    // The sum of the accepted credits.
    qint64 balanceCents(qint64 accountId) const;

private:
    Database &m_database;
};
