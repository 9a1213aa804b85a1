#include "Formatting.h"

#include "PlanCatalog.h"
#include "Timestamp.h"
#include "ZoneRules.h"

#include <QCoreApplication>
#include <QTime>

namespace Formatting {

namespace {

QString twoDigits(qint64 value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

} // namespace

QString money(const QLocale &locale, qint64 cents)
{
    // A double holds every cent exactly up to 2^53 cents (ninety trillion
    // dollars), so the locale's own currency pattern can be trusted here.
    return locale.toCurrencyString(double(cents) / 100.0, QStringLiteral("$"), 2);
}

QString amount(const QLocale &locale, qint64 cents)
{
    return hundredths(locale, cents);
}

QString hundredths(const QLocale &locale, qint64 value)
{
    // Integer arithmetic rather than a double: the text must be exact.
    const bool negative = value < 0;
    const quint64 magnitude = negative ? quint64(-(value + 1)) + 1 : quint64(value);
    QString text = locale.toString(qulonglong(magnitude / 100)) + locale.decimalPoint() +
                   twoDigits(qint64(magnitude % 100));
    return negative ? locale.negativeSign() + text : text;
}

QString percentBasisPoints(const QLocale &locale, qint64 basisPoints)
{
    //: A percentage; French puts a narrow no-break space before the sign.
    return QCoreApplication::translate("Formatting", "%1%").arg(hundredths(locale, basisPoints));
}

QString integer(const QLocale &locale, qint64 value)
{
    return locale.toString(qlonglong(value));
}

QString dateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString date(const QLocale &locale, QDate value)
{
    return value.isValid() ? locale.toString(value, dateFormat(locale)) : QString();
}

QString month(const QLocale &locale, YearMonth value)
{
    return locale.standaloneMonthName(value.month, QLocale::LongFormat) + QLatin1Char(' ') +
           QString::number(value.year);
}

QString time(const QLocale &locale, int secondOfDay)
{
    return locale.toString(QTime(0, 0).addSecs(secondOfDay), QLocale::ShortFormat);
}

QString dateTime(const QLocale &locale, qint64 utcSeconds, const ZoneRules &zone)
{
    const qint64 local = zone.localSeconds(utcSeconds);
    const QDate day = dateOfLocalSeconds(local);
    const int secondOfDay = int(local - localSecondsOf(day, 0));
    return date(locale, day) + QLatin1Char(' ') + time(locale, secondOfDay);
}

QString dateTime(const QLocale &locale, qint64 utcSeconds, const QString &zoneId)
{
    auto zone = ZoneRules::forZone(zoneId);
    if (!zone)
        zone = ZoneRules::forZone(QStringLiteral("UTC"));
    return dateTime(locale, utcSeconds, *zone);
}

QString duration(const QLocale &locale, qint64 seconds)
{
    if (seconds < 0)
        return locale.negativeSign() + duration(locale, -seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("Formatting", "%1 min").arg(locale.toString(qlonglong(minutes)));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return QCoreApplication::translate("Formatting", "%1 h %2 min")
            .arg(locale.toString(qlonglong(hours)), twoDigits(minutes % 60));
    return QCoreApplication::translate("Formatting", "%1 d %2 h")
        .arg(locale.toString(qlonglong(hours / 24)), locale.toString(qlonglong(hours % 24)));
}

QString targetMinutes(const QLocale &locale, int minutes)
{
    if (minutes < 60)
        return QCoreApplication::translate("Formatting", "%1 min").arg(locale.toString(minutes));
    if (minutes % 60 == 0)
        return QCoreApplication::translate("Formatting", "%1 h").arg(locale.toString(minutes / 60));
    return QCoreApplication::translate("Formatting", "%1 h %2 min")
        .arg(locale.toString(minutes / 60), twoDigits(minutes % 60));
}

QString priority(Priority value)
{
    return QCoreApplication::translate("Priority", priorityLabel(value));
}

QString priorityShort(Priority value)
{
    return priorityCode(value);
}

QString channel(Channel value)
{
    return QCoreApplication::translate("Channel", channelLabel(value));
}

QString productCategory(ProductCategory value)
{
    return QCoreApplication::translate("ProductCategory", productCategoryLabel(value));
}

QString planFeature(PlanFeature feature)
{
    return QCoreApplication::translate("PlanFeature", PlanCatalog::featureLabel(feature));
}

} // namespace Formatting
