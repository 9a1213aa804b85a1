#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

// Streaming RFC 4180 reader: the file is decoded block by block, so a file of
// hundreds of megabytes never sits in memory whole; only the record being read
// does. UTF-8 with or without a byte order mark, or Windows-1252; CRLF, LF or
// CR line ends; a comma, a semicolon or a tab between fields. Fully blank
// lines are skipped: they are not records. Errors stop the reading; they name
// the line where the record starts and the field number.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding : quint8 {
        Utf8,        // strict; a byte order mark at the start is dropped
        Windows1252, // every byte is a character: 0x80-0x9F by Windows' table, the rest as Latin-1
    };

    explicit CsvReader(QIODevice *device, QString sourceName);

    // The settings below apply to the whole file: set them before the first readRecord().

    // `,` (the default), `;` or a tab; not a quote, CR or LF.
    void setDelimiter(QChar delimiter);
    QChar delimiter() const { return QChar(m_delimiter); }
    void setEncoding(Encoding encoding) { m_encoding = encoding; }
    // The encoding being read: Windows-1252 after a fall-back (see below).
    Encoding encoding() const { return m_encoding; }
    // Off by default. When on, a UTF-8 file without a byte order mark whose
    // first non-ASCII byte does not start valid UTF-8 is read as Windows-1252
    // from there on: what came before was ASCII, the same in both. A file
    // whose encoding was guessed from its first bytes alone then still reads.
    void setFallBackToWindows1252(bool on) { m_fallBackToWindows1252 = on; }
    // For a reader of a file's rest, from a record's start in its middle: no
    // byte order mark is looked for there (its first character is text).
    void setStartsMidFile() { m_bomChecked = true; }
    // Off by default. GLPI 10 writes a `"` inside a quoted value as `''`:
    // when on, `''` inside a quoted field reads as `"` (a single `'` stays).
    void setApostropheQuotes(bool on) { m_apostropheQuotes = on; }

    // Whether `bytes` is strict UTF-8; when `mayEndMidSequence`, a sequence
    // cut short by the end of `bytes` (a sample of a longer file) is fine.
    static bool isUtf8(QByteArrayView bytes, bool mayEndMidSequence);

    // Makes a record longer than `characters` (UTF-16; up to one block more
    // may be read before it is noticed) an error. Unlimited by default; a
    // reader that knows its records are short sets it, so that a missing
    // closing quote cannot pull the rest of a huge file into memory.
    void setMaxRecordLength(qsizetype characters) { m_maxRecordLength = characters; }

    // Reads the next record into `fields`; false at end of input or on error (see atError()).
    bool readRecord(QStringList &fields);
    // Physical line (1-based) on which the last record started.
    int recordLine() const { return m_recordLine; }
    // Physical line (1-based) of the next character; at the end, one more
    // than the line ends read.
    int nextLine() const { return m_line; }
    bool atError() const { return !m_error.isEmpty(); }
    // "tickets.csv:12:3: unterminated quoted field": file, line where the record starts, field number.
    QString error() const { return m_error; }
    // Bytes taken from the device so far, for progress bars.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    // Why the decoded text stops short of the device's end.
    enum class Stop { None, InvalidUtf8, Nul, ReadError };

    template <typename Delimiter> bool readFields(QStringList &fields, qsizetype &count, Delimiter delimiter);
    // GLPI 10's `''` for `"` in a quoted field.
    static void putApostropheQuotedField(QStringList &fields, qsizetype &count, QStringView content,
                                         bool doubled);
    static void putField(QStringList &fields, qsizetype &count, QStringView text);
    bool refill();
    void appendDecoded(const char *bytes, qsizetype length);
    bool takeWindows1252(qsizetype from);
    void appendWindows1252(const char *bytes, qsizetype length);
    bool isTooLong(qsizetype end) const;
    bool fail(int column, const QString &message);
    bool failAtStop(int column);
    qint64 readFromDevice(char *into, qint64 maximum);

    QIODevice *m_device;
    QString m_sourceName;
    QStringDecoder m_decoder;
    QByteArray m_raw; // bytes read but not decoded yet: the head of a split UTF-8 sequence
    QString m_text;   // decoded text; m_pos is the first character not consumed
    qsizetype m_pos = 0;
    qsizetype m_maxRecordLength = -1; // -1: unlimited
    int m_line = 1;                   // physical line of m_pos
    int m_recordLine = 0;
    qint64 m_bytesRead = 0;
    bool m_swallowLf = false; // the last record ended with CR: an LF right after belongs to it
    bool m_bomChecked = false;
    bool m_deviceAtEnd = false;
    char16_t m_delimiter = u',';
    Encoding m_encoding = Encoding::Utf8;
    bool m_fallBackToWindows1252 = false;
    bool m_sawNonAscii = false; // valid UTF-8 beyond ASCII was read: no fall-back any more
    bool m_apostropheQuotes = false;
    Stop m_stop = Stop::None;
    QString m_readError;
    QString m_error;
};
