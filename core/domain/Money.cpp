#include "Money.h"

#include "Plan.h"

#include <QCoreApplication>
#include <QtGlobal>
#include <limits>

qint64 divideRoundHalfUp(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(numerator >= 0 && denominator > 0);
    const qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator;
    // remainder >= denominator - remainder is 2 × remainder >= denominator
    // without the doubling that could overflow.
    return remainder >= denominator - remainder ? quotient + 1 : quotient;
}

qint64 multiplyDivideRoundHalfUp(qint64 value, qint64 multiplier, qint64 divisor)
{
    Q_ASSERT(value >= 0 && multiplier >= 0 && divisor > 0);
    // value = q × divisor + r, so value × multiplier / divisor is exactly
    // q × multiplier + r × multiplier / divisor, and r is small.
    const qint64 quotient = value / divisor;
    const qint64 remainder = value % divisor;
    return quotient * multiplier + divideRoundHalfUp(remainder * multiplier, divisor);
}

namespace {

Expected<qint64> amountError(QStringView text, const QString &why)
{
    return Expected<qint64>::failure(
        Error::Kind::InvalidInput,
        QCoreApplication::translate("Money", "\"%1\" is not an amount in dollars: %2").arg(text, why));
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Thousands separators are accepted only where they belong: "12,500" but not
// "1,25" or "12,,500", which are more likely typing mistakes than amounts.
bool separatorsWellPlaced(QStringView whole)
{
    if (!whole.contains(u','))
        return true;
    const QList<QStringView> groups = whole.split(u',');
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups[i].size() != 3)
            return false;
    }
    return true;
}

} // namespace

Expected<qint64> parseDollars(QStringView text)
{
    QStringView rest = text.trimmed();
    if (rest.startsWith(u'$'))
        rest = rest.sliced(1);
    if (rest.isEmpty())
        return amountError(text, QCoreApplication::translate("Money", "no digits"));
    if (rest.startsWith(u'-'))
        return amountError(text, QCoreApplication::translate("Money", "amounts cannot be negative"));

    const qsizetype point = rest.indexOf(u'.');
    const QStringView whole = point < 0 ? rest : rest.first(point);
    const QStringView fraction = point < 0 ? QStringView() : rest.sliced(point + 1);

    for (QChar c : whole) {
        if (!isDigit(c) && c != u',')
            return amountError(text,
                               QCoreApplication::translate("Money", "unexpected character '%1'").arg(c));
    }
    for (QChar c : fraction) {
        if (!isDigit(c))
            return amountError(text,
                               QCoreApplication::translate("Money", "unexpected character '%1'").arg(c));
    }
    if (whole.isEmpty())
        return amountError(
            text, QCoreApplication::translate("Money", "digits are expected before the decimal point"));
    if (!separatorsWellPlaced(whole))
        return amountError(text, QCoreApplication::translate(
                                     "Money", "thousands separators must separate groups of three digits"));
    if (point >= 0 && fraction.isEmpty())
        return amountError(
            text, QCoreApplication::translate("Money", "digits are expected after the decimal point"));
    if (fraction.size() > 2)
        return amountError(
            text, QCoreApplication::translate("Money", "more than two decimals (amounts are in cents)"));

    constexpr qint64 max = std::numeric_limits<qint64>::max();
    qint64 cents = 0;
    auto append = [&cents](QChar c) {
        const int digit = c.unicode() - u'0';
        if (cents > (max - digit) / 10)
            return false;
        cents = cents * 10 + digit;
        return true;
    };
    bool fits = true;
    for (QChar c : whole) {
        if (c != u',')
            fits = fits && append(c);
    }
    for (qsizetype i = 0; i < 2; ++i)
        fits = fits && append(i < fraction.size() ? fraction[i] : QChar(u'0'));
    if (!fits)
        return amountError(text, QCoreApplication::translate("Money", "too large"));
    return cents;
}

QString formatDollars(qint64 cents)
{
    return formatHundredths(cents);
}

QString formatHundredths(qint64 hundredths)
{
    // The magnitude as unsigned so the most negative value formats too.
    const bool negative = hundredths < 0;
    const quint64 magnitude = negative ? 0 - quint64(hundredths) : quint64(hundredths);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

qint64 planFee(const PlanTerms &terms, qint64 spendCents)
{
    if (terms.isFree())
        return 0;
    const qint64 share =
        multiplyDivideRoundHalfUp(qMax<qint64>(spendCents, 0), terms.percentBasisPoints, 10000);
    return qMax(share, terms.minimumCents);
}

qint64 proratedFee(qint64 monthlyFeeCents, int activeDays, int daysInMonth)
{
    if (daysInMonth <= 0 || activeDays <= 0)
        return 0;
    if (activeDays >= daysInMonth)
        return monthlyFeeCents;
    return multiplyDivideRoundHalfUp(monthlyFeeCents, activeDays, daysInMonth);
}
