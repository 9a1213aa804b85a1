#pragma once

#include "AccountClock.h"

#include <QDate>

// An account clock for the domain's own tests: UTC dates, and business time
// that is all time (open around the clock, no holiday).
class UtcClock : public AccountClock
{
public:
    QDate localDate(qint64 utcSeconds) const override
    {
        return QDate(1970, 1, 1).addDays(utcSeconds / 86400);
    }
    qint64 startOfLocalDay(QDate date) const override { return QDate(1970, 1, 1).daysTo(date) * 86400; }
    qint64 businessSeconds(qint64 fromUtc, qint64 toUtc) const override { return toUtc - fromUtc; }
};
