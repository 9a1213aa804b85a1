#include "NameIds.h"

#include "TextDigest.h"

#include <bit>

NameIds::NameIds(const QHash<QString, qint64> &ids)
    : m_slots(std::bit_ceil(std::max<size_t>(2 * size_t(ids.size()), 16)))
{
    const size_t mask = m_slots.size() - 1;
    for (auto named = ids.cbegin(); named != ids.cend(); ++named) {
        const quint64 digest = TextDigest::of(named.key());
        size_t at = size_t(digest) & mask;
        while (m_slots[at].used)
            at = (at + 1) & mask;
        m_slots[at] = Slot{true, digest, named.key(), named.value()};
    }
}

const qint64 *NameIds::find(QStringView name) const
{
    quint32 &recent = m_recent[recentIndex(name)];
    if (recent != 0 && QStringView(m_slots[recent - 1].name) == name)
        return &m_slots[recent - 1].id;
    if (m_slots.empty())
        return nullptr;
    const quint64 digest = TextDigest::of(name);
    const size_t mask = m_slots.size() - 1;
    for (size_t at = size_t(digest) & mask; m_slots[at].used; at = (at + 1) & mask) {
        const Slot &slot = m_slots[at];
        if (slot.digest == digest && QStringView(slot.name) == name) {
            recent = quint32(at + 1);
            return &slot.id;
        }
    }
    return nullptr;
}

size_t NameIds::recentIndex(QStringView name)
{
    if (name.isEmpty())
        return 0;
    const size_t mixed = size_t(name.size()) * 0x9e3779b1U ^ size_t(name.front().unicode()) * 0x85ebca6bU ^
                         size_t(name.back().unicode()) * 0xc2b2ae35U;
    return (mixed >> 7) % std::tuple_size_v<decltype(m_recent)>;
}
