#include "CalendarStore.h"

#include "Database.h"

#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>

namespace {

const QString DefaultCalendarKey = QStringLiteral("default_calendar");

QString weekdayName(int index)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("CalendarStore", "Monday"),    QT_TRANSLATE_NOOP("CalendarStore", "Tuesday"),
        QT_TRANSLATE_NOOP("CalendarStore", "Wednesday"), QT_TRANSLATE_NOOP("CalendarStore", "Thursday"),
        QT_TRANSLATE_NOOP("CalendarStore", "Friday"),    QT_TRANSLATE_NOOP("CalendarStore", "Saturday"),
        QT_TRANSLATE_NOOP("CalendarStore", "Sunday")};
    return CalendarStore::tr(names[index]);
}

QString clockText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

struct HolidayColumns
{
    QString kind;
    QVariant date, month, day, weekday, nth;
    int observed = 0;
};

HolidayColumns columnsOf(const HolidayRule &rule)
{
    HolidayColumns columns;
    switch (rule.kind) {
    case HolidayRule::Kind::Date:
        columns.kind = QStringLiteral("date");
        columns.date = rule.date.toString(Qt::ISODate);
        break;
    case HolidayRule::Kind::FixedDay:
        columns.kind = QStringLiteral("fixed");
        columns.month = rule.month;
        columns.day = rule.day;
        columns.observed = rule.observed ? 1 : 0;
        break;
    case HolidayRule::Kind::NthWeekday:
        columns.kind = QStringLiteral("nth");
        columns.month = rule.month;
        columns.weekday = rule.weekday;
        columns.nth = rule.nth;
        break;
    case HolidayRule::Kind::LastWeekday:
        columns.kind = QStringLiteral("last");
        columns.month = rule.month;
        columns.weekday = rule.weekday;
        break;
    }
    return columns;
}

// Columns from 1 on: kind, date, month, day, weekday, nth, observed, name.
HolidayRule ruleFrom(const QSqlQuery &query)
{
    const auto value = [&](int column) { return query.value(1 + column); };
    HolidayRule rule;
    const QString kind = value(0).toString();
    if (kind == u"fixed")
        rule.kind = HolidayRule::Kind::FixedDay;
    else if (kind == u"nth")
        rule.kind = HolidayRule::Kind::NthWeekday;
    else if (kind == u"last")
        rule.kind = HolidayRule::Kind::LastWeekday;
    else
        rule.kind = HolidayRule::Kind::Date;
    rule.date = QDate::fromString(value(1).toString(), Qt::ISODate);
    rule.month = value(2).toInt();
    rule.day = value(3).toInt();
    rule.weekday = value(4).toInt();
    rule.nth = value(5).toInt();
    rule.observed = value(6).toInt() != 0;
    rule.name = value(7).toString();
    return rule;
}

Status validateHoliday(const HolidayRule &rule)
{
    const QString what = rule.name.isEmpty() ? CalendarStore::tr("a holiday")
                                             : CalendarStore::tr("holiday '%1'").arg(rule.name);
    const auto invalid = [](const QString &message) {
        return Status::failure(Error::Kind::InvalidInput, message);
    };
    if (rule.kind == HolidayRule::Kind::Date) {
        if (!rule.date.isValid())
            return invalid(CalendarStore::tr("%1 has no valid date").arg(what));
        return success();
    }
    if (rule.month < 1 || rule.month > 12)
        return invalid(CalendarStore::tr("%1: month %2 does not exist").arg(what).arg(rule.month));
    // 2000 is a leap year, so 29 February is a valid yearly date.
    if (rule.kind == HolidayRule::Kind::FixedDay && !QDate(2000, rule.month, rule.day).isValid()) {
        return invalid(CalendarStore::tr("%1: day %2 does not exist in month %3")
                           .arg(what)
                           .arg(rule.day)
                           .arg(rule.month));
    }
    if (rule.kind != HolidayRule::Kind::FixedDay && (rule.weekday < 1 || rule.weekday > 7)) {
        return invalid(CalendarStore::tr("%1: weekday %2 is not between 1 (Monday) and 7 (Sunday)")
                           .arg(what)
                           .arg(rule.weekday));
    }
    if (rule.kind == HolidayRule::Kind::NthWeekday && (rule.nth < 1 || rule.nth > 5))
        return invalid(CalendarStore::tr("%1: week %2 is not between 1 and 5").arg(what).arg(rule.nth));
    return success();
}

