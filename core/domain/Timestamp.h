#pragma once

#include "Expected.h"

#include <QDate>
#include <QString>
#include <QStringView>

class ZoneRules;

// Local wall-clock time as seconds since 1970-01-01T00:00 of the same clock.
qint64 localSecondsOf(QDate date, int secondOfDay);
QDate dateOfLocalSeconds(qint64 localSeconds);

struct ParsedTimestamp
{
    bool hasOffset = false;
    qint64 utcSeconds = 0;   // meaningful when hasOffset
    qint64 localSeconds = 0; // the wall-clock time as written
};

// ISO 8601: YYYY-MM-DDTHH:MM[:SS[.fraction]] with 'T' or a space between, then
// nothing (a local time), 'Z', or an offset ±HH:MM, ±HHMM or ±HH. Fractions of
// a second are dropped. Hand-written: a million rows of an import go through it.
Expected<ParsedTimestamp> parseIsoTimestamp(QStringView text);

// The instant of a parsed timestamp: exact with an offset, otherwise read in
// the zone, where a wall time that does not exist or occurs twice is an error.
Expected<qint64> resolveTimestamp(const ParsedTimestamp &parsed, const ZoneRules &zone);

QString formatUtcTimestamp(qint64 utcSeconds); // "2026-03-08T10:00:00Z"

Expected<QDate> parseIsoDate(QStringView text); // strict YYYY-MM-DD
