#include "HelpdeskTimestamps.h"

#include <QCoreApplication>
#include <QDate>

namespace {

constexpr qint64 SecondsPerDay = 86400;
// Excel's day 0 is 1899-12-30 (its serials count 1900 as a leap year, and
// starting a day early makes every date from March 1900 on come out right).
constexpr qint64 ExcelSerialOfEpoch = 25569;

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
}

template <typename T> Expected<T> invalid(QStringView text, const QString &why)
{
    return Expected<T>::failure(
        Error::Kind::InvalidInput,
        QCoreApplication::translate("HelpdeskTimestamps", "invalid timestamp %1: %2").arg(quoted(text), why));
}

class Cursor
{
public:
    explicit Cursor(QStringView text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char16_t peek() const { return atEnd() ? u'\0' : m_text[m_pos].unicode(); }
    bool isDigit() const { return peek() >= u'0' && peek() <= u'9'; }
    bool isSpace() const { return peek() == u' ' || peek() == u'\u00A0' || peek() == u'\t'; }
    void skipSpaces()
    {
        while (isSpace())
            ++m_pos;
    }
    bool expect(char16_t c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    // Between `least` and `most` digits, or -1.
    qint64 number(int least, int most)
    {
        qint64 value = 0;
        int count = 0;
        while (count < most && isDigit()) {
            value = value * 10 + (peek() - u'0');
            ++m_pos;
            ++count;
        }
        return count >= least ? value : -1;
    }
    // Letters up to the next character that is not one.
    QStringView word()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && m_text[m_pos].isLetter())
            ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }
    QStringView rest() const { return m_text.sliced(std::min(m_pos, m_text.size())); }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

// A decimal number: its digits as an integer and the power of ten that
// divides them (`12,5` is 125 and 10). Up to nine digits after the mark.
struct Decimal
{
    qint64 digits = 0;
    qint64 scale = 1;
};

std::optional<Decimal> readDecimal(Cursor &cursor)
{
    if (!cursor.isDigit())
        return std::nullopt;
    Decimal value;
    value.digits = cursor.number(1, 15);
    if (cursor.isDigit())
        return std::nullopt; // beyond any duration or serial met in an export
    if (cursor.expect(u'.') || cursor.expect(u',')) {
        if (!cursor.isDigit())
            return std::nullopt;
        int count = 0;
        while (cursor.isDigit()) {
            if (count < 9) {
                value.digits = value.digits * 10 + (cursor.peek() - u'0');
                value.scale *= 10;
            }
            ++count;
            cursor.expect(cursor.peek());
        }
    }
    return value;
}

qint64 roundedProduct(const Decimal &value, qint64 unit)
{
    return (value.digits * unit + value.scale / 2) / value.scale;
}

// Jira writes its short months in the user's language: English, or French
// with a dot after the shortened ones ("janv.", but "mars" and "mai").
struct MonthName
{
    QStringView name;
    int month;
};
constexpr MonthName MonthNames[] = {
    {u"jan", 1},  {u"feb", 2},  {u"mar", 3},  {u"apr", 4},  {u"may", 5},  {u"jun", 6},  {u"jul", 7},
    {u"aug", 8},  {u"sep", 9},  {u"oct", 10}, {u"nov", 11}, {u"dec", 12}, {u"janv", 1}, {u"févr", 2},
    {u"fevr", 2}, {u"fév", 2},  {u"fev", 2},  {u"mars", 3}, {u"avr", 4},  {u"mai", 5},  {u"juin", 6},
    {u"juil", 7}, {u"août", 8}, {u"aout", 8}, {u"aoû", 8},  {u"sept", 9}, {u"déc", 12},
};

int monthOf(QStringView name)
{
    for (const MonthName &month : MonthNames) {
        if (name.compare(month.name, Qt::CaseInsensitive) == 0)
            return month.month;
    }
    return 0;
}

// The time after a date: `h:mm[:ss]`, then AM/PM or nothing (24-hour).
// Returns the second of the day, or -1 with `why` set.
int readClock(Cursor &cursor, bool requireAmPm, QString *why)
{
    const qint64 hour = cursor.number(1, 2);
    if (hour < 0 || !cursor.expect(u':')) {
        *why = QCoreApplication::translate("HelpdeskTimestamps", "expected the time as h:mm");
        return -1;
    }
    const qint64 minute = cursor.number(2, 2);
    if (minute < 0 || minute > 59) {
        *why = QCoreApplication::translate("HelpdeskTimestamps", "expected two-digit minutes from 00 to 59");
        return -1;
    }
    qint64 second = 0;
    if (cursor.expect(u':')) {
        second = cursor.number(2, 2);
        if (second < 0 || second > 59) {
            *why =
                QCoreApplication::translate("HelpdeskTimestamps", "expected two-digit seconds from 00 to 59");
            return -1;
        }
    }
    cursor.skipSpaces();
    const QStringView marker = cursor.word();
    cursor.skipSpaces();
    if (!cursor.atEnd()) {
        *why = QCoreApplication::translate("HelpdeskTimestamps", "unexpected %1 after the time")
                   .arg(quoted(cursor.rest()));
        return -1;
    }
    qint64 hourOfDay = hour;
    if (marker.isEmpty()) {
        if (requireAmPm) {
            *why = QCoreApplication::translate("HelpdeskTimestamps", "expected AM or PM after the time");
            return -1;
        }
        if (hour > 23) {
            *why = QCoreApplication::translate("HelpdeskTimestamps", "hour %1 is out of range").arg(hour);
            return -1;
        }
    } else {
        const bool am = marker.compare(u"am", Qt::CaseInsensitive) == 0;
        const bool pm = marker.compare(u"pm", Qt::CaseInsensitive) == 0;
        if (!am && !pm) {
            *why =
                QCoreApplication::translate("HelpdeskTimestamps", "expected AM or PM after the time, not %1")
                    .arg(quoted(marker));
            return -1;
        }
        if (hour < 1 || hour > 12) {
            *why = QCoreApplication::translate("HelpdeskTimestamps",
                                               "hour %1 is out of range for a 12-hour clock")
                       .arg(hour);
            return -1;
        }
        // 12 AM is midnight, 12 PM noon.
        hourOfDay = hour % 12 + (pm ? 12 : 0);
    }
    return int(hourOfDay * 3600 + minute * 60 + second);
}

Expected<ParsedTimestamp> localTimestamp(QStringView text, int year, int month, int day, int secondOfDay)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return invalid<ParsedTimestamp>(
            text, QCoreApplication::translate("HelpdeskTimestamps", "there is no such date"));
    ParsedTimestamp parsed;
    parsed.localSeconds = localSecondsOf(date, secondOfDay);
    return parsed;
}

