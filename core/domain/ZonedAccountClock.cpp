#include "ZonedAccountClock.h"

ZonedAccountClock::ZonedAccountClock(std::shared_ptr<const ZoneRules> accountZone,
                                     std::shared_ptr<const BusinessClock> businessClock)
    : m_accountZone(std::move(accountZone)), m_businessClock(std::move(businessClock))
{
}

QDate ZonedAccountClock::localDate(qint64 utcSeconds) const
{
    return m_accountZone->localDate(utcSeconds);
}

qint64 ZonedAccountClock::startOfLocalDay(QDate date) const
{
    return m_accountZone->startOfLocalDay(date);
}

qint64 ZonedAccountClock::businessSeconds(qint64 fromUtc, qint64 toUtc) const
{
    return m_businessClock->openSeconds(fromUtc, toUtc);
}

qint64 ZonedAccountClock::instantAfterBusinessSeconds(qint64 fromUtc, qint64 amount) const
{
    return m_businessClock->instantAfterOpenSeconds(fromUtc, amount);
}
