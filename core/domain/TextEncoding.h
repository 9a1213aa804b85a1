#pragma once

// Reading bytes as text: strict UTF-8 validation that says where it stops,
// and Windows-1252. Shared by the CSV reader and the store's digests.

#include <QByteArrayView>
#include <QString>

// How far `bytes` are well-formed UTF-8, and what stops them.
struct Utf8Scan
{
    enum End { Complete, Incomplete, Invalid, Nul };
    qsizetype valid = 0; // leading bytes that are complete, valid UTF-8 without NUL
    End end = Complete;
    bool nonAscii = false; // the valid bytes hold a multi-byte sequence
};

// Strict UTF-8 (Unicode table 3-7: no overlong forms, no surrogates, nothing
// past U+10FFFF), validated here so that an error can be placed exactly; the
// decoder then only ever sees valid input.
Utf8Scan scanUtf8(const char *bytes, qsizetype length);

// Appends `bytes` read as Windows-1252 to `text` (one character a byte).
void appendWindows1252(QString &text, QByteArrayView bytes);
