#include "CsvWriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace {

bool isEdgeSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

// U+FEFF opening the file would be taken for a byte order mark and dropped.
bool isLeadingSpace(QChar c)
{
    return isEdgeSpace(c) || c == u'\uFEFF';
}

// ^'*[=+\-@\t\r]: apostrophes already in front count too, so that a reader
// removing exactly one apostrophe gets back the text as it was.
bool startsLikeFormula(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    if (i >= text.size())
        return false;
    const char16_t c = text[i].unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device), m_encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless)
{
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    for (const QString &field : fields)
        writeField(field);
    endRecord();
}

void CsvWriter::writeField(const QString &field)
{
    appendField(field, m_neutraliseFormulas && startsLikeFormula(field));
}

void CsvWriter::writeNumber(const QString &number)
{
    appendField(number, false);
}

void CsvWriter::appendField(QStringView field, bool prefixApostrophe)
{
    if (m_fieldCount > 0)
        m_record.append(u',');
    ++m_fieldCount;
    m_lastFieldEmpty = field.isEmpty() && !prefixApostrophe;

    bool quote = false;
    if (!field.isEmpty()) {
        quote = (!prefixApostrophe && isLeadingSpace(field.front())) || isEdgeSpace(field.back());
        for (qsizetype i = 0; !quote && i < field.size(); ++i) {
            const char16_t c = field[i].unicode();
            quote = c == u',' || c == u'"' || c == u'\r' || c == u'\n';
        }
    }
    if (quote)
        m_record.append(u'"');
    if (prefixApostrophe)
        m_record.append(u'\'');
    if (!quote) {
        m_record.append(field);
        return;
    }
    qsizetype from = 0;
    for (qsizetype at = field.indexOf(u'"'); at >= 0; at = field.indexOf(u'"', from)) {
        m_record.append(field.mid(from, at + 1 - from));
        m_record.append(u'"');
        from = at + 1;
    }
    m_record.append(field.mid(from));
    m_record.append(u'"');
}

void CsvWriter::endRecord()
{
    // A record of one empty field would otherwise be a blank line, which
    // readers skip.
    if (m_fieldCount == 1 && m_lastFieldEmpty)
        m_record.append(u"\"\""_s);
    m_record.append(u'\n');
    m_fieldCount = 0;

    m_bytes.resize(m_encoder.requiredSpace(m_record.size()));
    const char *end = m_encoder.appendToBuffer(m_bytes.data(), m_record);
    m_bytes.resize(end - m_bytes.constData());
    m_record.resize(0);
    if (hasError())
        return;
    if (m_device->write(m_bytes) != m_bytes.size())
        m_error = tr("write error: %1").arg(m_device->errorString());
}

QString CsvWriter::unneutraliseFormula(QString cell)
{
    if (cell.startsWith(u'\'') && startsLikeFormula(QStringView(cell).sliced(1)))
        cell.remove(0, 1);
    return cell;
}
