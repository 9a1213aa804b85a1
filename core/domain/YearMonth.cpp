#include "YearMonth.h"

namespace {

// Strict digits only: "2026-1" or "+2026-01" are not months.
std::optional<int> digits(QStringView text)
{
    int value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

std::optional<YearMonth> YearMonth::parse(QStringView text)
{
    if (text.size() != 7 || text[4] != u'-')
        return std::nullopt;
    const auto year = digits(text.first(4));
    const auto month = digits(text.sliced(5));
    if (!year || !month || *month < 1 || *month > 12 || *year < 1)
        return std::nullopt;
    return YearMonth{*year, *month};
}

QString YearMonth::toString() const
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

std::optional<MonthRange> MonthRange::parse(QStringView text)
{
    const qsizetype dots = text.indexOf(u"..");
    if (dots < 0) {
        const auto month = YearMonth::parse(text);
        if (!month)
            return std::nullopt;
        return MonthRange{*month, *month};
    }
    const auto first = YearMonth::parse(text.first(dots));
    const auto last = YearMonth::parse(text.sliced(dots + 2));
    if (!first || !last || *last < *first)
        return std::nullopt;
    return MonthRange{*first, *last};
}
