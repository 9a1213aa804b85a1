#include "CsvReader.h"

#include "TextEncoding.h"

#include <QIODevice>
#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// Large blocks keep the decoder and the device calls off the profile.
constexpr qint64 ChunkSize = 256 * 1024;
// Consumed text is dropped only once it is worth the move.
constexpr qsizetype CompactThreshold = 64 * 1024;

// The content of a quoted field with each doubled quote made single, in one
// pass: QString::replace() moves the tail once per quote.
QString collapseDoubledQuotes(QStringView content)
{
    QString result(content.size(), Qt::Uninitialized);
    QChar *out = result.data();
    qsizetype from = 0;
    for (qsizetype at = content.indexOf(u'"'); at >= 0; at = content.indexOf(u'"', from)) {
        const QStringView piece = content.sliced(from, at + 1 - from);
        out = std::copy(piece.begin(), piece.end(), out);
        from = at + 2;
    }
    const QStringView rest = content.sliced(from);
    out = std::copy(rest.begin(), rest.end(), out);
    result.resize(out - result.constData());
    return result;
}

// The delimiter as a constant for the comma, the hot path of large imports,
// so that its scan loop compares against an immediate; any other at run time.
// `plain(c)` is a quick test that passes most text: no character above both
// the delimiter and the quote (CR and LF are below) ends or breaks a field.
struct CommaDelimiter
{
    static constexpr bool is(char16_t c) { return c == u','; }
    static constexpr bool plain(char16_t c) { return c > u','; }
};
struct AnyDelimiter
{
    explicit AnyDelimiter(char16_t d) : delimiter(d), highest(std::max(d, u'"')) {}
    char16_t delimiter;
    char16_t highest;
    bool is(char16_t c) const { return c == delimiter; }
    bool plain(char16_t c) const { return c > highest; }
};

inline const char16_t *chars(const QString &text)
{
    return reinterpret_cast<const char16_t *>(text.constData());
}

} // namespace

CsvReader::CsvReader(QIODevice *device, QString sourceName)
    : m_device(device), m_sourceName(std::move(sourceName)),
      // Stateless is safe because only whole sequences are ever passed in; the
      // byte order mark is stripped here, once, and only at the very start.
      m_decoder(QStringDecoder::Utf8,
                QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom)
{
}

void CsvReader::setDelimiter(QChar delimiter)
{
    Q_ASSERT(delimiter != u'"' && delimiter != u'\r' && delimiter != u'\n');
    m_delimiter = delimiter.unicode();
}

bool CsvReader::isUtf8(QByteArrayView bytes, bool mayEndMidSequence)
{
    const Utf8Scan scan = scanUtf8(bytes.data(), bytes.size());
    return scan.end == Utf8Scan::Complete || (mayEndMidSequence && scan.end == Utf8Scan::Incomplete);
}

bool CsvReader::readRecord(QStringList &fields)
{
    qsizetype count = 0;
    const bool read = m_delimiter == u',' ? readFields(fields, count, CommaDelimiter())
                                          : readFields(fields, count, AnyDelimiter(m_delimiter));
    fields.resize(read ? count : 0);
    return read;
}

// Field `count` of the record becomes `text`, in the string already there
// when it has the room: a million rows reuse the same few buffers instead
// of allocating and freeing one per field.
void CsvReader::putField(QStringList &fields, qsizetype &count, QStringView text)
{
    if (count < fields.size()) {
        QString &field = fields[count];
        if (field.isDetached() && field.capacity() >= text.size()) {
            field.resize(text.size());
            std::copy(text.begin(), text.end(), field.data());
        } else {
            field = text.toString();
        }
    } else {
        fields.append(text.toString());
    }
    ++count;
}

void CsvReader::putApostropheQuotedField(QStringList &fields, qsizetype &count, QStringView content,
                                         bool doubled)
{
    QString text = doubled ? collapseDoubledQuotes(content) : content.toString();
    putField(fields, count, text.replace(u"''"_s, u"\""_s));
}

