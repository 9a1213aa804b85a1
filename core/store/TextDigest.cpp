#include "TextDigest.h"

#include "TextEncoding.h"

#include <QString>

namespace {

constexpr quint64 FnvOffset = 0xcbf29ce484222325ULL;
constexpr quint64 FnvPrime = 0x100000001b3ULL;

quint64 step(quint64 state, char32_t codePoint)
{
    return (state ^ codePoint) * FnvPrime;
}

// SplitMix64's finalizer: spreads FNV's weak high bits over the whole digest.
quint64 finished(quint64 state)
{
    state = (state ^ (state >> 30)) * 0xbf58476d1ce4e5b9ULL;
    state = (state ^ (state >> 27)) * 0x94d049bb133111ebULL;
    return state ^ (state >> 31);
}

// The digest of text that scanUtf8() found well-formed.
quint64 ofWellFormed(QByteArrayView text)
{
    const auto *bytes = reinterpret_cast<const uchar *>(text.data());
    quint64 state = FnvOffset;
    for (qsizetype i = 0; i < text.size();) {
        const uchar lead = bytes[i];
        const int length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
        char32_t codePoint = length == 1 ? lead : lead & (0x7f >> length);
        for (int k = 1; k < length; ++k)
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3f);
        state = step(state, codePoint);
        i += length;
    }
    return finished(state);
}

} // namespace

namespace TextDigest {

quint64 of(QStringView text)
{
    quint64 state = FnvOffset;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t codePoint = text[i].unicode();
        if (QChar::isHighSurrogate(codePoint) && i + 1 < size && text[i + 1].isLowSurrogate())
            codePoint = QChar::surrogateToUcs4(char16_t(codePoint), text[++i].unicode());
        state = step(state, codePoint);
    }
    return finished(state);
}

quint64 ofUtf8(QByteArrayView text)
{
    if (scanUtf8(text.data(), text.size()).end == Utf8Scan::Complete)
        return ofWellFormed(text);
    return of(QString::fromUtf8(text)); // a NUL too: QString keeps it
}

} // namespace TextDigest
