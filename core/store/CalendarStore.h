#pragma once

#include "Calendar.h"
#include "Expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

class Database;

// Business-hours calendars: weekly hours and holidays, found by name.
class CalendarStore
{
    Q_DECLARE_TR_FUNCTIONS(CalendarStore)

public:
    explicit CalendarStore(Database &database);

    // Adds a calendar with its hours and holidays; returns its row id.
    Expected<qint64> add(const Calendar &calendar);
    // Replaces the time zone, hours and holidays of the calendar named
    // `currentName`, renaming it when `calendar.name` differs. Given the
    // version the calendar was read at (versionOf()), refused when it was
    // changed since (an error of kind Conflict); with 0, written whatever it is.
    Status update(const QString &currentName, const Calendar &calendar, qint64 readVersion = 0);
    // The calendar's row version, which every change to it raises.
    Expected<qint64> versionOf(const QString &name) const;
    // Every calendar's version by name, in one read.
    Expected<QHash<QString, qint64>> versions() const;
    // The name of the default calendar (NotFound when there is none).
    Expected<QString> defaultName() const;
    // Refused while an account uses it, and for the default calendar.
    Status remove(const QString &name);
    Expected<QList<Calendar>> all() const; // ordered by name
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
    // One integer column of the calendar named `name`; NotFound when there is none.
    Expected<qint64> integerOf(const QString &column, const QString &name) const;
    // Every calendar, or only the one with that id.
    Expected<QList<Calendar>> load(std::optional<qint64> onlyId) const;
    Status validate(const Calendar &calendar) const;
    Expected<bool> nameTaken(const QString &name) const;
    Status insertContents(qint64 calendarId, const Calendar &calendar);
    Expected<qint64> insertHoliday(qint64 calendarId, const HolidayRule &rule);
    // Raises the calendar's version: its hours or holidays changed.
    Status touch(qint64 calendarId);

    Database &m_database;
};
