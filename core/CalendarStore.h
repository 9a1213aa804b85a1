#pragma once

#include "Calendar.h"
#include "Expected.h"

#include <QList>
#include <QString>
#include <optional>

class Database;

// Business-hours calendars: weekly hours and holidays, found by name.
class CalendarStore
{
public:
    explicit CalendarStore(Database &database);

    // Adds a calendar with its hours and holidays; returns its row id.
    Expected<qint64> add(const Calendar &calendar);
    // Replaces the time zone, hours and holidays of the calendar named
    // `currentName`, renaming it when `calendar.name` differs.
    Status update(const QString &currentName, const Calendar &calendar);
    // Refused while an account uses it, and for the default calendar.
    Status remove(const QString &name);
    QList<Calendar> all() const; // ordered by name
    Expected<Calendar> findByName(const QString &name) const;
    Expected<qint64> idOf(const QString &name) const;

    // The calendar of accounts created without one: the one set as default,
    // else the vendor's calendar when the store has it.
    Expected<qint64> defaultCalendarId() const;
    Status setDefault(const QString &name);

    Expected<qint64> addHoliday(const QString &calendarName, const HolidayRule &rule);
    // Removes the holidays of that calendar with the same kind and dates as
    // `rule` (its name does not matter).
    Status removeHoliday(const QString &calendarName, const HolidayRule &rule);

private:
    // Every calendar, or only the one with that id.
    QList<Calendar> load(std::optional<qint64> onlyId) const;
    Status validate(const Calendar &calendar) const;
    Status insertContents(qint64 calendarId, const Calendar &calendar);
    Expected<qint64> insertHoliday(qint64 calendarId, const HolidayRule &rule);

    Database &m_database;
};
