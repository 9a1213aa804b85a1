#include "TextEncoding.h"

#include <cstring>

namespace {

// Windows-1252's characters for 0x80-0x9F; the five bytes it leaves
// undefined read as the C1 controls of the same value, as Windows does.
constexpr char16_t Windows1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                          0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                          0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                          0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

} // namespace

Utf8Scan scanUtf8(const char *bytes, qsizetype length)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes);
    constexpr quint64 highBits = 0x8080808080808080ULL;
    constexpr quint64 lowBits = 0x0101010101010101ULL;
    qsizetype i = 0;
    bool nonAscii = false;
    while (i < length) {
        while (i + 8 <= length) {
            quint64 word;
            std::memcpy(&word, s + i, sizeof word);
            if ((word & highBits) != 0 || ((word - lowBits) & ~word & highBits) != 0)
                break;
            i += 8;
        }
        if (i >= length)
            break;
        const unsigned char lead = s[i];
        if (lead < 0x80) {
            if (lead == 0)
                return {i, Utf8Scan::Nul, nonAscii};
            ++i;
            continue;
        }
        int trailing = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            trailing = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            trailing = 2;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            trailing = 3;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return {i, Utf8Scan::Invalid, nonAscii};
        }
        for (int k = 1; k <= trailing; ++k) {
            if (i + k >= length)
                return {i, Utf8Scan::Incomplete, nonAscii};
            const unsigned char next = s[i + k];
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))
                return {i, Utf8Scan::Invalid, nonAscii};
        }
        nonAscii = true;
        i += trailing + 1;
    }
    return {length, Utf8Scan::Complete, nonAscii};
}

void appendWindows1252(QString &text, QByteArrayView bytes)
{
    const qsizetype old = text.size();
    text.resize(old + bytes.size());
    char16_t *out = reinterpret_cast<char16_t *>(text.data()) + old;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        out[i] = byte >= 0x80 && byte < 0xA0 ? Windows1252High[byte - 0x80] : char16_t(byte);
    }
}
