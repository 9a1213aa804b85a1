#include "XlsxCells.h"

#include <QDate>
#include <QLocale>
#include <QXmlStreamReader>
#include <cmath>

using namespace Qt::StringLiterals;

namespace XlsxCells {

int columnIndex(QStringView reference)
{
    int column = 0;
    qsizetype letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        column = column * 26 + (u - u'A' + 1);
        if (column > MaxColumns)
            return -1;
        ++letters;
    }
    return letters == 0 ? -1 : column - 1;
}

QString columnName(int index)
{
    QString name;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

bool isBuiltInDateFormat(int numFmtId)
{
    return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47);
}

bool isDateFormatCode(QStringView code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        switch (code[i].unicode()) {
        case u'"': // literal text: "days" shows no date
            i = code.indexOf(u'"', i + 1);
            if (i < 0)
                return false;
            break;
        case u'[': // [Red], [>100], [$-407]: no date; [h] is a duration, judged by what follows
            i = code.indexOf(u']', i + 1);
            if (i < 0)
                return false;
            break;
        case u'\\': // an escaped character, a fill character, a space as wide as one
        case u'_':
        case u'*': ++i; break;
        case u'y':
        case u'Y':
        case u'm':
        case u'M':
        case u'd':
        case u'D':
        case u'h':
        case u'H':
        case u's':
        case u'S': return true;
        default: break;
        }
    }
    return false;
}

std::optional<QString> serialDateText(double serial, bool date1904)
{
    constexpr double lastSerial = 2958466.0; // the day after 9999-12-31, in the 1900 system
    if (!std::isfinite(serial) || serial < 0 || serial >= lastSerial)
        return std::nullopt;
    // Rounded before the split, so 23:59:59.7 becomes the next day's midnight.
    const qint64 seconds = std::llround(serial * 86400.0);
    const qint64 days = seconds / 86400;
    const int secondOfDay = int(seconds % 86400);
    const QString time = u"%1:%2:%3"_s.arg(secondOfDay / 3600, 2, 10, QChar(u'0'))
                             .arg(secondOfDay / 60 % 60, 2, 10, QChar(u'0'))
                             .arg(secondOfDay % 60, 2, 10, QChar(u'0'));
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else if (days == 0) {
        return time;
    } else if (days == 60) {
        // Excel counts 1900 as a leap year, as Lotus 1-2-3 did: the day
        // does not exist, so it is written as Excel shows it, for the
        // reader of the text to refuse.
        return u"1900-02-29 "_s + time;
    } else {
        // Serials from 61 on are one day ahead of a true count from
        // 1900-01-01 by that fake day.
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    }
    if (date.year() > 9999)
        return std::nullopt;
    return u"%1-%2-%3 %4"_s.arg(date.year(), 4, 10, QChar(u'0'))
        .arg(date.month(), 2, 10, QChar(u'0'))
        .arg(date.day(), 2, 10, QChar(u'0'))
        .arg(time);
}

QString numberText(double value)
{
    // Integers up to 2^53 are exact in a double: written without exponent.
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) <= 9007199254740992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd() && !xml.hasError()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == "t"_L1)
                text += xml.readElementText(); // consumes its end tag
            else if (xml.name() == "rPh"_L1)
                xml.skipCurrentElement();
            else
                ++depth;
            break;
        case QXmlStreamReader::EndElement: --depth; break;
        default: break;
        }
    }
    return text;
}

} // namespace XlsxCells
