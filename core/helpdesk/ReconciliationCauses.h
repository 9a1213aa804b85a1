#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <array>
#include <functional>
#include <optional>

class BusinessClock;
class ZoneRules;

// Why a help desk's first-response figure may disagree with ours, in the
// order a manager checks them: the holidays of the two calendars, their time
// zones, their opening hours; unknown when no calendar difference explains it.
enum class MismatchCause : quint8 {
    HolidayMissingHere,  // the tool's calendar closes a day ours keeps open
    HolidayMissingThere, // ours closes a day (a holiday) the tool counted
    Zone,                // the tool's hours are kept in another zone or offset
    Hours,               // the tool's day is longer or shorter, or it counts 24/7
    Unknown,
};
inline constexpr int MismatchCauseCount = 5;
inline constexpr std::array<MismatchCause, MismatchCauseCount> AllMismatchCauses{
    MismatchCause::HolidayMissingHere, MismatchCause::HolidayMissingThere, MismatchCause::Zone,
    MismatchCause::Hours, MismatchCause::Unknown};

// "holiday_missing_here", "holiday_missing_there", "zone", "hours",
// "unknown": the words of the command line's files.
QString mismatchCauseCode(MismatchCause cause);
// English label, marked for translation in the "MismatchCause" context.
const char *mismatchCauseLabel(MismatchCause cause);

struct LikelyCause
{
    MismatchCause cause = MismatchCause::Unknown;
    // A holiday cause: the day(s) one calendar closes and the other does not
    // (every day that fits when several would). A zone cause: the date of
    // the change of offset inside the interval, when that is what differs.
    QList<QDate> dates;
    // A zone cause: the zone the tool's figure fits ("UTC", "UTC+01:00").
    // An hours cause: "24/7" when the tool counted around the clock,
    // otherwise its extra time per business day in signed seconds ("+3600").
    QString detail;
};

// What is asked about one mismatched ticket.
struct CauseQuestion
{
    const BusinessClock *clock = nullptr; // the account's calendar
    const ZoneRules *accountZone = nullptr;
    qint64 fromUtc = 0; // created
    qint64 toUtc = 0;   // first response
    // The tool's figure as a test of a business time: would a calendar that
    // gives these seconds for the interval have produced it?
    std::function<bool(qint64 businessSeconds)> fits;
    // The tool's business seconds when it gave them (the per-day rule needs
    // an amount, a yes/no figure has none).
    std::optional<qint64> theirSeconds;
    qint64 toleranceSeconds = 60;
};

// The first cause, in the order of MismatchCause, under which our calendar,
// changed in that one respect, gives the tool's figure. Each hypothesis is a
// variant of the account's calendar measured by the same business clock, so
// nothing here counts business time itself. Rules, in order:
//  (a) holiday_missing_there: one of our holidays wholly inside the interval
//      (then all of those together) opened again makes the figure fit;
//      holiday_missing_here: one of our open days wholly inside the interval
//      closed as a holiday makes it fit; every such day is named, as an
//      interval over two full days fits either. A day only partly inside is
//      not named: a difference of part of a day fits a zone or hours too.
//  (b) zone: the calendar's hours kept in UTC, in the account's zone (when the
//      calendar has another), or at the fixed offset of either side of a
//      change of offset inside the interval (a tool ignoring daylight saving
//      time; the change's date is named) make it fit.
//  (c) hours: the real elapsed time fits (the tool counted 24/7); or, with
//      the tool's seconds, their extra time divided by the business days the
//      interval touches is a whole number of quarter-hours, not zero and at
//      most 12 hours, up to the tolerance: schedules are set in quarter-hours,
//      and a day opened or closed earlier shows as such a constant.
//  (d) unknown: anything else (paused SLA clocks, another event taken as the
//      first response, two differences at once).
// Intervals over more than MaxDaysSearched local days skip the day-by-day
// rules: their cost grows with the days, and a first response weeks late is
// not a calendar question.
LikelyCause likelyCause(const CauseQuestion &question);

inline constexpr int MaxDaysSearched = 62;
