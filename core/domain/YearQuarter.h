#pragma once

#include "YearMonth.h"

#include <QString>
#include <QStringView>
#include <array>
#include <optional>

// A calendar quarter, "YYYY-Qn": the period of a quarterly status review.
struct YearQuarter
{
    int year = 1970;
    int quarter = 1; // 1..4

    static YearQuarter of(YearMonth month) { return {month.year, (month.month - 1) / 3 + 1}; }
    // "YYYY-Qn" (a lower-case q is accepted); nullopt for anything else.
    static std::optional<YearQuarter> parse(QStringView text);
    QString toString() const; // "YYYY-Qn"

    YearMonth firstMonth() const { return {year, (quarter - 1) * 3 + 1}; }
    YearMonth lastMonth() const { return {year, quarter * 3}; }
    std::array<YearMonth, 3> months() const
    {
        const YearMonth first = firstMonth();
        return {first, first.next(), first.next().next()};
    }
    MonthRange range() const { return {firstMonth(), lastMonth()}; }
    YearQuarter previous() const
    {
        return quarter == 1 ? YearQuarter{year - 1, 4} : YearQuarter{year, quarter - 1};
    }
    YearQuarter next() const
    {
        return quarter == 4 ? YearQuarter{year + 1, 1} : YearQuarter{year, quarter + 1};
    }

    friend bool operator==(YearQuarter a, YearQuarter b)
    {
        return a.year == b.year && a.quarter == b.quarter;
    }
    friend bool operator!=(YearQuarter a, YearQuarter b) { return !(a == b); }
    friend bool operator<(YearQuarter a, YearQuarter b)
    {
        return a.year != b.year ? a.year < b.year : a.quarter < b.quarter;
    }
};
