#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

// A calendar month, ordered, usable as a map key and stepped one by one.
struct YearMonth
{
    int year = 1970;
    int month = 1;

    static YearMonth of(QDate date) { return {date.year(), date.month()}; }
    // "YYYY-MM"; nullopt for anything else.
    static std::optional<YearMonth> parse(QStringView text);
    QString toString() const; // "YYYY-MM"

    QDate firstDay() const { return QDate(year, month, 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    int dayCount() const { return firstDay().daysInMonth(); }
    YearMonth next() const { return month == 12 ? YearMonth{year + 1, 1} : YearMonth{year, month + 1}; }
    YearMonth previous() const { return month == 1 ? YearMonth{year - 1, 12} : YearMonth{year, month - 1}; }
    // Months from January of year 0: a dense index for arrays over a range.
    int index() const { return year * 12 + (month - 1); }
    static YearMonth fromIndex(int index) { return {index / 12, index % 12 + 1}; }

    friend bool operator==(YearMonth a, YearMonth b) { return a.year == b.year && a.month == b.month; }
    friend bool operator!=(YearMonth a, YearMonth b) { return !(a == b); }
    friend bool operator<(YearMonth a, YearMonth b) { return a.index() < b.index(); }
    friend bool operator<=(YearMonth a, YearMonth b) { return a.index() <= b.index(); }
    friend bool operator>(YearMonth a, YearMonth b) { return b < a; }
    friend bool operator>=(YearMonth a, YearMonth b) { return b <= a; }
};

// An inclusive range of months, "YYYY-MM" or "YYYY-MM..YYYY-MM".
struct MonthRange
{
    YearMonth first;
    YearMonth last;

    static std::optional<MonthRange> parse(QStringView text);
    int count() const { return last.index() - first.index() + 1; }
    bool contains(YearMonth m) const { return first <= m && m <= last; }
};
