#pragma once

#include "Calendar.h"
#include "Expected.h"

#include <QString>
#include <QStringView>

// Weekly business hours as people write them:
// "mon-fri 09:00-17:00; sat 10:00-14:00". Days are mon..sun, one day or a
// range (which may wrap: fri-mon); clauses are separated by ';', intervals by
// ','. 24:00 is a valid end; an end before the start crosses midnight. The
// same day in two clauses gets both clauses' intervals, kept sorted by start.
// An empty text is a calendar with no hours.
Expected<WeeklySchedule> parseHoursSpec(QStringView text);

// The canonical text of a schedule: consecutive days with equal intervals are
// grouped ("mon-fri 06:00-18:00"). parseHoursSpec reads it back unchanged.
QString formatHoursSpec(const WeeklySchedule &schedule);
