#include "Timestamp.h"

#include "ZoneRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdlib>
#include <limits>

namespace {

constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 JulianDayOfEpoch = 2440588; // 1970-01-01

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Days from 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(int year, int month, int day)
{
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = floorDiv(y, 400);
    const qint64 yearOfEra = y - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int Days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : Days[month - 1];
}

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
}

// A cursor over the text that reads fixed-width digit fields.
class Reader
{
public:
    explicit Reader(QStringView text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_pos]; }
    void skip() { ++m_pos; }
    bool isDigit() const { return !atEnd() && m_text[m_pos] >= u'0' && m_text[m_pos] <= u'9'; }

    // Exactly `count` digits, or -1.
    int digits(int count)
    {
        int value = 0;
        for (int i = 0; i < count; ++i) {
            if (!isDigit())
                return -1;
            value = value * 10 + (m_text[m_pos].unicode() - u'0');
            ++m_pos;
        }
        return value;
    }
    bool expect(char16_t c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    QStringView rest() const { return m_text.sliced(std::min(m_pos, m_text.size())); }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

// YYYY-MM-DD at the reader's position, as days since 1970-01-01.
Expected<qint64> readDate(Reader &reader)
{
    const int year = reader.digits(4);
    if (year < 0)
        return Expected<qint64>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("Timestamp", "expected a four-digit year (YYYY-MM-DD)"));
    if (!reader.expect(u'-'))
        return Expected<qint64>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("Timestamp", "expected '-' after the year (YYYY-MM-DD)"));
    const int month = reader.digits(2);
    if (month < 0)
        return Expected<qint64>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("Timestamp", "expected a two-digit month (YYYY-MM-DD)"));
    if (!reader.expect(u'-'))
        return Expected<qint64>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("Timestamp", "expected '-' after the month (YYYY-MM-DD)"));
    const int day = reader.digits(2);
    if (day < 0)
        return Expected<qint64>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("Timestamp", "expected a two-digit day (YYYY-MM-DD)"));
    if (year < 1)
        return Expected<qint64>::failure(
            Error::Kind::InvalidInput, QCoreApplication::translate("Timestamp", "year 0000 is out of range"));
    if (month < 1 || month > 12)
        return Expected<qint64>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("Timestamp", "month %1 is out of range").arg(month));
    if (day < 1 || day > daysInMonth(year, month)) {
        return Expected<qint64>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("Timestamp", "day %1 is out of range for %2-%3")
                .arg(day)
                .arg(year, 4, 10, QLatin1Char('0'))
                .arg(month, 2, 10, QLatin1Char('0')));
    }
    return daysFromCivil(year, month, day);
}

void appendDigits(QChar *&out, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + int(value % 10));
        value /= 10;
    }
    out += width;
}

} // namespace

qint64 localSecondsOf(QDate date, int secondOfDay)
{
    return (date.toJulianDay() - JulianDayOfEpoch) * SecondsPerDay + secondOfDay;
}

QDate dateOfLocalSeconds(qint64 localSeconds)
{
    return QDate::fromJulianDay(floorDiv(localSeconds, SecondsPerDay) + JulianDayOfEpoch);
}

Expected<ParsedTimestamp> parseIsoTimestamp(QStringView text)
{
    using Result = Expected<ParsedTimestamp>;
    const auto fail = [text](const QString &why) {
        return Result::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("Timestamp", "invalid timestamp %1: %2").arg(quoted(text), why));
    };
    if (text.trimmed().isEmpty())
        return Result::failure(Error::Kind::InvalidInput,
                               QCoreApplication::translate("Timestamp", "the timestamp is empty"));
    Reader reader(text);
    const Expected<qint64> days = readDate(reader);
    if (!days)
        return fail(days.message());
    if (reader.peek() != u'T' && reader.peek() != u't' && reader.peek() != u' ')
        return fail(QCoreApplication::translate("Timestamp", "expected 'T' or a space after the date"));
    reader.skip();
    const int hour = reader.digits(2);
    if (hour < 0)
        return fail(QCoreApplication::translate("Timestamp", "expected a two-digit hour (HH:MM)"));
    if (!reader.expect(u':'))
        return fail(QCoreApplication::translate("Timestamp", "expected ':' after the hour (HH:MM)"));
    const int minute = reader.digits(2);
    if (minute < 0)
        return fail(QCoreApplication::translate("Timestamp", "expected two-digit minutes (HH:MM)"));
    int second = 0;
    if (reader.expect(u':')) {
        second = reader.digits(2);
        if (second < 0)
            return fail(QCoreApplication::translate("Timestamp", "expected two-digit seconds (HH:MM:SS)"));
        if (reader.peek() == u'.' || reader.peek() == u',') {
            reader.skip();
            if (!reader.isDigit())
                return fail(QCoreApplication::translate(
                    "Timestamp", "expected digits after the decimal mark of the seconds"));
            while (reader.isDigit())
                reader.skip();
        }
    }
    if (hour > 23)
        return fail(QCoreApplication::translate("Timestamp", "hour %1 is out of range").arg(hour));
    if (minute > 59)
        return fail(QCoreApplication::translate("Timestamp", "minute %1 is out of range").arg(minute));
    if (second > 59)
        return fail(QCoreApplication::translate("Timestamp", "second %1 is out of range").arg(second));

    ParsedTimestamp parsed;
    parsed.localSeconds = *days * SecondsPerDay + hour * 3600 + minute * 60 + second;
    if (reader.atEnd())
        return parsed;
    if (reader.peek() == u'Z' || reader.peek() == u'z') {
        reader.skip();
        parsed.hasOffset = true;
        parsed.utcSeconds = parsed.localSeconds;
    } else if (reader.peek() == u'+' || reader.peek() == u'-') {
        const QStringView offsetText = reader.rest();
        const int sign = reader.peek() == u'-' ? -1 : 1;
        reader.skip();
        const QString offsetFormats =
            QCoreApplication::translate("Timestamp", "expected a UTC offset as ±HH:MM, ±HHMM or ±HH");
        const int offsetHours = reader.digits(2);
        if (offsetHours < 0)
            return fail(offsetFormats);
        int offsetMinutes = 0;
        if (reader.expect(u':') || reader.isDigit()) {
            offsetMinutes = reader.digits(2);
            if (offsetMinutes < 0)
                return fail(offsetFormats);
        }
        if (reader.atEnd() && (offsetHours > 23 || offsetMinutes > 59))
            return fail(QCoreApplication::translate("Timestamp", "UTC offset %1 is out of range")
                            .arg(offsetText.toString()));
        parsed.hasOffset = true;
        parsed.utcSeconds = parsed.localSeconds - sign * (offsetHours * 3600 + offsetMinutes * 60);
    }
    if (!reader.atEnd())
        return fail(QCoreApplication::translate("Timestamp", "unexpected %1 after the time")
                        .arg(quoted(reader.rest())));
    return parsed;
}

