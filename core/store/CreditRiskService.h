#pragma once

#include "CreditRisk.h"
#include "Expected.h"

#include <QList>
#include <QString>

class Database;

struct RiskRequest
{
    qint64 asOfUtc = 0;
    qint64 horizonSeconds = 4 * 3600; // on each target's clock
    QString accountName;              // empty: every account
};

// Each account's credit risk for the month of the as-of instant, most urgent
// first (breaksSooner). The month's tickets of every account are read in one
// statement, so the cost is one pass over a month, whatever the number of
// accounts.
class CreditRiskService
{
public:
    explicit CreditRiskService(Database &database);
    Expected<QList<AccountRisk>> compute(const RiskRequest &request) const;
    // The ledgers behind compute(), by account id, to assess again later
    // without reading the store (assessRisk, then sort with breaksSooner).
    Expected<QList<MonthLedger>> read(qint64 asOfUtc, const QString &accountName = {}) const;

private:
    Database &m_database;
};