// Kept out of line: inlined into readRecord(), its loops compile worse.
template <typename Delimiter>
Q_NEVER_INLINE bool CsvReader::readFields(QStringList &fields, qsizetype &count, Delimiter delimiter)
{
    if (atError())
        return false;

    if (m_pos >= m_text.size()) {
        m_text.resize(0);
        m_pos = 0;
    } else if (m_pos >= CompactThreshold && m_pos * 2 >= m_text.size()) {
        const qsizetype left = m_text.size() - m_pos;
        QChar *data = m_text.data();
        std::memmove(data, data + m_pos, size_t(left) * sizeof(QChar));
        m_text.resize(left);
        m_pos = 0;
    }

    // Blank lines are not records: skip them, counting them as lines.
    for (;;) {
        if (m_pos >= m_text.size() && !refill()) {
            m_recordLine = m_line;
            return m_stop == Stop::None ? false : failAtStop(1);
        }
        const char16_t c = m_text.at(m_pos).unicode();
        if (c == u'\n') {
            if (!m_swallowLf)
                ++m_line;
            m_swallowLf = false;
            ++m_pos;
            continue;
        }
        m_swallowLf = false;
        if (c == u'\r') {
            ++m_line;
            m_swallowLf = true;
            ++m_pos;
            continue;
        }
        break;
    }

    m_recordLine = m_line;
    int column = 1;
    qsizetype i = m_pos;
    // Ends the record on the line end at i (CR, LF or CRLF).
    auto endRecord = [&](const char16_t *data, qsizetype size) {
        ++m_line;
        if (data[i] == u'\r') {
            if (i + 1 < size && data[i + 1] == u'\n')
                ++i;
            else
                m_swallowLf = true;
        }
        m_pos = i + 1;
        return true;
    };

    for (;;) {
        if (i >= m_text.size() && !refill()) {
            if (m_stop != Stop::None)
                return failAtStop(column);
            // A separator right before the end of the file: the last field is empty.
            putField(fields, count, QStringView());
            m_pos = i;
            return true;
        }
        const char16_t *data = chars(m_text);
        qsizetype size = m_text.size();

        if (data[i] == u'"') {
            const qsizetype start = i + 1;
            qsizetype quote = start;
            bool doubled = false;
            bool afterCr = false;
            int lines = 0;
            bool lastInFile = false;
            for (;;) {
                while (quote < size) {
                    const char16_t c = data[quote];
                    if (c == u'"')
                        break;
                    if (c == u'\r') {
                        ++lines;
                        afterCr = true;
                    } else {
                        if (c == u'\n' && !afterCr)
                            ++lines;
                        afterCr = false;
                    }
                    ++quote;
                }
                if (quote >= size) {
                    if (isTooLong(quote))
                        return fail(column, tr("a quoted field runs on for more than %1 characters: is its "
                                               "closing quote missing?")
                                                .arg(m_maxRecordLength));
                    if (!refill())
                        return m_stop != Stop::None ? failAtStop(column)
                                                    : fail(column, tr("unterminated quoted field"));
                    data = chars(m_text);
                    size = m_text.size();
                    continue;
                }
                if (quote + 1 >= size) {
                    if (!refill()) {
                        if (m_stop != Stop::None)
                            return failAtStop(column);
                        lastInFile = true;
                        break;
                    }
                    data = chars(m_text);
                    size = m_text.size();
                }
                if (data[quote + 1] != u'"')
                    break;
                doubled = true;
                afterCr = false;
                quote += 2;
            }
            const QStringView content = QStringView(m_text).sliced(start, quote - start);
            if (Q_UNLIKELY(m_apostropheQuotes))
                putApostropheQuotedField(fields, count, content, doubled);
            else if (doubled)
                putField(fields, count, collapseDoubledQuotes(content));
            else
                putField(fields, count, content);
            m_line += lines;
            i = quote + 1;
            if (lastInFile) {
                m_pos = i;
                return true;
            }
            const char16_t next = data[i];
            if (delimiter.is(next)) {
                ++i;
                ++column;
                continue;
            }
            if (next == u'\r' || next == u'\n')
                return endRecord(data, size);
            return fail(column, tr("text after a closing quote"));
        }

        const qsizetype start = i;
        bool atEnd = false;
        for (;;) {
            while (i < size) {
                while (delimiter.plain(data[i]) && ++i < size) {
                }
                if (i >= size)
                    break;
                const char16_t c = data[i];
                if (delimiter.is(c) || c == u'\r' || c == u'\n')
                    break;
                if (c == u'"')
                    return fail(column, tr("quote inside an unquoted field"));
                ++i;
            }
            if (i < size)
                break;
            if (isTooLong(i))
                return fail(column, tr("the record is longer than %1 characters").arg(m_maxRecordLength));
            if (!refill()) {
                atEnd = true;
                break;
            }
            data = chars(m_text);
            size = m_text.size();
        }
        if (atEnd && m_stop != Stop::None)
            return failAtStop(column);
        putField(fields, count, QStringView(m_text).sliced(start, i - start));
        if (atEnd) {
            m_pos = i;
            return true;
        }
        if (delimiter.is(data[i])) {
            ++i;
            ++column;
            continue;
        }
        return endRecord(data, size);
    }
}

bool CsvReader::isTooLong(qsizetype end) const
{
    return m_maxRecordLength >= 0 && end - m_pos > m_maxRecordLength;
}

bool CsvReader::fail(int column, const QString &message)
{
    m_error = tr("%1:%2:%3: %4").arg(m_sourceName).arg(m_recordLine).arg(column).arg(message);
    return false;
}

