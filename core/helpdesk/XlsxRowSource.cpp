#include "XlsxRowSource.h"

#include "XlsxSheetReader.h"
#include "XlsxWorkbook.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Zammad's column names fill a row; its title fills one cell.
constexpr int MinHeaderCells = 3;

qsizetype filledCells(const QStringList &cells)
{
    return std::count_if(cells.begin(), cells.end(),
                         [](const QString &cell) { return !cell.trimmed().isEmpty(); });
}

} // namespace

XlsxRowSource::XlsxRowSource(const QString &path, QString sourceName)
    : m_file(std::make_unique<QFile>(path)), m_device(m_file.get()),
      m_sourceName(sourceName.isEmpty() ? QFileInfo(path).fileName() : std::move(sourceName))
{
}

XlsxRowSource::XlsxRowSource(QIODevice *device, QString sourceName)
    : m_device(device), m_sourceName(std::move(sourceName))
{
}

// The readers go before the workbook they read from.
XlsxRowSource::~XlsxRowSource()
{
    m_rows.reset();
    m_book.reset();
}

QString XlsxRowSource::footerZone(const QString &cell)
{
    static const QRegularExpression footer(u"^[^:]*\\w[^:]*:\\s*(\\S+)\\s*$"_s);
    const QRegularExpressionMatch match = footer.match(cell.trimmed());
    if (!match.hasMatch())
        return {};
    const QString zone = match.captured(1);
    return QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()) ? zone : QString();
}

Status XlsxRowSource::fail(const Error &error)
{
    m_error = error.message;
    return error;
}

Status XlsxRowSource::openDevice()
{
    if (m_device->isOpen())
        return success();
    if (!m_device->open(QIODevice::ReadOnly))
        return fail(Error{Error::Kind::Storage,
                          tr("%1: cannot be read: %2").arg(m_sourceName, m_device->errorString())});
    return success();
}

Status XlsxRowSource::open()
{
    if (Status opened = openDevice(); !opened)
        return opened;
    m_book = std::make_unique<XlsxWorkbook>(m_device, m_sourceName);
    if (Status read = m_book->open(); !read)
        return fail(read.error());
    if (Status scanned = scanSheet(); !scanned)
        return scanned;
    Expected<std::unique_ptr<QIODevice>> sheet = m_book->openSheet();
    if (!sheet)
        return fail(sheet.error());
    m_rows = std::make_unique<XlsxSheetReader>(std::move(sheet).value(), *m_book, m_sourceName);
    return success();
}

// The first pass: the header row, and the last row, which is the footer when
// it names a zone. Reading the sheet twice costs time, not memory; holding
// every row until the footer shows would cost memory in proportion to the
// sheet.
Status XlsxRowSource::scanSheet()
{
    Expected<std::unique_ptr<QIODevice>> sheet = m_book->openSheet();
    if (!sheet)
        return fail(sheet.error());
    XlsxSheetReader scan(std::move(sheet).value(), *m_book, m_sourceName);
    QStringList cells;
    int lastRow = 0;
    QString lastFirstCell;
    while (scan.readRow(cells)) {
        if (m_headerRow == 0 && filledCells(cells) >= MinHeaderCells) {
            m_headerRow = scan.rowNumber();
            m_header = cells;
            for (QString &name : m_header)
                name = name.trimmed();
        }
        lastRow = scan.rowNumber();
        lastFirstCell = cells.constFirst();
    }
    if (scan.atError())
        return fail(Error{Error::Kind::InvalidInput, scan.error()});
    if (m_headerRow == 0)
        return fail(
            Error{Error::Kind::InvalidInput, tr("%1: no header row (a row of at least %2 column names)")
                                                 .arg(m_sourceName)
                                                 .arg(MinHeaderCells)});
    if (lastRow > m_headerRow) {
        m_zone = footerZone(lastFirstCell);
        if (!m_zone.isEmpty())
            m_footerRow = lastRow;
    }
    return success();
}

bool XlsxRowSource::readRow(QStringList &cells)
{
    if (!m_rows || atError() || m_finished)
        return false;
    while (m_rows->readRow(cells)) {
        const int row = m_rows->rowNumber();
        if (row <= m_headerRow)
            continue;
        if (row == m_footerRow)
            break;
        m_line = row;
        return true;
    }
    if (m_rows->atError())
        m_error = m_rows->error();
    else
        m_finished = true;
    return false;
}

qint64 XlsxRowSource::bytesRead() const
{
    if (m_finished)
        return totalBytes();
    // The size is the archive's word for it, which a damaged one may get wrong.
    return m_rows ? std::min(m_rows->bytesRead(), totalBytes()) : 0;
}

qint64 XlsxRowSource::totalBytes() const
{
    return m_book ? m_book->sheetSize() : 0;
}
