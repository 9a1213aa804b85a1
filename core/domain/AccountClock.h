#pragma once

#include <QDate>

// The time facts a report needs about one account: its local dates (in the
// account's time zone) and the business time of its calendar. Reports and
// claims take this interface so their tests can pin time without zones.
class AccountClock
{
public:
    virtual ~AccountClock() = default;

    // The local date, in the account's time zone, of a UTC instant.
    virtual QDate localDate(qint64 utcSeconds) const = 0;
    // The first instant (UTC seconds) of a local date in the account's zone.
    virtual qint64 startOfLocalDay(QDate date) const = 0;
    // The open time of the account's calendar within [from, to), in seconds;
    // 0 when to <= from.
    virtual qint64 businessSeconds(qint64 fromUtc, qint64 toUtc) const = 0;
    // The earliest instant t >= from with businessSeconds(from, t) == amount
    // (amount >= 0): when open tickets that keep accruing use up a budget.
    // The highest qint64 when the calendar never gives that much. This one
    // searches with businessSeconds(); a clock that knows its calendar
    // answers directly.
    virtual qint64 instantAfterBusinessSeconds(qint64 fromUtc, qint64 amount) const;
};
