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
    if (m_slots.empty())
        return nullptr;
    const quint64 digest = TextDigest::of(name);
    const size_t mask = m_slots.size() - 1;
    for (size_t at = size_t(digest) & mask; m_slots[at].used; at = (at + 1) & mask) {
        const Slot &slot = m_slots[at];
        if (slot.digest == digest && QStringView(slot.name) == name)
            return &slot.id;
    }
    return nullptr;
}
