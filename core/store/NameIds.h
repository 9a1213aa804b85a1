#pragma once

// The ids of a few hundred names, asked once or twice for each row of a
// million-row import: Qt's QHash<QString> hashes and compares each name
// out of line (about 18 ns a lookup); this table keys its slots by the
// name's TextDigest, eight ASCII characters a step, and compares the text
// only when the digests agree. Internal to core.

#include <QHash>
#include <QString>
#include <array>
#include <vector>

class NameIds
{
public:
    NameIds() = default;
    explicit NameIds(const QHash<QString, qint64> &ids);

    // The id of that name, or nullptr. Names found recently are compared
    // first, without a digest: an export names a few products over and
    // over, and often the same account row after row. Not for two threads
    // at once.
    const qint64 *find(QStringView name) const;

private:
    struct Slot
    {
        bool used = false;
        quint64 digest = 0;
        QString name;
        qint64 id = 0;
    };

    // Open addressing, linear probing; a power of two at least twice the
    // names.
    // A name's place among the recent ones, from its length and its first
    // and last characters: cheap, and names alike there only evict each
    // other from this cache.
    static size_t recentIndex(QStringView name);

    std::vector<Slot> m_slots;
    // Each a slot's index plus one (0: none), so that a copy of the table
    // keeps its own.
    mutable std::array<quint32, 64> m_recent{};
};
