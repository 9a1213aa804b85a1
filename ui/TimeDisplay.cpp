#include "TimeDisplay.h"

#include "Formatting.h"
#include "ZoneRules.h"

#include <QDateTime>
#include <QStringList>
#include <cstdlib>

namespace {

const QString Utc = QStringLiteral("UTC");

std::shared_ptr<const ZoneRules> knownZoneOr(const QString &ianaId, const QString &fallback)
{
    auto zone = ZoneRules::forZone(ianaId);
    return zone ? zone : ZoneRules::forZone(fallback);
}

// Letters only: "PST", "CEST", "GMT". The zone database writes "+04" or
// "-03" for zones without a customary name, and some systems "GMT+1".
bool isMeaningfulAbbreviation(const QString &abbreviation)
{
    if (abbreviation.size() < 2 || abbreviation.size() > 6)
        return false;
    for (const QChar c : abbreviation) {
        if (!c.isLetter())
            return false;
    }
    return true;
}

} // namespace

TimeDisplay::TimeDisplay() : TimeDisplay(QString::fromUtf8(QTimeZone::systemTimeZoneId()))
{
}

TimeDisplay::TimeDisplay(const QString &userZoneId, Mode mode)
    : m_mode(mode), m_userZone(knownZoneOr(userZoneId, Utc)), m_utc(ZoneRules::forZone(Utc))
{
}

bool TimeDisplay::setUserZone(const QString &ianaId)
{
    auto zone = ZoneRules::forZone(ianaId);
    if (!zone)
        return false;
    m_userZone = std::move(zone);
    return true;
}

QString TimeDisplay::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::UserZone: return QStringLiteral("user");
    case Mode::AccountZone: return QStringLiteral("account");
    case Mode::Utc: return QStringLiteral("utc");
    }
    return {};
}

std::optional<TimeDisplay::Mode> TimeDisplay::modeFromKey(const QString &key)
{
    for (Mode mode : {Mode::UserZone, Mode::AccountZone, Mode::Utc}) {
        if (key == modeKey(mode))
            return mode;
    }
    return std::nullopt;
}

const ZoneRules &TimeDisplay::shownZone(const ZoneRules &accountZone) const
{
    switch (m_mode) {
    case Mode::UserZone: return *m_userZone;
    case Mode::AccountZone: return accountZone;
    case Mode::Utc: return *m_utc;
    }
    return *m_userZone;
}

QString TimeDisplay::labelled(const QLocale &locale, qint64 utcSeconds, const ZoneRules &zone) const
{
    return Formatting::dateTime(locale, utcSeconds, zone) + QLatin1Char(' ') + zoneLabel(utcSeconds, zone);
}

QString TimeDisplay::dateTime(const QLocale &locale, qint64 utcSeconds, const ZoneRules &accountZone) const
{
    const ZoneRules &zone = shownZone(accountZone);
    if (zone.offsetAt(utcSeconds) == m_userZone->offsetAt(utcSeconds))
        return Formatting::dateTime(locale, utcSeconds, zone);
    return labelled(locale, utcSeconds, zone);
}

QString TimeDisplay::toolTip(const QLocale &locale, qint64 utcSeconds, const ZoneRules &accountZone) const
{
    const QString mine = tr("Your time zone (%1): %2")
                             .arg(m_userZone->id(), Formatting::dateTime(locale, utcSeconds, *m_userZone));
    const QString account = tr("The account's time zone (%1): %2")
                                .arg(accountZone.id(), labelled(locale, utcSeconds, accountZone));
    const int userOffset = m_userZone->offsetAt(utcSeconds);
    const int accountOffset = accountZone.offsetAt(utcSeconds);
    // Each clock once: a line that repeats one already given adds nothing.
    QStringList lines;
    switch (m_mode) {
    case Mode::UserZone:
        lines << mine;
        if (accountOffset != userOffset)
            lines << account;
        break;
    case Mode::AccountZone:
        lines << account;
        if (accountOffset != userOffset)
            lines << mine;
        break;
    case Mode::Utc:
        lines << tr("UTC: %1").arg(Formatting::dateTime(locale, utcSeconds, *m_utc));
        if (userOffset != 0)
            lines << mine;
        if (accountOffset != 0 && accountOffset != userOffset)
            lines << account;
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QString TimeDisplay::isoDateTime(qint64 utcSeconds, const ZoneRules &accountZone) const
{
    const ZoneRules &zone = shownZone(accountZone);
    const int offset = zone.offsetAt(utcSeconds);
    const QString wallClock = QDateTime::fromSecsSinceEpoch(utcSeconds + offset, QTimeZone::utc())
                                  .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return wallClock + (m_mode == Mode::Utc ? QStringLiteral("Z") : offsetText(offset));
}

QString TimeDisplay::clockDescription() const
{
    switch (m_mode) {
    case Mode::UserZone: return tr("In your time zone, %1").arg(m_userZone->id());
    case Mode::AccountZone: return tr("In each account's time zone");
    case Mode::Utc: return tr("In UTC");
    }
    return {};
}

QString TimeDisplay::zoneLabel(qint64 utcSeconds, const ZoneRules &zone) const
{
    if (zone.id() == Utc)
        return Utc;
    const ZoneRules::Piece piece = zone.pieceAt(utcSeconds);
    const QString key = zone.id() + QLatin1Char('@') + QString::number(piece.startUtc);
    if (const auto known = m_labels.constFind(key); known != m_labels.constEnd())
        return *known;
    auto found = m_zones.find(zone.id());
    if (found == m_zones.end())
        found = m_zones.insert(zone.id(), QTimeZone(zone.id().toUtf8()));
    const QString abbreviation =
        found->abbreviation(QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::utc()));
    const QString label = isMeaningfulAbbreviation(abbreviation) ? abbreviation : offsetText(piece.offset);
    m_labels.insert(key, label);
    return label;
}

QString TimeDisplay::offsetText(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString TimeDisplay::compactDuration(const QLocale &locale, qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const auto number = [&](qint64 value) { return locale.toString(qlonglong(value)); };
    if (hours == 0)
        return tr("%1 min").arg(number(minutes));
    if (hours < 24) {
        return minutes % 60 == 0 ? tr("%1 h").arg(number(hours))
                                 : tr("%1 h %2 min").arg(number(hours), number(minutes % 60));
    }
    return hours % 24 == 0 ? tr("%1 d").arg(number(hours / 24))
                           : tr("%1 d %2 h").arg(number(hours / 24), number(hours % 24));
}

QString TimeDisplay::untilDeadline(const QLocale &locale, qint64 secondsLeft)
{
    if (secondsLeft > -60 && secondsLeft < 60)
        return tr("due now");
    if (secondsLeft > 0)
        return tr("in %1").arg(compactDuration(locale, secondsLeft));
    return tr("%1 late").arg(compactDuration(locale, -secondsLeft));
}

QString TimeDisplay::deadlineClock(const QString &businessCalendar)
{
    if (businessCalendar.isEmpty())
        return tr("Counted in real time: the target runs around the clock (24/7)");
    return tr("Counted in business hours of the calendar «%1»").arg(businessCalendar);
}
