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

// A run of up to eight ASCII code points is one step, not one a code point:
// most of a ticket's ids and subjects, at an eighth of the multiplications.
// A run's step holds its bytes (little-endian) and a mark that no single
// code point (below 2^21) has: bit 63 for a run of eight, bit 62 and the
// run's length in bits 56 to 58 for a shorter one (an eighth ASCII byte
// can set bit 62, never bit 63).
constexpr int RunSize = 8;
constexpr quint64 FullRunMark = 1ULL << 63;
constexpr quint64 ShortRunMark = 1ULL << 62;
constexpr quint64 AsciiHighBits = 0x8080808080808080ULL;

quint64 shortRun(quint64 bytes, int length)
{
    return (bytes & ((1ULL << (8 * length)) - 1)) | ShortRunMark | (quint64(length) << 56);
}

// A bijection of the state for each value and of the value for each state;
// the rotation brings what the multiplication carried up back down.
quint64 step(quint64 state, quint64 value)
{
    return std::rotl((state ^ value) * Multiplier, 27);
}

// A digest under way: the state and the code points read.
struct Reading
{
    quint64 state = Offset;
    quint64 codePoints = 0;

    void run(quint64 value, int length)
    {
        state = step(state, value);
        codePoints += quint64(length);
    }
    void codePoint(char32_t value)
    {
        state = step(state, value);
        ++codePoints;
    }
    // SplitMix64's finalizer over the state and the count of code points:
    // texts of different lengths whose steps happen to agree still differ.
    quint64 finished() const
    {
        quint64 mixed = state ^ (codePoints * Multiplier);
        mixed = (mixed ^ (mixed >> 30)) * 0xbf58476d1ce4e5b9ULL;
        mixed = (mixed ^ (mixed >> 27)) * 0x94d049bb133111ebULL;
        return mixed ^ (mixed >> 31);
    }
};

// Reads the run at `at` of `length` ASCII code points (none to eight),
// the low bytes of `block`, and returns where it ends.
qsizetype readRun(quint64 block, int length, qsizetype at, Reading &reading)
{
    if (length == RunSize)
        reading.run(block | FullRunMark, RunSize);
    else if (length > 0)
        reading.run(shortRun(block, length), length);
    return at + length;
}

// Reads the run of ASCII bytes at `at` of UTF-8 (up to eight), if any, and
// returns where it ends.
qsizetype readUtf8Run(const uchar *bytes, qsizetype at, qsizetype size, Reading &reading)
{
    if (size - at >= RunSize) {
        // Eight bytes as one little-endian number, the same on any processor.
        const quint64 block = qFromLittleEndian<quint64>(bytes + at);
        const quint64 high = block & AsciiHighBits;
        return readRun(block, high == 0 ? RunSize : std::countr_zero(high) / 8, at, reading);
    }
    quint64 block = 0;
    int length = 0;
    for (; at + length < size && bytes[at + length] < 0x80; ++length)
        block |= quint64(bytes[at + length]) << (8 * length);
    return readRun(block, length, at, reading);
}

// Reads UTF-8 that scanUtf8() found well-formed, from `at` to the end.
quint64 ofWellFormed(const uchar *bytes, qsizetype at, qsizetype size, Reading reading)
{
    while (at < size) {
        at = readUtf8Run(bytes, at, size, reading);
        if (at == size)
            break;
        const uchar lead = bytes[at];
        if (lead < 0x80)
            continue; // the next run
        const int length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
        char32_t codePoint = lead & (0x7f >> length);
        for (int k = 1; k < length; ++k)
            codePoint = (codePoint << 6) | (bytes[at + k] & 0x3f);
        reading.codePoint(codePoint);
        at += length;
    }
    return reading.finished();
}

// Reads the run of ASCII UTF-16 units at `at` (up to eight), if any, as the
// bytes UTF-8 has for them, and returns where it ends.
qsizetype readUtf16Run(const char16_t *units, qsizetype at, qsizetype size, Reading &reading)
{
#ifdef __SSE2__
    if (size - at >= RunSize) {
        const __m128i loaded = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + at));
        // Two bits a unit, set where the unit is ASCII.
        const auto ascii = unsigned(_mm_movemask_epi8(
            _mm_cmpeq_epi16(_mm_and_si128(loaded, _mm_set1_epi16(char16_t(0xff80))), _mm_setzero_si128())));
        // Each unit's low byte, in order, read as x86 reads: little-endian.
        const auto block = quint64(_mm_cvtsi128_si64(_mm_packus_epi16(loaded, loaded)));
        return readRun(block, std::countr_one(ascii) / 2, at, reading);
    }
#endif
    quint64 block = 0;
    int length = 0;
    for (; length < RunSize && at + length < size && units[at + length] < 0x80; ++length)
        block |= quint64(units[at + length]) << (8 * length);
    return readRun(block, length, at, reading);
}

} // namespace

namespace TextDigest {

quint64 of(QStringView text)
{
    const auto *units = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype size = text.size();
    Reading reading;
    for (qsizetype at = 0; at < size;) {
        at = readUtf16Run(units, at, size, reading);
        if (at == size)
            break;
        char32_t codePoint = units[at];
        if (codePoint < 0x80)
            continue; // the next run
        if (QChar::isHighSurrogate(codePoint) && at + 1 < size && QChar::isLowSurrogate(units[at + 1]))
            codePoint = QChar::surrogateToUcs4(char16_t(codePoint), units[++at]);
        reading.codePoint(codePoint);
        ++at;
    }
    return reading.finished();
}

quint64 ofUtf8(QByteArrayView text)
{
    const auto *bytes = reinterpret_cast<const uchar *>(text.data());
    const qsizetype size = text.size();
    Reading reading;
    // ASCII needs no validation: runs up to the first other byte.
    qsizetype checkedFrom = 0;
    while (checkedFrom < size && bytes[checkedFrom] < 0x80)
        checkedFrom = readUtf8Run(bytes, checkedFrom, size, reading);
    if (checkedFrom == size)
        return reading.finished();
    if (scanUtf8(text.data() + checkedFrom, size - checkedFrom).end == Utf8Scan::Complete)
        return ofWellFormed(bytes, checkedFrom, size, reading);
    return of(QString::fromUtf8(text)); // a NUL too: QString keeps it
}

} // namespace TextDigest
