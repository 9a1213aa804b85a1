#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <array>
#include <memory>

// A time zone's UTC offsets as constant-offset pieces, read once from the
// zone database. Local-time arithmetic then needs a binary search, never a
// QDateTime: Qt 6.4 answers an invalid or arbitrary QDateTime for wall times
// in a DST gap or overlap, and building one per call is far too slow for
// reports over a million tickets.
class ZoneRules
{
public:
    // A stretch of time over which the offset does not change.
    struct Piece
    {
        qint64 startUtc = 0; // inclusive
        qint64 endUtc = 0;   // exclusive
        int offset = 0;      // seconds east of UTC
    };

    // Cached per id, thread-safe; nullptr for an id QTimeZone does not know.
    // "UTC" always works.
    static std::shared_ptr<const ZoneRules> forZone(const QString &ianaId);

    QString id() const { return m_id; }
    int offsetAt(qint64 utcSeconds) const; // seconds east of UTC
    // The wall clock at an instant, as seconds since 1970-01-01T00:00 local.
    qint64 localSeconds(qint64 utcSeconds) const { return utcSeconds + offsetAt(utcSeconds); }
    QDate localDate(qint64 utcSeconds) const;

    // The instants showing a wall-clock time: none in a spring-forward gap,
    // two (earlier first) in a fall-back overlap.
    struct LocalResolution
    {
        int count = 0;
        std::array<qint64, 2> utc{};
    };
    LocalResolution resolveLocal(qint64 localSeconds) const;

    // The first instant whose local date is `date` (when midnight falls in a
    // gap, the instant the clocks jump to).
    qint64 startOfLocalDay(QDate date) const;

    // The constant-offset piece that holds an instant. Pieces cover all time:
    // the first starts at the lowest qint64, the last ends at the highest.
    Piece pieceAt(qint64 utcSeconds) const { return pieceByIndex(indexAt(utcSeconds)); }

    // Built from QTimeZone; public for std::make_shared, use forZone().
    ZoneRules(QString id, int initialOffset, QList<qint64> transitions, QList<int> offsets);

private:
    qsizetype indexAt(qint64 utcSeconds) const;
    Piece pieceByIndex(qsizetype index) const;

    QString m_id;
    int m_initialOffset = 0;
    // m_offsets[i] holds from m_transitions[i] until m_transitions[i + 1].
    QList<qint64> m_transitions;
    QList<int> m_offsets;
    // The piece index at the start of each span of 2^BucketBits seconds
    // from m_bucketBase on: a lookup is then an index and a step or two
    // forward instead of a binary search over two centuries of transitions,
    // asked several times for each of a million tickets.
    static constexpr int BucketBits = 20; // about 12 days, shorter than any piece
    qint64 m_bucketBase = 0;
    QList<qint32> m_bucketIndex;
};
