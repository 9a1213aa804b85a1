#include "HoursSpec.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace {

constexpr std::array<QLatin1String, 7> DayNames{
    QLatin1String("mon"), QLatin1String("tue"), QLatin1String("wed"), QLatin1String("thu"),
    QLatin1String("fri"), QLatin1String("sat"), QLatin1String("sun")};

int dayIndex(QStringView token)
{
    for (int i = 0; i < int(DayNames.size()); ++i) {
        if (token.compare(DayNames[i], Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
}

// "H:MM" or "HH:MM" as minutes of the day; 24:00 only where `isEnd`.
Expected<int> parseTime(QStringView token, bool isEnd)
{
    const qsizetype colon = token.indexOf(u':');
    const auto digitsOnly = [](QStringView part) {
        return !part.isEmpty() && std::all_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); });
    };
    if (colon < 1 || colon > 2 || token.size() - colon != 3 || !digitsOnly(token.first(colon)) ||
        !digitsOnly(token.sliced(colon + 1))) {
        return Expected<int>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("HoursSpec", "%1 is not a time HH:MM").arg(quoted(token)));
    }
    const int hour = token.first(colon).toInt();
    const int minute = token.sliced(colon + 1).toInt();
    if (minute > 59)
        return Expected<int>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("HoursSpec", "minute %1 of %2 is out of range")
                .arg(minute)
                .arg(quoted(token)));
    if (hour == 24 && minute == 0) {
        if (!isEnd)
            return Expected<int>::failure(
                Error::Kind::InvalidInput,
                QCoreApplication::translate("HoursSpec", "%1 can only end an interval").arg(quoted(token)));
        return 1440;
    }
    if (hour > 23)
        return Expected<int>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("HoursSpec", "hour %1 of %2 is out of range")
                .arg(hour)
                .arg(quoted(token)));
    return hour * 60 + minute;
}

Expected<DailyInterval> parseInterval(QStringView token)
{
    const qsizetype dash = token.indexOf(u'-');
    if (dash < 0 || token.indexOf(u'-', dash + 1) >= 0)
        return Expected<DailyInterval>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("HoursSpec", "%1 is not an interval HH:MM-HH:MM").arg(quoted(token)));
    const Expected<int> start = parseTime(token.first(dash).trimmed(), false);
    if (!start)
        return start.error();
    const Expected<int> end = parseTime(token.sliced(dash + 1).trimmed(), true);
    if (!end)
        return end.error();
    // 09:00-09:00 could mean nothing or a whole day: refuse rather than guess.
    if (*start == *end)
        return Expected<DailyInterval>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("HoursSpec", "interval %1 starts and ends at the same time")
                .arg(quoted(token)));
    return DailyInterval{*start, *end};
}

// The days of "mon", "mon-fri" or "fri-mon", in order.
Expected<QList<int>> parseDays(QStringView token)
{
    if (!token.isEmpty() && token.front().isDigit()) {
        return Expected<QList<int>>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("HoursSpec",
                                        "expected a day or a range of days (mon to sun) before %1")
                .arg(quoted(token)));
    }
    const qsizetype dash = token.indexOf(u'-');
    const QStringView firstName = dash < 0 ? token : token.first(dash);
    const int first = dayIndex(firstName);
    if (first < 0)
        return Expected<QList<int>>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("HoursSpec", "unknown day %1 (use mon to sun)")
                .arg(quoted(firstName)));
    if (dash < 0)
        return QList<int>{first};
    const QStringView lastName = token.sliced(dash + 1);
    const int last = dayIndex(lastName);
    if (last < 0)
        return Expected<QList<int>>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("HoursSpec", "unknown day %1 (use mon to sun)")
                .arg(quoted(lastName)));
    QList<int> days;
    for (int day = first;; day = (day + 1) % 7) {
        days.append(day);
        if (day == last)
            break;
    }
    return days;
}

QString formatTime(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

Expected<WeeklySchedule> parseHoursSpec(QStringView text)
{
    WeeklySchedule schedule;
    for (QStringView rawClause : text.split(u';')) {
        const QStringView clause = rawClause.trimmed();
        // A trailing ';' is harmless; an empty text is a calendar with no hours.
        if (clause.isEmpty())
            continue;
        const auto fail = [clause](const QString &why) {
            return Expected<WeeklySchedule>::failure(
                Error::Kind::InvalidInput,
                QCoreApplication::translate("HoursSpec", "in %1: %2").arg(quoted(clause), why));
        };
        qsizetype space = 0;
        while (space < clause.size() && !clause[space].isSpace())
            ++space;
        const QStringView daysToken = clause.first(space);
        const QStringView hoursText = clause.sliced(space).trimmed();
        const Expected<QList<int>> days = parseDays(daysToken);
        if (!days)
            return fail(days.message());
        if (hoursText.isEmpty())
            return fail(QCoreApplication::translate("HoursSpec", "expected hours HH:MM-HH:MM after %1")
                            .arg(quoted(daysToken)));
        QList<DailyInterval> intervals;
        for (QStringView rawInterval : hoursText.split(u',')) {
            const QStringView intervalToken = rawInterval.trimmed();
            if (intervalToken.isEmpty())
                return fail(
                    QCoreApplication::translate("HoursSpec", "an interval is missing between commas"));
            const Expected<DailyInterval> interval = parseInterval(intervalToken);
            if (!interval)
                return fail(interval.message());
            intervals.append(*interval);
        }
        for (int day : *days)
            schedule[day].append(intervals);
    }
    for (QList<DailyInterval> &intervals : schedule) {
        std::stable_sort(intervals.begin(), intervals.end(),
                         [](const DailyInterval &a, const DailyInterval &b) {
                             return a.startMinute != b.startMinute ? a.startMinute < b.startMinute
                                                                   : a.endMinute < b.endMinute;
                         });
    }
    return schedule;
}

QString formatHoursSpec(const WeeklySchedule &schedule)
{
    QStringList clauses;
    for (int first = 0; first < 7;) {
        int last = first;
        while (last + 1 < 7 && schedule[last + 1] == schedule[first])
            ++last;
        if (!schedule[first].isEmpty()) {
            QStringList intervals;
            for (const DailyInterval &interval : schedule[first])
                intervals.append(formatTime(interval.startMinute) + u'-' + formatTime(interval.endMinute));
            QString days = DayNames[first];
            if (last > first)
                days += u'-' + QString(DayNames[last]);
            clauses.append(days + u' ' + intervals.join(QStringLiteral(", ")));
        }
        first = last + 1;
    }
    return clauses.join(QStringLiteral("; "));
}