bool looksIso(QStringView text)
{
    return text.size() > 4 && text[4] == u'-' && text[0].isDigit();
}

} // namespace

bool writesZonelessTimes(HelpdeskSource source)
{
    return source != HelpdeskSource::SupportDesk && source != HelpdeskSource::ZendeskJson;
}

Expected<ParsedTimestamp> parseHelpdeskTimestamp(HelpdeskSource source, QStringView text)
{
    text = text.trimmed();
    if (looksIso(text))
        return parseIsoTimestamp(text);
    switch (source) {
    case HelpdeskSource::Jira: return parseJiraTimestamp(text);
    case HelpdeskSource::OsTicket: return parseSlashTimestamp(text);
    case HelpdeskSource::Zammad: return parseExcelSerialTimestamp(text);
    default: return parseIsoTimestamp(text);
    }
}

Expected<ParsedTimestamp> parseJiraTimestamp(QStringView text)
{
    text = text.trimmed();
    const QString form = QCoreApplication::translate("HelpdeskTimestamps",
                                                     "expected dd/MMM/yy h:mm AM, e.g. 19/Jan/26 12:47 PM");
    Cursor cursor(text);
    const qint64 day = cursor.number(1, 2);
    if (day < 0 || !cursor.expect(u'/'))
        return invalid<ParsedTimestamp>(text, form);
    const QStringView monthName = cursor.word();
    cursor.expect(u'.');
    const int month = monthOf(monthName);
    if (month == 0)
        return invalid<ParsedTimestamp>(
            text,
            QCoreApplication::translate("HelpdeskTimestamps", "unknown month %1").arg(quoted(monthName)));
    if (!cursor.expect(u'/'))
        return invalid<ParsedTimestamp>(text, form);
    qint64 year = cursor.number(2, 4);
    if (year < 0 || (year >= 100 && year < 1000))
        return invalid<ParsedTimestamp>(text, form);
    if (year < 100)
        year += 2000; // Jira's two-digit years are this century's
    if (!cursor.isSpace())
        return invalid<ParsedTimestamp>(text, form);
    cursor.skipSpaces();
    QString why;
    const int secondOfDay = readClock(cursor, false, &why);
    if (secondOfDay < 0)
        return invalid<ParsedTimestamp>(text, why);
    return localTimestamp(text, int(year), month, int(day), secondOfDay);
}