QString textOf(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// "Monday 09:00-17:00, ..., 2 holidays": a calendar as a conflict shows it.
QString describeHours(const Calendar &calendar)
{
    QStringList days;
    for (int day = 0; day < 7; ++day) {
        QStringList intervals;
        for (const DailyInterval &interval : calendar.schedule[std::size_t(day)])
            intervals << clockText(interval.startMinute) + u'-' + clockText(interval.endMinute);
        if (!intervals.isEmpty())
            days << weekdayName(day) + u' ' + intervals.join(u", ");
    }
    days << CalendarStore::tr("%n holiday(s)", nullptr, int(calendar.holidays.size()));
    return days.join(QStringLiteral("; "));
}

} // namespace

CalendarStore::CalendarStore(Database &database) : m_database(database)
{
}

Status CalendarStore::validate(const Calendar &calendar) const
{
    if (calendar.name.trimmed().isEmpty())
        return Status::failure(Error::Kind::InvalidInput, tr("a calendar needs a name"));
    if (!QTimeZone::isTimeZoneIdAvailable(calendar.timeZoneId.toUtf8())) {
        return Status::failure(
            Error::Kind::InvalidInput,
            tr("calendar '%1': unknown time zone '%2'").arg(calendar.name, calendar.timeZoneId));
    }
    for (int day = 0; day < 7; ++day) {
        for (const DailyInterval &interval : calendar.schedule[std::size_t(day)]) {
            const bool valid = interval.startMinute >= 0 && interval.startMinute < 1440 &&
                               interval.endMinute >= 0 && interval.endMinute <= 1440 &&
                               interval.startMinute != interval.endMinute;
            if (!valid) {
                return Status::failure(Error::Kind::InvalidInput,
                                       tr("calendar '%1': %2 hours %3-%4 are not a valid interval")
                                           .arg(calendar.name, weekdayName(day),
                                                clockText(interval.startMinute),
                                                clockText(interval.endMinute)));
            }
        }
    }
    for (const HolidayRule &rule : calendar.holidays) {
        const Status status = validateHoliday(rule);
        if (!status)
            return status.error().reworded(tr("calendar '%1': %2").arg(calendar.name, status.message()));
    }
    return success();
}

Expected<bool> CalendarStore::nameTaken(const QString &name) const
{
    const auto id = idOf(name);
    if (id)
        return true;
    if (id.errorKind() == Error::Kind::NotFound)
        return false;
    return id.error();
}

