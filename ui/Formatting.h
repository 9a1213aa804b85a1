#pragma once

#include "Channel.h"
#include "Error.h"
#include "Plan.h"
#include "Priority.h"
#include "ProductCategory.h"
#include "YearMonth.h"

#include <QDate>
#include <QLocale>
#include <QMetaType>
#include <QString>
#include <Qt>

class ZoneRules;

// Every number, date, duration and amount the interface shows goes through
// these functions and the AppContext's locale, so a language switch changes
// all of them at once and no view formats by hand.
namespace Formatting {

// The role under which models give the value a column sorts and exports by
// (cents, seconds, dates), as opposed to its display text.
inline constexpr int RawValueRole = Qt::UserRole + 1;
// Of a model that reads its rows while they are shown: the Error of a read
// that failed, so that whatever copies the rows (an export) stops instead of
// copying blank ones, and says why by the same kind (a damaged store is
// still damaged). Nothing while every read succeeded.
inline constexpr int ReadFailureRole = Qt::UserRole + 100;
// What an export writes instead of the display text, where the screen's
// text would be ambiguous in a file: instants as ISO 8601 with their offset
// (the screen names a zone only when it is not the user's).
inline constexpr int ExportTextRole = Qt::UserRole + 101;

// Dollars from integer cents, exact to the cent: "$1,234.50" / "1 234,50 $US"
// style, as the locale writes currency amounts.
QString money(const QLocale &locale, qint64 cents);
// The amount without a currency sign, grouped as the locale does: "1,234.50".
QString amount(const QLocale &locale, qint64 cents);
// A fixed-point value held in hundredths (minutes ×100, percent ×100):
// exact, two decimals, the locale's separators.
QString hundredths(const QLocale &locale, qint64 value);
// A share held in basis points of a percent (9550 = 95.50 %).
QString percentBasisPoints(const QLocale &locale, qint64 basisPoints);
QString integer(const QLocale &locale, qint64 value);

// Dates with a four-digit year in the locale's short order ("11/26/2026",
// "26/11/2026"): two-digit years are ambiguous on reports that span decades.
QString date(const QLocale &locale, QDate date);
QString dateFormat(const QLocale &locale);
QString month(const QLocale &locale, YearMonth month); // "November 2026", "novembre 2026"
QString time(const QLocale &locale, int secondOfDay);
// An instant as the wall clock of a zone shows it: date and time.
QString dateTime(const QLocale &locale, qint64 utcSeconds, const ZoneRules &zone);
QString dateTime(const QLocale &locale, qint64 utcSeconds, const QString &zoneId);

// A length of time, compact and readable: "45 min", "2 h 05 min", "3 d 4 h".
// Negative lengths (overdue) get a leading minus sign.
QString duration(const QLocale &locale, qint64 seconds);
// Minutes as a target reads: "60 min", "3 h", "1 h 30 min".
QString targetMinutes(const QLocale &locale, int minutes);

// Labels of the core's enums, translated at display time.
QString priority(Priority priority);
QString priorityShort(Priority priority); // "P1"
QString channel(Channel channel);
QString productCategory(ProductCategory category);
QString planFeature(PlanFeature feature);

} // namespace Formatting

Q_DECLARE_METATYPE(Error)