bool CsvReader::failAtStop(int column)
{
    switch (m_stop) {
    case Stop::InvalidUtf8: return fail(column, tr("invalid UTF-8"));
    case Stop::Nul: return fail(column, tr("not a text file"));
    case Stop::ReadError: return fail(column, tr("read error: %1").arg(m_readError));
    case Stop::None: break;
    }
    return false;
}

qint64 CsvReader::readFromDevice(char *into, qint64 maximum)
{
    for (;;) {
        const qint64 got = m_device->read(into, maximum);
        // A pipe or a process may simply have nothing yet.
        if (got != 0 || !m_device->isSequential() || !m_device->waitForReadyRead(-1))
            return got;
    }
}

// Appends the next decoded block to m_text; false when nothing more can come.
bool CsvReader::refill()
{
    while (m_stop == Stop::None) {
        if (m_deviceAtEnd) {
            // A multi-byte sequence cut short by the end of the file.
            if (!m_raw.isEmpty()) {
                if (m_fallBackToWindows1252 && !m_sawNonAscii) {
                    m_encoding = Encoding::Windows1252;
                    return takeWindows1252(0);
                }
                m_stop = Stop::InvalidUtf8;
            }
            return false;
        }
        const qsizetype kept = m_raw.size();
        m_raw.resize(kept + ChunkSize);
        const qint64 got = readFromDevice(m_raw.data() + kept, ChunkSize);
        if (got < 0) {
            m_raw.resize(kept);
            m_readError = m_device->errorString();
            m_stop = Stop::ReadError;
            return false;
        }
        m_raw.resize(kept + got);
        m_bytesRead += got;
        if (got == 0)
            m_deviceAtEnd = true;

        if (m_encoding == Encoding::Windows1252) {
            if (takeWindows1252(0))
                return true;
            continue;
        }
        qsizetype begin = 0;
        if (!m_bomChecked) {
            if (m_raw.size() < 3 && !m_deviceAtEnd)
                continue;
            m_bomChecked = true;
            if (m_raw.startsWith("\xEF\xBB\xBF")) {
                begin = 3;
                m_fallBackToWindows1252 = false; // the mark says UTF-8
            }
        }
        const Utf8Scan scan = scanUtf8(m_raw.constData() + begin, m_raw.size() - begin);
        appendDecoded(m_raw.constData() + begin, scan.valid);
        m_sawNonAscii = m_sawNonAscii || scan.nonAscii;
        if (scan.end == Utf8Scan::Invalid && m_fallBackToWindows1252 && !m_sawNonAscii) {
            m_encoding = Encoding::Windows1252;
            if (takeWindows1252(begin + scan.valid) || scan.valid > 0)
                return true;
            continue;
        }
        // A binary file usually fails UTF-8 before its first NUL: NUL bytes
        // anywhere in the block tell the user what is really wrong.
        if (scan.end == Utf8Scan::Invalid)
            m_stop = std::memchr(m_raw.constData(), 0, size_t(m_raw.size())) ? Stop::Nul : Stop::InvalidUtf8;
        else if (scan.end == Utf8Scan::Nul)
            m_stop = Stop::Nul;
        // Keep the head of a sequence split across blocks for the next round.
        const qsizetype used = begin + scan.valid;
        const qsizetype left = m_stop == Stop::None ? m_raw.size() - used : 0;
        if (left > 0)
            std::memmove(m_raw.data(), m_raw.constData() + used, size_t(left));
        m_raw.resize(left);
        if (scan.valid > 0)
            return true;
    }
    return false;
}

// Decodes the raw bytes from `from` on up to a NUL, which stops the reading;
// true when that gave some text.
bool CsvReader::takeWindows1252(qsizetype from)
{
    const char *bytes = m_raw.constData() + from;
    const qsizetype length = m_raw.size() - from;
    const auto *nul = static_cast<const char *>(std::memchr(bytes, 0, size_t(length)));
    const qsizetype text = nul ? nul - bytes : length;
    appendWindows1252(bytes, text);
    if (nul)
        m_stop = Stop::Nul;
    m_raw.resize(0);
    return text > 0;
}

void CsvReader::appendWindows1252(const char *bytes, qsizetype length)
{
    if (m_text.size() + length > m_text.capacity())
        m_text.reserve(qMax(m_text.size() + length, 2 * m_text.capacity()));
    ::appendWindows1252(m_text, QByteArrayView(bytes, length));
}

void CsvReader::appendDecoded(const char *bytes, qsizetype length)
{
    if (length == 0)
        return;
    const qsizetype old = m_text.size();
    const qsizetype needed = old + m_decoder.requiredSpace(length);
    if (needed > m_text.capacity())
        m_text.reserve(qMax(needed, 2 * m_text.capacity()));
    m_text.resize(needed);
    const QChar *end = m_decoder.appendToBuffer(m_text.data() + old, QByteArrayView(bytes, length));
    m_text.resize(end - m_text.constData());
}
