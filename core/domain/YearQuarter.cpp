#include "YearQuarter.h"

std::optional<YearQuarter> YearQuarter::parse(QStringView text)
{
    if (text.size() != 7 || text[4] != u'-' || (text[5] != u'Q' && text[5] != u'q'))
        return std::nullopt;
    // The year is read as YearMonth reads it: strict digits, at least 1.
    const auto january = YearMonth::parse(text.first(4).toString() + QStringLiteral("-01"));
    const char16_t digit = text[6].unicode();
    if (!january || digit < u'1' || digit > u'4')
        return std::nullopt;
    return YearQuarter{january->year, int(digit - u'0')};
}

QString YearQuarter::toString() const
{
    return QStringLiteral("%1-Q%2").arg(year, 4, 10, QLatin1Char('0')).arg(quarter);
}
