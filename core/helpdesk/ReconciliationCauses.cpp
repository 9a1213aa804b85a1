#include "ReconciliationCauses.h"

#include "BusinessClock.h"
#include "ZoneRules.h"

#include <QStringList>
#include <cstdlib>

namespace {

constexpr qint64 QuarterHour = 15 * 60;
constexpr qint64 MaxPerDaySeconds = 12 * 3600;

// A copy of the calendar closed on exactly these dates. Yearly rules cannot
// spare one date, so the variants list the dates the interval can reach.
Calendar withHolidayDates(const Calendar &calendar, const QList<QDate> &dates)
{
    Calendar variant = calendar;
    variant.holidays.clear();
    for (const QDate &date : dates) {
        HolidayRule rule;
        rule.kind = HolidayRule::Kind::Date;
        rule.date = date;
        variant.holidays.append(rule);
    }
    return variant;
}

qint64 secondsOn(const Calendar &calendar, qint64 from, qint64 to)
{
    return BusinessClock(calendar).openSeconds(from, to);
}

// "UTC", "UTC+01:00", "UTC-03:30": ids QTimeZone knows for fixed offsets.
QString fixedOffsetZoneId(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return QStringLiteral("UTC");
    const int minutes = std::abs(offsetSeconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offsetSeconds < 0 ? QChar(u'-') : QChar(u'+'))
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

struct Interval
{
    const CauseQuestion &question;
    const Calendar &calendar;
    const ZoneRules &zone;
    QDate first; // local dates of the calendar's zone
    QDate last;

    qint64 days() const { return first.daysTo(last) + 1; }
    bool isBusinessDay(QDate date) const
    {
        return !calendar.schedule[date.dayOfWeek() - 1].isEmpty() && !calendar.isHoliday(date);
    }
    // Our holidays on the days the clock reads for the interval (two days
    // back for an overnight interval reaching in, one forward).
    QList<QDate> holidaysAround() const
    {
        QList<QDate> dates;
        for (QDate date = first.addDays(-2); date <= last.addDays(1); date = date.addDays(1)) {
            if (calendar.isHoliday(date))
                dates.append(date);
        }
        return dates;
    }
};

// Whether a date of one calendar's and the other's differs wholly inside the
// interval: the business time it moves there is all the time it moves over
// its whole day (the days around it included, for an overnight interval). A
// day only partly inside is weak evidence: a zone or other hours fit as well.
bool wholeDayInside(const Interval &interval, const BusinessClock &variant, QDate date, qint64 variantInside)
{
    const CauseQuestion &q = interval.question;
    const qint64 from = interval.zone.startOfLocalDay(date.addDays(-1));
    const qint64 to = interval.zone.startOfLocalDay(date.addDays(2));
    const qint64 whole = std::llabs(variant.openSeconds(from, to) - q.clock->openSeconds(from, to));
    const qint64 inside = std::llabs(variantInside - q.clock->openSeconds(q.fromUtc, q.toUtc));
    return whole > 0 && whole == inside;
}

// (a) Our holidays the tool counted as open days: one of them, then all
// those wholly inside together (a long weekend).
std::optional<LikelyCause> holidayMissingThere(const Interval &interval)
{
    const QList<QDate> holidays = interval.holidaysAround();
    const CauseQuestion &q = interval.question;
    QList<QDate> whole;
    for (const QDate &date : holidays) {
        if (date < interval.first || date > interval.last)
            continue;
        QList<QDate> others = holidays;
        others.removeOne(date);
        const BusinessClock variant(withHolidayDates(interval.calendar, others));
        const qint64 seconds = variant.openSeconds(q.fromUtc, q.toUtc);
        if (!wholeDayInside(interval, variant, date, seconds))
            continue;
        if (q.fits(seconds))
            return LikelyCause{MismatchCause::HolidayMissingThere, {date}, {}};
        whole.append(date);
    }
    if (whole.size() > 1) {
        QList<QDate> others = holidays;
        for (const QDate &date : whole)
            others.removeOne(date);
        if (q.fits(secondsOn(withHolidayDates(interval.calendar, others), q.fromUtc, q.toUtc)))
            return LikelyCause{MismatchCause::HolidayMissingThere, whole, {}};
    }
    return std::nullopt;
}

// (a) Holidays of the tool's that our calendar keeps open.
std::optional<LikelyCause> holidayMissingHere(const Interval &interval)
{
    const QList<QDate> holidays = interval.holidaysAround();
    const CauseQuestion &q = interval.question;
    QList<QDate> fitting;
    for (QDate date = interval.first; date <= interval.last; date = date.addDays(1)) {
        if (!interval.isBusinessDay(date))
            continue;
        QList<QDate> more = holidays;
        more.append(date);
        const BusinessClock variant(withHolidayDates(interval.calendar, more));
        const qint64 seconds = variant.openSeconds(q.fromUtc, q.toUtc);
        if (q.fits(seconds) && wholeDayInside(interval, variant, date, seconds))
            fitting.append(date);
    }
    if (fitting.isEmpty())
        return std::nullopt;
    return LikelyCause{MismatchCause::HolidayMissingHere, fitting, {}};
}

// (b) The same hours and holidays kept in another zone.
std::optional<LikelyCause> zone(const Interval &interval)
{
    const CauseQuestion &q = interval.question;
    struct Candidate
    {
        QString zoneId;
        QDate date;
    };
    QList<Candidate> candidates{{QStringLiteral("UTC"), {}}};
    if (q.accountZone)
        candidates.append({q.accountZone->id(), {}});
    const int offsetBefore = interval.zone.offsetAt(q.fromUtc);
    const int offsetAfter = interval.zone.offsetAt(q.toUtc);
    if (offsetBefore != offsetAfter) {
        // The first change inside the interval: the one a manager looks up.
        const qint64 change = interval.zone.pieceAt(q.fromUtc).endUtc;
        const QDate changeDate = interval.zone.localDate(change);
        candidates.append({fixedOffsetZoneId(offsetBefore), changeDate});
        candidates.append({fixedOffsetZoneId(offsetAfter), changeDate});
    }
    QStringList tried{interval.calendar.timeZoneId};
    for (const Candidate &candidate : candidates) {
        if (tried.contains(candidate.zoneId) || !ZoneRules::forZone(candidate.zoneId))
            continue;
        tried.append(candidate.zoneId);
        Calendar variant = interval.calendar;
        variant.timeZoneId = candidate.zoneId;
        if (q.fits(secondsOn(variant, q.fromUtc, q.toUtc))) {
            LikelyCause cause{MismatchCause::Zone, {}, candidate.zoneId};
            if (candidate.date.isValid())
                cause.dates.append(candidate.date);
            return cause;
        }
    }
    return std::nullopt;
}

// (c) Another length of day, or no business hours at all.
std::optional<LikelyCause> hours(const Interval &interval, qint64 ours, bool searchDays)
{
    const CauseQuestion &q = interval.question;
    if (q.fits(q.toUtc - q.fromUtc))
        return LikelyCause{MismatchCause::Hours, {}, QStringLiteral("24/7")};
    if (!q.theirSeconds || !searchDays)
        return std::nullopt;
    qint64 businessDays = 0;
    for (QDate date = interval.first; date <= interval.last; date = date.addDays(1)) {
        if (interval.isBusinessDay(date))
            ++businessDays;
    }
    if (businessDays == 0)
        return std::nullopt;
    const qint64 extra = *q.theirSeconds - ours;
    // To the nearest quarter-hour per day, halves away from zero.
    const qint64 quarters = (2 * std::llabs(extra) / businessDays + QuarterHour) / (2 * QuarterHour);
    const qint64 perDay = (extra < 0 ? -quarters : quarters) * QuarterHour;
    if (perDay == 0 || std::llabs(perDay) > MaxPerDaySeconds ||
        std::llabs(extra - perDay * businessDays) > q.toleranceSeconds)
        return std::nullopt;
    return LikelyCause{
        MismatchCause::Hours, {}, (perDay > 0 ? QStringLiteral("+") : QString()) + QString::number(perDay)};
}

} // namespace

QString mismatchCauseCode(MismatchCause cause)
{
    switch (cause) {
    case MismatchCause::HolidayMissingHere: return QStringLiteral("holiday_missing_here");
    case MismatchCause::HolidayMissingThere: return QStringLiteral("holiday_missing_there");
    case MismatchCause::Zone: return QStringLiteral("zone");
    case MismatchCause::Hours: return QStringLiteral("hours");
    case MismatchCause::Unknown: break;
    }
    return QStringLiteral("unknown");
}

const char *mismatchCauseLabel(MismatchCause cause)
{
    switch (cause) {
    case MismatchCause::HolidayMissingHere:
        return QT_TRANSLATE_NOOP("MismatchCause", "A holiday of the help desk's calendar is missing here");
    case MismatchCause::HolidayMissingThere:
        return QT_TRANSLATE_NOOP("MismatchCause", "A holiday of this calendar is missing in the help desk");
    case MismatchCause::Zone: return QT_TRANSLATE_NOOP("MismatchCause", "Another time zone");
    case MismatchCause::Hours: return QT_TRANSLATE_NOOP("MismatchCause", "Other business hours");
    case MismatchCause::Unknown: break;
    }
    return QT_TRANSLATE_NOOP("MismatchCause", "Unknown");
}

LikelyCause likelyCause(const CauseQuestion &question)
{
    if (!question.clock || !question.fits || question.toUtc < question.fromUtc)
        return {};
    const BusinessClock &clock = *question.clock;
    const Interval interval{question, clock.calendar(), clock.zone(),
                            clock.zone().localDate(question.fromUtc), clock.zone().localDate(question.toUtc)};
    const bool searchDays = interval.days() <= MaxDaysSearched;
    const qint64 ours = clock.openSeconds(question.fromUtc, question.toUtc);
    if (searchDays) {
        if (auto cause = holidayMissingThere(interval))
            return *cause;
        if (auto cause = holidayMissingHere(interval))
            return *cause;
    }
    if (auto cause = zone(interval))
        return *cause;
    if (auto cause = hours(interval, ours, searchDays))
        return *cause;
    return {};
}
