#include "TextDigest.h"

#include "TextEncoding.h"

#include <QString>
#include <QtEndian>
#include <bit>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

constexpr quint64 Offset = 0xcbf29ce484222325ULL; // FNV-1a's
// A multiplier with bits spread over the whole word (the golden ratio's):
// FNV's sparse prime lets two flipped bits in neighbouring eight-byte
// steps cancel out.
constexpr quint64 Multiplier = 0x9e3779b97f4a7c15ULL;

// Eight ASCII code points in a row are one step, not eight: most of a
// ticket's ids and subjects, at an eighth of the multiplications. The step's
// top bit, never set by an ASCII byte nor by a single code point, keeps a
// block apart from any one code point.
constexpr qsizetype BlockSize = 8;
constexpr quint64 BlockMark = 1ULL << 63;
constexpr quint64 AsciiHighBits = 0x8080808080808080ULL;

// A bijection of the state for each value and of the value for each state;
// the rotation brings what the multiplication carried up back down.
quint64 step(quint64 state, quint64 value)
{
    return std::rotl((state ^ value) * Multiplier, 27);
}

// SplitMix64's finalizer over the state and the count of code points: texts
// of different lengths whose steps happen to agree still differ.
quint64 finished(quint64 state, quint64 codePoints)
{
    state ^= codePoints * Multiplier;
    state = (state ^ (state >> 30)) * 0xbf58476d1ce4e5b9ULL;
    state = (state ^ (state >> 27)) * 0x94d049bb133111ebULL;
    return state ^ (state >> 31);
}

// A digest under way: the state and the code points read.
struct Reading
{
    quint64 state = Offset;
    quint64 codePoints = 0;
};

// Reads the ASCII blocks at `at` of UTF-8 `bytes`: they need no validation.
qsizetype readAsciiBlocks(const uchar *bytes, qsizetype at, qsizetype size, Reading &reading)
{
    while (size - at >= BlockSize) {
        // Eight bytes as one little-endian number, the same on any processor.
        const quint64 block = qFromLittleEndian<quint64>(bytes + at);
        if ((block & AsciiHighBits) != 0)
            break;
        reading.state = step(reading.state, block | BlockMark);
        reading.codePoints += BlockSize;
        at += BlockSize;
    }
    return at;
}

// Reads UTF-8 that scanUtf8() found well-formed, from `at` to the end.
quint64 ofWellFormed(const uchar *bytes, qsizetype at, qsizetype size, Reading reading)
{
    while (at < size) {
        at = readAsciiBlocks(bytes, at, size, reading);
        if (at == size)
            break;
        const uchar lead = bytes[at];
        const int length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
        char32_t codePoint = length == 1 ? lead : lead & (0x7f >> length);
        for (int k = 1; k < length; ++k)
            codePoint = (codePoint << 6) | (bytes[at + k] & 0x3f);
        reading.state = step(reading.state, codePoint);
        ++reading.codePoints;
        at += length;
    }
    return finished(reading.state, reading.codePoints);
}

// Eight UTF-16 units that are all ASCII, as the bytes UTF-8 has for them.
bool asciiBlock(const char16_t *units, quint64 &block)
{
#ifdef __SSE2__
    const __m128i loaded = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units));
    if (_mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(loaded, _mm_set1_epi16(char16_t(0xff80))),
                                          _mm_setzero_si128())) != 0xffff)
        return false;
    // Each unit's low byte, in order, read as x86 reads: little-endian.
    block = quint64(_mm_cvtsi128_si64(_mm_packus_epi16(loaded, loaded)));
    return true;
#else
    char16_t any = 0;
    for (int k = 0; k < BlockSize; ++k)
        any |= units[k];
    if (any >= 0x80)
        return false;
    block = 0;
    for (int k = BlockSize - 1; k >= 0; --k)
        block = (block << 8) | units[k];
    return true;
#endif
}

} // namespace

namespace TextDigest {

quint64 of(QStringView text)
{
    const auto *units = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype size = text.size();
    quint64 state = Offset;
    quint64 codePoints = 0;
    for (qsizetype i = 0; i < size; ++i) {
        quint64 block = 0;
        if (size - i >= BlockSize && asciiBlock(units + i, block)) {
            state = step(state, block | BlockMark);
            codePoints += BlockSize;
            i += BlockSize - 1;
            continue;
        }
        char32_t codePoint = units[i];
        if (QChar::isHighSurrogate(codePoint) && i + 1 < size && QChar::isLowSurrogate(units[i + 1]))
            codePoint = QChar::surrogateToUcs4(char16_t(codePoint), units[++i]);
        state = step(state, codePoint);
        ++codePoints;
    }
    return finished(state, codePoints);
}

quint64 ofUtf8(QByteArrayView text)
{
    const auto *bytes = reinterpret_cast<const uchar *>(text.data());
    const qsizetype size = text.size();
    Reading reading;
    const qsizetype checkedFrom = readAsciiBlocks(bytes, 0, size, reading);
    if (scanUtf8(text.data() + checkedFrom, size - checkedFrom).end == Utf8Scan::Complete)
        return ofWellFormed(bytes, checkedFrom, size, reading);
    return of(QString::fromUtf8(text)); // a NUL too: QString keeps it
}

} // namespace TextDigest