Expected<qint64> CalendarStore::insertHoliday(qint64 calendarId, const HolidayRule &rule)
{
    const HolidayColumns columns = columnsOf(rule);
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO holidays (calendar_id, kind, date, month, day, weekday, nth, observed, "
                       "name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    query.addBindValue(calendarId);
    query.addBindValue(columns.kind);
    query.addBindValue(columns.date);
    query.addBindValue(columns.month);
    query.addBindValue(columns.day);
    query.addBindValue(columns.weekday);
    query.addBindValue(columns.nth);
    query.addBindValue(columns.observed);
    query.addBindValue(textOf(rule.name));
    if (const Status inserted = m_database.write(query); !inserted)
        return inserted.error();
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    return id;
}

Status CalendarStore::insertContents(qint64 calendarId, const Calendar &calendar)
{
    QSqlQuery hours(m_database.connection());
    hours.prepare(
        QStringLiteral("INSERT INTO calendar_hours (calendar_id, weekday, start_minute, end_minute) "
                       "VALUES (?, ?, ?, ?)"));
    for (int day = 0; day < 7; ++day) {
        for (const DailyInterval &interval : calendar.schedule[std::size_t(day)]) {
            hours.bindValue(0, calendarId);
            hours.bindValue(1, day);
            hours.bindValue(2, interval.startMinute);
            hours.bindValue(3, interval.endMinute);
            if (const Status status = m_database.write(hours); !status)
                return status;
        }
    }
    for (const HolidayRule &rule : calendar.holidays) {
        if (const auto inserted = insertHoliday(calendarId, rule); !inserted)
            return inserted.error();
    }
    return success();
}

Expected<qint64> CalendarStore::add(const Calendar &calendar)
{
    if (const Status valid = validate(calendar); !valid)
        return valid.error();
    qint64 id = 0;
    const Status status = m_database.transaction([&]() -> Status {
        const auto taken = nameTaken(calendar.name);
        if (!taken)
            return taken.error();
        if (*taken) {
            return Status::failure(Error::Kind::InvalidInput,
                                   tr("a calendar named '%1' already exists").arg(calendar.name));
        }
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO calendars (name, time_zone) VALUES (?, ?) RETURNING id"));
        query.addBindValue(calendar.name);
        query.addBindValue(calendar.timeZoneId);
        if (const Status inserted = m_database.write(query); !inserted)
            return inserted;
        id = query.next() ? query.value(0).toLongLong() : 0;
        if (const Status ended = m_database.rowsEnded(query); !ended)
            return ended;
        return insertContents(id, calendar);
    });
    if (!status)
        return status.error();
    return id;
}

Status CalendarStore::update(const QString &currentName, const Calendar &calendar, qint64 readVersion)
{
    if (const Status valid = validate(calendar); !valid)
        return valid;
    return m_database.transaction([&]() -> Status {
        const auto id = idOf(currentName);
        if (!id)
            return id.error();
        if (calendar.name != currentName) {
            const auto taken = nameTaken(calendar.name);
            if (!taken)
                return taken.error();
            if (*taken) {
                return Status::failure(Error::Kind::InvalidInput,
                                       tr("a calendar named '%1' already exists").arg(calendar.name));
            }
        }
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE calendars SET name = ?, time_zone = ?, version = version + 1 "
                                     "WHERE id = ?") +
                      (readVersion != 0 ? QStringLiteral(" AND version = ?") : QString()));
        query.addBindValue(calendar.name);
        query.addBindValue(calendar.timeZoneId);
        query.addBindValue(*id);
        if (readVersion != 0)
            query.addBindValue(readVersion);
        if (const Status updated = m_database.write(query); !updated)
            return updated;
        if (query.numRowsAffected() < 1) {
            const auto now = findByName(currentName);
            if (!now)
                return now.error();
            return Status::failure(
                Error::Kind::Conflict,
                tr("calendar '%1' was changed elsewhere since you opened it: now time zone %2, "
                   "%3; your change was not saved")
                    .arg(currentName, now->timeZoneId, describeHours(*now)));
        }
        for (const QString &statement : {QStringLiteral("DELETE FROM calendar_hours WHERE calendar_id = ?"),
                                         QStringLiteral("DELETE FROM holidays WHERE calendar_id = ?")}) {
            query.prepare(statement);
            query.addBindValue(*id);
            if (const Status removed = m_database.write(query); !removed)
                return removed;
        }
        return insertContents(*id, calendar);
    });
}

Expected<qint64> CalendarStore::integerOf(const QString &column, const QString &name) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM calendars WHERE name = ?").arg(column));
    query.addBindValue(textOf(name));
    const auto found = m_database.readFirstRow(query);
    if (!found)
        return found.error();
    if (!*found)
        return Expected<qint64>::failure(Error::Kind::NotFound, tr("no calendar named '%1'").arg(name));
    return query.value(0).toLongLong();
}

Expected<qint64> CalendarStore::versionOf(const QString &name) const
{
    return integerOf(QStringLiteral("version"), name);
}