Expected<ParsedTimestamp> parseSlashTimestamp(QStringView text)
{
    text = text.trimmed();
    const QString form = QCoreApplication::translate(
        "HelpdeskTimestamps", "expected YYYY-MM-DD HH:MM, MM/DD/YYYY h:mm AM or DD/MM/YYYY HH:MM");
    // The clock decides the order: a 12-hour one ends with AM or PM.
    const QStringView end = text.right(2);
    const bool twelveHour =
        end.compare(u"am", Qt::CaseInsensitive) == 0 || end.compare(u"pm", Qt::CaseInsensitive) == 0;
    Cursor cursor(text);
    const qint64 first = cursor.number(1, 2);
    if (first < 0 || !cursor.expect(u'/'))
        return invalid<ParsedTimestamp>(text, form);
    const qint64 second = cursor.number(1, 2);
    if (second < 0 || !cursor.expect(u'/'))
        return invalid<ParsedTimestamp>(text, form);
    qint64 year = cursor.number(2, 4);
    if (year < 0 || (year >= 100 && year < 1000))
        return invalid<ParsedTimestamp>(text, form);
    if (year < 100)
        year += 2000;
    if (!cursor.isSpace())
        return invalid<ParsedTimestamp>(text, form);
    cursor.skipSpaces();
    QString why;
    const int secondOfDay = readClock(cursor, twelveHour, &why);
    if (secondOfDay < 0)
        return invalid<ParsedTimestamp>(text, why);
    const qint64 month = twelveHour ? first : second;
    const qint64 day = twelveHour ? second : first;
    if (month < 1 || month > 12)
        return invalid<ParsedTimestamp>(
            text, QCoreApplication::translate("HelpdeskTimestamps", "month %1 is out of range").arg(month));
    return localTimestamp(text, int(year), int(month), int(day), secondOfDay);
}

Expected<ParsedTimestamp> parseExcelSerialTimestamp(QStringView text)
{
    text = text.trimmed();
    Cursor cursor(text);
    const std::optional<Decimal> serial = readDecimal(cursor);
    // 1 is 1900-01-01 (as Excel counts), 2958465 is 9999-12-31.
    if (!serial || !cursor.atEnd())
        return invalid<ParsedTimestamp>(
            text, QCoreApplication::translate("HelpdeskTimestamps",
                                              "expected YYYY-MM-DD HH:MM:SS or a spreadsheet date"));
    const qint64 seconds = roundedProduct(*serial, SecondsPerDay);
    if (seconds < SecondsPerDay || seconds >= 2958466 * SecondsPerDay)
        return invalid<ParsedTimestamp>(
            text, QCoreApplication::translate("HelpdeskTimestamps", "the spreadsheet date is out of range"));
    ParsedTimestamp parsed;
    parsed.localSeconds = seconds - ExcelSerialOfEpoch * SecondsPerDay;
    return parsed;
}

Expected<qint64> parseSignedHoursMinutes(QStringView text)
{
    text = text.trimmed();
    Cursor cursor(text);
    const bool negative = cursor.expect(u'-');
    const qint64 hours = cursor.number(1, 9);
    const bool colon = hours >= 0 && cursor.expect(u':');
    const qint64 minutes = colon ? cursor.number(2, 2) : -1;
    if (minutes < 0 || minutes > 59 || !cursor.atEnd()) {
        return Expected<qint64>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("HelpdeskTimestamps",
                                        "invalid remaining time %1: expected [-]H:MM, e.g. -1:30")
                .arg(quoted(text)));
    }
    const qint64 seconds = hours * 3600 + minutes * 60;
    return negative ? -seconds : seconds;
}

Expected<qint64> parseDurationNumber(QStringView text, qint64 unitSeconds)
{
    text = text.trimmed();
    Cursor cursor(text);
    const std::optional<Decimal> value = readDecimal(cursor);
    if (!value || !cursor.atEnd())
        return Expected<qint64>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("HelpdeskTimestamps",
                                        "invalid duration %1: expected a number that is not negative")
                .arg(quoted(text)));
    return roundedProduct(*value, unitSeconds);
}

Expected<qint64> parseWordedDuration(QStringView text)
{
    text = text.trimmed();
    const auto fail = [text] {
        return Expected<qint64>::failure(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("HelpdeskTimestamps",
                                        "invalid duration %1: expected e.g. 1 hours 5 minutes 0 seconds")
                .arg(quoted(text)));
    };
    Cursor cursor(text);
    qint64 total = 0;
    int parts = 0;
    while (true) {
        cursor.skipSpaces();
        if (cursor.atEnd())
            break;
        const qint64 count = cursor.number(1, 12);
        if (count < 0)
            return fail();
        cursor.skipSpaces();
        const QStringView unit = cursor.word();
        ++parts;
        if (unit.isEmpty()) {
            if (!cursor.atEnd() || parts > 1)
                return fail();
            return count; // a bare number is seconds
        }
        switch (unit[0].toLower().unicode()) {
        case u'd':
        case u'j': total += count * SecondsPerDay; break;
        case u'h': total += count * 3600; break;
        case u'm': total += count * 60; break;
        case u's': total += count; break;
        default: return fail();
        }
    }
    if (parts == 0)
        return fail();
    return total;
}
