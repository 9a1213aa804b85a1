#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <memory>
#include <optional>

class ZoneRules;

// How the interface writes instants (a ticket's creation, a due time, a
// claim's decision): on the clock of the user's zone, of each account's
// zone, or of UTC, as View → Times in chooses. A time on another clock than
// the user's says which, so a column never mixes clocks silently. Dates that
// are local by nature (months, holidays, plan dates) do not come here.
class TimeDisplay
{
    Q_DECLARE_TR_FUNCTIONS(TimeDisplay)

public:
    enum class Mode { UserZone, AccountZone, Utc };

    // The user's zone is this computer's; an id no zone database knows
    // (a broken system setting) falls back to UTC rather than to nothing.
    TimeDisplay();
    explicit TimeDisplay(const QString &userZoneId, Mode mode = Mode::UserZone);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }
    const ZoneRules &userZone() const { return *m_userZone; }
    // False (and nothing changed) for an unknown id.
    bool setUserZone(const QString &ianaId);

    // What QSettings holds for a mode, and back (nullopt for anything else).
    static QString modeKey(Mode mode);
    static std::optional<Mode> modeFromKey(const QString &key);

    // The zone an account's instants are written in under the current mode.
    const ZoneRules &shownZone(const ZoneRules &accountZone) const;
    // "11/19/2026 10:11 PM PST": the zone is named only when its offset at
    // that instant differs from the user's zone's.
    QString dateTime(const QLocale &locale, qint64 utcSeconds, const ZoneRules &accountZone) const;
    // The instant on the shown clock and on the user's (or the account's,
    // when the shown clock is the user's), one per line, each zone named.
    QString toolTip(const QLocale &locale, qint64 utcSeconds, const ZoneRules &accountZone) const;
    // ISO 8601 with the shown zone's offset ("Z" in UTC mode): what a file
    // gets, readable anywhere without knowing the mode.
    QString isoDateTime(qint64 utcSeconds, const ZoneRules &accountZone) const;
    // What the column headers say about the clock of their times.
    QString clockDescription() const;

    // The zone's abbreviation at an instant ("PST", "CEST", "UTC"), or its
    // offset ("+04:00") where the zone database has no abbreviation worth
    // the name ("+04", "GMT+1", none).
    QString zoneLabel(qint64 utcSeconds, const ZoneRules &zone) const;
    static QString offsetText(int offsetSeconds); // "+05:30", "-08:00"

    // How far a deadline is, as a manager reads it: "in 2 h 10 min",
    // "3 h late", "due now" within the minute. The seconds are those of the
    // deadline's clock (business or real), counted by the caller.
    static QString untilDeadline(const QLocale &locale, qint64 secondsLeft);
    // Which clock such a countdown runs on: the business hours of a named
    // calendar, or real time for a 24/7 target (empty name).
    static QString deadlineClock(const QString &businessCalendar);

private:
    QString labelled(const QLocale &locale, qint64 utcSeconds, const ZoneRules &zone) const;
    static QString compactDuration(const QLocale &locale, qint64 seconds);

    Mode m_mode = Mode::UserZone;
    std::shared_ptr<const ZoneRules> m_userZone;
    std::shared_ptr<const ZoneRules> m_utc;
    // A table asks again for every cell it repaints; QTimeZone reads the
    // zone file each time. Keyed by zone id and start of the offset's piece.
    mutable QHash<QString, QTimeZone> m_zones;
    mutable QHash<QString, QString> m_labels;
};