Expected<QHash<QString, qint64>> CalendarStore::versions() const
{
    QHash<QString, qint64> versions;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (const Status run = m_database.read(query, QStringLiteral("SELECT name, version FROM calendars"));
        !run)
        return run.error();
    while (query.next())
        versions.insert(query.value(0).toString(), query.value(1).toLongLong());
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    return versions;
}

Expected<QString> CalendarStore::defaultName() const
{
    const auto id = defaultCalendarId();
    if (!id)
        return id.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT name FROM calendars WHERE id = ?"));
    query.addBindValue(*id);
    const auto found = m_database.readFirstRow(query);
    if (!found)
        return found.error();
    if (!*found)
        return Expected<QString>::failure(Error::Kind::NotFound,
                                          tr("this store has no default calendar: name one"));
    return query.value(0).toString();
}

Status CalendarStore::touch(qint64 calendarId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE calendars SET version = version + 1 WHERE id = ?"));
    query.addBindValue(calendarId);
    return m_database.write(query);
}

Status CalendarStore::remove(const QString &name)
{
    return m_database.transaction([&]() -> Status {
        const auto id = idOf(name);
        if (!id)
            return id.error();
        const auto defaultId = defaultCalendarId();
        if (!defaultId && defaultId.errorKind() != Error::Kind::NotFound)
            return defaultId.error();
        if (defaultId && *defaultId == *id) {
            return Status::failure(
                Error::Kind::InvalidInput,
                tr("calendar '%1' is the default calendar and cannot be removed").arg(name));
        }
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("SELECT count(*) FROM accounts WHERE calendar_id = ?"));
        query.addBindValue(*id);
        const auto counted = m_database.readFirstRow(query);
        if (!counted)
            return counted.error();
        const qint64 users = *counted ? query.value(0).toLongLong() : 0;
        if (users > 0) {
            return Status::failure(
                Error::Kind::InvalidInput,
                tr("calendar '%1' is used by %n account(s): give them another calendar first", nullptr,
                   int(users))
                    .arg(name));
        }
        query.prepare(QStringLiteral("DELETE FROM calendars WHERE id = ?"));
        query.addBindValue(*id);
        return m_database.write(query);
    });
}

Expected<QList<Calendar>> CalendarStore::load(std::optional<qint64> onlyId) const
{
    // One query per table, whether for one calendar or all of them.
    const QVariant id = onlyId ? QVariant(*onlyId) : QVariant();
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    const auto select = [&](const QString &sql) {
        query.prepare(sql);
        query.addBindValue(id);
        query.addBindValue(id);
        return m_database.read(query);
    };
    QHash<qint64, Calendar> byId;
    QList<qint64> order;
    // The parameter tested for NULL is cast: PostgreSQL cannot tell its type otherwise.
    if (const Status run = select(QStringLiteral("SELECT id, name, time_zone FROM calendars WHERE CAST(? AS "
                                                 "BIGINT) IS NULL OR id = ? ORDER BY name"));
        !run)
        return run.error();
    while (query.next()) {
        Calendar calendar;
        calendar.name = query.value(1).toString();
        calendar.timeZoneId = query.value(2).toString();
        order.append(query.value(0).toLongLong());
        byId.insert(order.last(), calendar);
    }
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    // Hours of a day come back in the order they were entered.
    if (const Status run =
            select(QStringLiteral("SELECT calendar_id, weekday, start_minute, end_minute FROM "
                                  "calendar_hours WHERE CAST(? AS BIGINT) IS NULL OR calendar_id "
                                  "= ? ORDER BY calendar_id, weekday, ") +
                   m_database.dialect().rowOrder());
        !run)
        return run.error();
    while (query.next()) {
        const auto found = byId.find(query.value(0).toLongLong());
        const int day = query.value(1).toInt();
        if (found != byId.end() && day >= 0 && day < 7)
            found->schedule[std::size_t(day)].append({query.value(2).toInt(), query.value(3).toInt()});
    }
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    if (const Status run =
            select(QStringLiteral("SELECT calendar_id, kind, date, month, day, weekday, nth, "
                                  "observed, name FROM holidays WHERE CAST(? AS BIGINT) IS NULL "
                                  "OR calendar_id = ? ORDER BY calendar_id, id"));
        !run)
        return run.error();
    while (query.next()) {
        const auto found = byId.find(query.value(0).toLongLong());
        if (found != byId.end())
            found->holidays.append(ruleFrom(query));
    }
    if (const Status ended = m_database.rowsEnded(query); !ended)
        return ended.error();
    QList<Calendar> calendars;
    calendars.reserve(order.size());
    for (qint64 calendarId : std::as_const(order))
        calendars.append(byId.value(calendarId));
    return calendars;
}

