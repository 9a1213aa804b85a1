#pragma once

#include "Expected.h"
#include "HelpdeskSource.h"
#include "Timestamp.h"

#include <QStringView>

// Timestamps and durations as help desks write them in their exports. All
// hand-written: a million rows go through them, so no QDateTime, no regular
// expression and no allocation on the way to a value.

// Whether a source writes its times without a UTC offset (in an account's,
// agent's or file's zone): reading them needs a zone.
bool writesZonelessTimes(HelpdeskSource source);

// A timestamp as `source` writes it. ISO 8601 (parseIsoTimestamp) is read
// for every source; besides it: Jira's `dd/MMM/yy h:mm AM` (English or
// French months, 12- or 24-hour), osTicket's US display form
// `MM/DD/YYYY h:mm AM`, Zammad's older Excel date serials.
Expected<ParsedTimestamp> parseHelpdeskTimestamp(HelpdeskSource source, QStringView text);

// `19/Jan/26 12:47 PM`, `19/janv./26 12:47 PM`, `19/janv./26 12:47`: day,
// month abbreviation (English, or French with or without its dot and
// accents), two- or four-digit year, then the time, 12-hour with AM/PM or
// 24-hour without.
Expected<ParsedTimestamp> parseJiraTimestamp(QStringView text);

// osTicket's slash dates, read by the clock that follows them, as its
// display presets pair them: with AM/PM month first (`01/19/2026 12:47 PM`,
// the US `m/d/Y g:i a`), in 24 hours day first (`19/01/2026 14:00`, the
// European `d/m/Y H:i`). Two- or four-digit years.
Expected<ParsedTimestamp> parseSlashTimestamp(QStringView text);

// An Excel date serial (`46041.53264`): days since 1899-12-30, the fraction
// the time of day, rounded to the second. Older Zammad sheets hold these.
Expected<ParsedTimestamp> parseExcelSerialTimestamp(QStringView text);

// Jira's remaining time of an SLA cycle, `[-]H:MM`, in seconds (negative:
// breached).
Expected<qint64> parseSignedHoursMinutes(QStringView text);

// A non-negative decimal number (`12`, `12.5`, `12,5`) times `unitSeconds`,
// rounded to the second: minutes or seconds of the tools' own figures.
Expected<qint64> parseDurationNumber(QStringView text, qint64 unitSeconds);

// GLPI's durations: `1 days 2 hours 3 minutes 0 seconds` in the user's
// language (English or French words: day/jour, hour/heure, minute,
// second/seconde), or a plain number of seconds.
Expected<qint64> parseWordedDuration(QStringView text);
