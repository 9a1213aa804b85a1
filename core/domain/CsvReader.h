#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

// Streaming RFC 4180 reader: the file is decoded block by block, so a file of
// hundreds of megabytes never sits in memory whole; only the record being read
// does. UTF-8 with or without a byte order mark; CRLF, LF or CR line ends.
// Fully blank lines are skipped: they are not records. Errors stop the
// reading; they name the line where the record starts and the field number.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    explicit CsvReader(QIODevice *device, QString sourceName);

    // Makes a record longer than `characters` (UTF-16; up to one block more
    // may be read before it is noticed) an error. Unlimited by default; a
    // reader that knows its records are short sets it, so that a missing
    // closing quote cannot pull the rest of a huge file into memory.
    void setMaxRecordLength(qsizetype characters) { m_maxRecordLength = characters; }

    // Reads the next record into `fields`; false at end of input or on error (see atError()).
    bool readRecord(QStringList &fields);
    // Physical line (1-based) on which the last record started.
    int recordLine() const { return m_recordLine; }
    bool atError() const { return !m_error.isEmpty(); }
    // "tickets.csv:12:3: unterminated quoted field": file, line where the record starts, field number.
    QString error() const { return m_error; }
    // Bytes taken from the device so far, for progress bars.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    // Why the decoded text stops short of the device's end.
    enum class Stop { None, InvalidUtf8, Nul, ReadError };

    bool readFields(QStringList &fields, qsizetype &count);
    static void putField(QStringList &fields, qsizetype &count, QStringView text);
    bool refill();
    void appendDecoded(const char *bytes, qsizetype length);
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
    Stop m_stop = Stop::None;
    QString m_readError;
    QString m_error;
};
