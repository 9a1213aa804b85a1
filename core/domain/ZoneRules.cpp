#include "ZoneRules.h"

#include "Timestamp.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QTimeZone>
#include <algorithm>
#include <limits>

namespace {

// No zone's wall clock is more than a day away from UTC, so the instants
// showing a local time lie within this distance of it.
constexpr qint64 MaxOffsetReach = 26 * 3600;

// The zone database's rules are read over this range once per zone; beyond
// it the last offset holds.
constexpr int FirstYear = 1900;
constexpr int LastYear = 2100;

std::shared_ptr<const ZoneRules> buildRules(const QString &ianaId)
{
    if (ianaId.isEmpty())
        return nullptr; // QTimeZone would read it as the system zone
    const QTimeZone zone(ianaId.toUtf8());
    if (!zone.isValid())
        return nullptr;
    const QDateTime first(QDate(FirstYear, 1, 1), QTime(0, 0), Qt::UTC);
    const int initialOffset = zone.offsetFromUtc(first.addSecs(-1));
    QList<qint64> transitions;
    QList<int> offsets;
    // Year by year: over a long range Qt 6.4 stops at the end of the zone
    // file's explicit transitions (2037) and skips the rule that follows.
    for (int year = FirstYear; year <= LastYear; ++year) {
        const QDateTime yearStart(QDate(year, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime yearEnd(QDate(year, 12, 31), QTime(23, 59, 59), Qt::UTC);
        for (const QTimeZone::OffsetData &data : zone.transitions(yearStart, yearEnd)) {
            const qint64 at = data.atUtc.toSecsSinceEpoch();
            const int previous = offsets.isEmpty() ? initialOffset : offsets.constLast();
            // Changes of abbreviation or of the DST flag alone are not changes of offset.
            if (data.offsetFromUtc == previous || (!transitions.isEmpty() && at <= transitions.constLast()))
                continue;
            transitions.append(at);
            offsets.append(data.offsetFromUtc);
        }
    }
    return std::make_shared<const ZoneRules>(ianaId, initialOffset, std::move(transitions),
                                             std::move(offsets));
}

} // namespace

ZoneRules::ZoneRules(QString id, int initialOffset, QList<qint64> transitions, QList<int> offsets)
    : m_id(std::move(id)), m_initialOffset(initialOffset), m_transitions(std::move(transitions)),
      m_offsets(std::move(offsets))
{
    if (m_transitions.isEmpty())
        return;
    m_bucketBase = m_transitions.constFirst();
    const qint64 buckets = ((m_transitions.constLast() - m_bucketBase) >> BucketBits) + 1;
    m_bucketIndex.reserve(buckets);
    qsizetype index = 0; // the last transition at or before the bucket's start
    for (qint64 bucket = 0; bucket < buckets; ++bucket) {
        const qint64 start = m_bucketBase + (bucket << BucketBits);
        while (index + 1 < m_transitions.size() && m_transitions.at(index + 1) <= start)
            ++index;
        m_bucketIndex.append(qint32(index));
    }
}

std::shared_ptr<const ZoneRules> ZoneRules::forZone(const QString &ianaId)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const ZoneRules>> cache;
    const QMutexLocker locker(&mutex);
    const auto found = cache.constFind(ianaId);
    if (found != cache.constEnd())
        return *found;
    auto rules = ianaId == u"UTC"
                     ? std::make_shared<const ZoneRules>(ianaId, 0, QList<qint64>{}, QList<int>{})
                     : buildRules(ianaId);
    cache.insert(ianaId, rules);
    return rules;
}

// -1 is the piece before the first transition.
qsizetype ZoneRules::indexAt(qint64 utcSeconds) const
{
    if (utcSeconds >= m_bucketBase) {
        const qint64 bucket = (utcSeconds - m_bucketBase) >> BucketBits;
        if (bucket < m_bucketIndex.size()) {
            qsizetype index = m_bucketIndex.at(bucket);
            while (index + 1 < m_transitions.size() && m_transitions.at(index + 1) <= utcSeconds)
                ++index;
            return index;
        }
    }
    const auto after = std::upper_bound(m_transitions.cbegin(), m_transitions.cend(), utcSeconds);
    return (after - m_transitions.cbegin()) - 1;
}

ZoneRules::Piece ZoneRules::pieceByIndex(qsizetype index) const
{
    Piece piece;
    piece.startUtc = index < 0 ? std::numeric_limits<qint64>::min() : m_transitions.at(index);
    piece.endUtc =
        index + 1 < m_transitions.size() ? m_transitions.at(index + 1) : std::numeric_limits<qint64>::max();
    piece.offset = index < 0 ? m_initialOffset : m_offsets.at(index);
    return piece;
}

int ZoneRules::offsetAt(qint64 utcSeconds) const
{
    const qsizetype index = indexAt(utcSeconds);
    return index < 0 ? m_initialOffset : m_offsets.at(index);
}

QDate ZoneRules::localDate(qint64 utcSeconds) const
{
    return dateOfLocalSeconds(localSeconds(utcSeconds));
}

ZoneRules::LocalResolution ZoneRules::resolveLocal(qint64 localSeconds) const
{
    LocalResolution result;
    for (qsizetype index = indexAt(localSeconds - MaxOffsetReach); index < m_transitions.size(); ++index) {
        const Piece piece = pieceByIndex(index);
        if (piece.startUtc > localSeconds + MaxOffsetReach)
            break;
        const qint64 utc = localSeconds - piece.offset;
        if (utc >= piece.startUtc && utc < piece.endUtc && result.count < 2)
            result.utc[result.count++] = utc;
    }
    return result;
}

qint64 ZoneRules::startOfLocalDay(QDate date) const
{
    const qint64 midnight = localSecondsOf(date, 0);
    const LocalResolution resolution = resolveLocal(midnight);
    if (resolution.count > 0)
        return resolution.utc[0];
    // Midnight is skipped: the day starts at the transition that jumps over it.
    for (qsizetype index = std::max<qsizetype>(indexAt(midnight - MaxOffsetReach), 0);
         index < m_transitions.size(); ++index) {
        const qint64 at = m_transitions.at(index);
        if (at + m_offsets.at(index) > midnight)
            return at;
    }
    return midnight - offsetAt(midnight);
}
