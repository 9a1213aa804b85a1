#include "CsvRowSource.h"

#include "CsvWriter.h"

#include <QIODevice>

CsvRowSource::CsvRowSource(QIODevice *device, QString sourceName)
    : m_device(device), m_sourceName(sourceName), m_reader(device, std::move(sourceName))
{
    m_reader.setMaxRecordLength(MaxRecordLength);
}

// The file's first bytes, left in the device for the reader. A pipe may
// hand them over in pieces: wait for more while it can say more is coming.
QByteArray CsvRowSource::sample()
{
    QByteArray bytes = m_device->peek(SampleBytes);
    while (m_device->isSequential() && bytes.size() < SampleBytes && m_device->waitForReadyRead(-1))
        bytes = m_device->peek(SampleBytes);
    return bytes;
}

Status CsvRowSource::open()
{
    const QByteArray start = sample();
    const bool wholeFile = start.size() < SampleBytes && (!m_device->isSequential() || m_device->atEnd());
    readAs(sniffCsvDialect(start, wholeFile));

    if (!m_reader.readRecord(m_header)) {
        if (m_reader.atError())
            return Status::failure(Error::Kind::InvalidInput, m_reader.error());
        m_error = tr("%1: no header row").arg(m_sourceName);
        return Status::failure(Error::Kind::InvalidInput, m_error);
    }
    if (m_dialect.trailingDelimiter && m_header.size() > 1 && m_header.last().isEmpty())
        m_header.removeLast();
    for (QString &name : m_header)
        name = name.trimmed();
    // A second mark (a file saved twice by an editor that adds one) is text
    // to the reader, never part of a column's name.
    QString &first = m_header.first();
    while (first.startsWith(QChar::ByteOrderMark))
        first = first.sliced(1).trimmed();
    return success();
}

void CsvRowSource::openRest(const CsvDialect &dialect, const QStringList &header)
{
    readAs(dialect);
    m_reader.setStartsMidFile();
    m_header = header;
}

void CsvRowSource::readAs(const CsvDialect &dialect)
{
    m_dialect = dialect;
    m_reader.setDelimiter(m_dialect.delimiter);
    m_reader.setEncoding(m_dialect.encoding == CsvDialect::Windows1252 ? CsvReader::Encoding::Windows1252
                                                                       : CsvReader::Encoding::Utf8);
    m_reader.setFallBackToWindows1252(m_dialect.encoding == CsvDialect::Utf8 && !m_dialect.byteOrderMark);
    m_reader.setApostropheQuotes(m_dialect.apostropheQuotes);
}

bool CsvRowSource::readAsOnePart() const
{
    return !atError() && dialect().encoding == m_dialect.encoding;
}

bool CsvRowSource::readRow(QStringList &cells)
{
    if (!m_reader.readRecord(cells))
        return false;
    if (m_dialect.trailingDelimiter && !cells.isEmpty() && cells.last().isEmpty())
        cells.removeLast();
    return true;
}

qint64 CsvRowSource::totalBytes() const
{
    return m_device->isSequential() ? 0 : m_device->size();
}

CsvDialect CsvRowSource::dialect() const
{
    CsvDialect dialect = m_dialect;
    if (m_reader.encoding() == CsvReader::Encoding::Windows1252)
        dialect.encoding = CsvDialect::Windows1252;
    return dialect;
}

QString withoutFormulaGuard(QString cell)
{
    return CsvWriter::unneutraliseFormula(std::move(cell));
}
