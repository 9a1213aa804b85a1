#pragma once

// A 64-bit digest of a text's code points, the same whether the text comes
// as UTF-16 (a QString) or as UTF-8 (SQLite's own columns): a store read
// through SQLite and a file read through Qt are then compared without
// converting either. Internal to core.

#include <QByteArrayView>
#include <QStringView>

namespace TextDigest {

// A multiply-rotate chain over the code points (a run of up to eight ASCII
// ones a single step), then mixed with their count: texts of one length that
// differ in one code point, both ASCII or both not, always give different
// digests, other different texts but for a chance of about 2^-64.
quint64 of(QStringView text);
// The same of UTF-8; text that is not valid UTF-8 is read as Qt reads it
// (QString::fromUtf8(), each bad sequence a replacement character).
quint64 ofUtf8(QByteArrayView text);

} // namespace TextDigest