Expected<qint64> resolveTimestamp(const ParsedTimestamp &parsed, const ZoneRules &zone)
{
    if (parsed.hasOffset)
        return parsed.utcSeconds;
    const ZoneRules::LocalResolution resolution = zone.resolveLocal(parsed.localSeconds);
    if (resolution.count == 1)
        return resolution.utc[0];
    const auto offsetText = [](int offset) {
        const int minutes = std::abs(offset) / 60;
        return QStringLiteral("%1%2:%3")
            .arg(QChar(offset < 0 ? u'-' : u'+'))
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    };
    QString wallTime = formatUtcTimestamp(parsed.localSeconds);
    wallTime.chop(1); // the local time as written, without the 'Z'
    if (resolution.count == 0) {
        // The transition whose jump covers the wall time: its offsets before and after.
        ZoneRules::Piece before = zone.pieceAt(parsed.localSeconds - 2 * SecondsPerDay);
        ZoneRules::Piece after = zone.pieceAt(before.endUtc);
        while (before.endUtc != std::numeric_limits<qint64>::max() &&
               !(before.endUtc + before.offset <= parsed.localSeconds &&
                 parsed.localSeconds < before.endUtc + after.offset)) {
            before = after;
            after = zone.pieceAt(before.endUtc);
        }
        return Expected<qint64>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate(
                "Timestamp",
                "%1 does not exist in %2 (the clocks skip it): write it with its UTC offset, %3 or %4")
                .arg(wallTime, zone.id(), offsetText(before.offset), offsetText(after.offset)));
    }
    return Expected<qint64>::failure(
        Error::Kind::InvalidInput,
        QCoreApplication::translate(
            "Timestamp",
            "%1 occurs twice in %2: write it with its UTC offset, %3 for the first or %4 for the second")
            .arg(wallTime, zone.id(), offsetText(zone.offsetAt(resolution.utc[0])),
                 offsetText(zone.offsetAt(resolution.utc[1]))));
}

QString formatUtcTimestamp(qint64 utcSeconds)
{
    const qint64 days = floorDiv(utcSeconds, SecondsPerDay);
    const qint64 secondOfDay = utcSeconds - days * SecondsPerDay;
    int year = 0;
    int month = 0;
    int day = 0;
    QDate::fromJulianDay(days + JulianDayOfEpoch).getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return QStringLiteral("%1Z").arg(
            QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC).toString(Qt::ISODate));
    QString result(20, Qt::Uninitialized);
    QChar *out = result.data();
    appendDigits(out, year, 4);
    *out++ = u'-';
    appendDigits(out, month, 2);
    *out++ = u'-';
    appendDigits(out, day, 2);
    *out++ = u'T';
    appendDigits(out, secondOfDay / 3600, 2);
    *out++ = u':';
    appendDigits(out, secondOfDay / 60 % 60, 2);
    *out++ = u':';
    appendDigits(out, secondOfDay % 60, 2);
    *out++ = u'Z';
    return result;
}

Expected<QDate> parseIsoDate(QStringView text)
{
    if (text.trimmed().isEmpty())
        return Expected<QDate>::failure(Error::Kind::InvalidInput,
                                        QCoreApplication::translate("Timestamp", "the date is empty"));
    Reader reader(text);
    const Expected<qint64> days = readDate(reader);
    if (!days)
        return Expected<QDate>::failure(Error::Kind::InvalidInput,
                                        QCoreApplication::translate("Timestamp", "invalid date %1: %2")
                                            .arg(quoted(text), days.message()));
    if (!reader.atEnd()) {
        return Expected<QDate>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("Timestamp", "invalid date %1: unexpected %2 after the date")
                .arg(quoted(text), quoted(reader.rest())));
    }
    return QDate::fromJulianDay(*days + JulianDayOfEpoch);
}
