#pragma once

#include "AccountClock.h"
#include "BusinessClock.h"
#include "ZoneRules.h"

#include <memory>

// The account clock of the application: dates in the account's time zone,
// business time on the account's calendar, whose zone may differ.
class ZonedAccountClock : public AccountClock
{
public:
    ZonedAccountClock(std::shared_ptr<const ZoneRules> accountZone,
                      std::shared_ptr<const BusinessClock> businessClock);

    QDate localDate(qint64 utcSeconds) const override;
    qint64 startOfLocalDay(QDate date) const override;
    qint64 businessSeconds(qint64 fromUtc, qint64 toUtc) const override;
    qint64 instantAfterBusinessSeconds(qint64 fromUtc, qint64 amount) const override;

    const ZoneRules &accountZone() const { return *m_accountZone; }
    const BusinessClock &businessClock() const { return *m_businessClock; }

private:
    std::shared_ptr<const ZoneRules> m_accountZone;
    std::shared_ptr<const BusinessClock> m_businessClock;
};