Expected<QList<Calendar>> CalendarStore::all() const
{
    return load(std::nullopt);
}

Expected<Calendar> CalendarStore::findByName(const QString &name) const
{
    const auto id = idOf(name);
    if (!id)
        return id.error();
    const auto found = load(*id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Expected<Calendar>::failure(Error::Kind::NotFound, tr("no calendar named '%1'").arg(name));
    return found->first();
}

Expected<qint64> CalendarStore::idOf(const QString &name) const
{
    return integerOf(QStringLiteral("id"), name);
}

Expected<qint64> CalendarStore::defaultCalendarId() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT c.id FROM settings s JOIN calendars c ON c.id = CAST(s.value AS INTEGER) "
                       "WHERE s.key = ?"));
    query.addBindValue(DefaultCalendarKey);
    const auto found = m_database.readFirstRow(query);
    if (!found)
        return found.error();
    if (*found)
        return query.value(0).toLongLong();
    const auto vendor = idOf(Calendar::vendorDefaultName());
    if (vendor || vendor.errorKind() != Error::Kind::NotFound)
        return vendor;
    return Expected<qint64>::failure(Error::Kind::NotFound,
                                     tr("this store has no default calendar: name one"));
}

Status CalendarStore::setDefault(const QString &name)
{
    return m_database.transaction([&]() -> Status {
        const auto id = idOf(name);
        if (!id)
            return id.error();
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(DefaultCalendarKey);
        query.addBindValue(QString::number(*id));
        return m_database.write(query);
    });
}

Expected<qint64> CalendarStore::addHoliday(const QString &calendarName, const HolidayRule &rule)
{
    if (const Status valid = validateHoliday(rule); !valid)
        return valid.error();
    qint64 holidayId = 0;
    const Status status = m_database.transaction([&]() -> Status {
        const auto id = idOf(calendarName);
        if (!id)
            return id.error();
        const auto inserted = insertHoliday(*id, rule);
        if (!inserted)
            return inserted.error();
        holidayId = *inserted;
        return touch(*id);
    });
    if (!status)
        return status.error();
    return holidayId;
}

Status CalendarStore::removeHoliday(const QString &calendarName, const HolidayRule &rule)
{
    return m_database.transaction([&]() -> Status {
        const auto id = idOf(calendarName);
        if (!id)
            return id.error();
        const HolidayColumns columns = columnsOf(rule);
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral(
            "DELETE FROM holidays WHERE calendar_id = ? AND kind = ? AND date IS NOT DISTINCT "
            "FROM ? AND month IS NOT DISTINCT FROM ? AND day IS NOT DISTINCT FROM ? AND weekday "
            "IS NOT DISTINCT FROM ? AND nth IS NOT DISTINCT FROM ? AND observed = ?"));
        query.addBindValue(*id);
        query.addBindValue(columns.kind);
        query.addBindValue(columns.date);
        query.addBindValue(columns.month);
        query.addBindValue(columns.day);
        query.addBindValue(columns.weekday);
        query.addBindValue(columns.nth);
        query.addBindValue(columns.observed);
        if (const Status removed = m_database.write(query); !removed)
            return removed;
        if (query.numRowsAffected() < 1) {
            return Status::failure(Error::Kind::NotFound,
                                   tr("calendar '%1' has no such holiday").arg(calendarName));
        }
        return touch(*id);
    });
}
