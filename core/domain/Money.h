#pragma once

#include "Expected.h"

#include <QString>
#include <QStringView>

struct PlanTerms;

// Dollars are held as integer cents and percentages as basis points; every
// rounding is half-up to the cent, computed exactly in integers.

// numerator / denominator rounded half-up; both non-negative, denominator > 0.
qint64 divideRoundHalfUp(qint64 numerator, qint64 denominator);
// value × multiplier / divisor rounded half-up, without overflowing on the
// intermediate product when value is large; all non-negative, divisor > 0.
qint64 multiplyDivideRoundHalfUp(qint64 value, qint64 multiplier, qint64 divisor);

// Reads "12500.50", "12500.5", "12500", "0.99", "$12,500.50". At most two
// decimals; negatives, misplaced separators, junk and overflow are errors that
// say what is wrong.
Expected<qint64> parseDollars(QStringView text);
// "12500.50": no thousands separators, the format of the CSV files and the CLI.
QString formatDollars(qint64 cents);
// Any number held in hundredths (cents, hundredths of a minute or of a
// percent) as formatDollars() writes cents: "-3.05".
QString formatHundredths(qint64 hundredths);

// 0 for a free plan, else max(round(spend × percent), minimum).
qint64 planFee(const PlanTerms &terms, qint64 spendCents);
// The share of a month's fee owed for the days a plan was in force.
qint64 proratedFee(qint64 monthlyFeeCents, int activeDays, int daysInMonth);
