#pragma once

#include "Claims.h"
#include "Expected.h"
#include "YearMonth.h"

#include <QDate>
#include <QString>

class Database;

struct ClaimResult
{
    ClaimOutcome outcome = ClaimOutcome::NoMissedGuarantee;
    qint64 creditCents = 0; // what was added to the balance: 0 unless accepted
};

// Files a claim for an account's month on a local date: decides it by the
// spec's checks, records it (accepted or not) and credits the balance.
class ClaimService
{
public:
    explicit ClaimService(Database &database);
    Expected<ClaimResult> file(const QString &accountName, YearMonth month, QDate filed) const;

private:
    Database &m_database;
};
