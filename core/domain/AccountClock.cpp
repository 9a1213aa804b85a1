#include "AccountClock.h"

#include <limits>

qint64 AccountClock::instantAfterBusinessSeconds(qint64 fromUtc, qint64 amount) const
{
    if (amount <= 0)
        return fromUtc;
    // Business time never runs faster than real time, so the answer is at
    // least `amount` away; the step doubles until it is passed (a calendar
    // open a few hours a week still gets there in a few steps), then the
    // earliest instant is found by halving.
    constexpr qint64 never = std::numeric_limits<qint64>::max();
    constexpr qint64 searchLimit = qint64(400) * 366 * 86400;
    qint64 low = fromUtc;
    qint64 high = fromUtc + amount;
    qint64 step = amount;
    while (businessSeconds(fromUtc, high) < amount) {
        low = high;
        if (high - fromUtc > searchLimit)
            return never;
        high += step;
        step *= 2;
    }
    while (low < high) {
        const qint64 middle = low + (high - low) / 2;
        if (businessSeconds(fromUtc, middle) < amount)
            low = middle + 1;
        else
            high = middle;
    }
    return high;
}
