#pragma once

// The ids of a few hundred names, asked once or twice for each row of a
// million-row import: Qt's QHash<QString> hashes and compares each name
// out of line (about 18 ns a lookup); this table keys its slots by the
// name's TextDigest, eight ASCII characters a step, and compares the text
// only when the digests agree. Internal to core.

#include <QHash>
#include <QString>
#include <vector>

class NameIds
{
public:
    NameIds() = default;
    explicit NameIds(const QHash<QString, qint64> &ids);

    // The id of that name, or nullptr.
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
    std::vector<Slot> m_slots;
};
