#include "XlsxWorkbook.h"

#include "XlsxCells.h"

#include <QDir>
#include <QHash>
#include <QXmlStreamReader>
#include <algorithm>
#include <quazip.h>
#include <quazipfile.h>

using namespace Qt::StringLiterals;

namespace {

const QString WorkbookPart = u"xl/workbook.xml"_s;
const QString WorkbookRelationshipsPart = u"xl/_rels/workbook.xml.rels"_s;
const QString SharedStringsPart = u"xl/sharedStrings.xml"_s;
const QString StylesPart = u"xl/styles.xml"_s;

bool isTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

// An attribute by its local name: r:id is in one namespace in Transitional
// OOXML and in another in Strict.
QStringView attribute(const QXmlStreamReader &xml, QLatin1StringView name)
{
    for (const QXmlStreamAttribute &each : xml.attributes()) {
        if (each.name() == name)
            return each.value();
    }
    return {};
}

// A relationship's target, relative to xl/ unless it starts at the root.
QString partOfTarget(QStringView target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1).toString());
    return QDir::cleanPath(u"xl/"_s + target.toString());
}

} // namespace

XlsxWorkbook::XlsxWorkbook(QIODevice *device, QString sourceName)
    : m_device(device), m_sourceName(std::move(sourceName))
{
}

XlsxWorkbook::~XlsxWorkbook() = default;

Status XlsxWorkbook::open()
{
    m_zip = std::make_unique<QuaZip>(m_device);
    if (!m_zip->open(QuaZip::mdUnzip))
        return Status::failure(Error::Kind::InvalidInput,
                               tr("%1: not a spreadsheet (not a zip archive)").arg(m_sourceName));
    Expected<QString> sheetId = readFirstSheetId();
    if (!sheetId)
        return sheetId.error();
    if (Status found = readSheetPath(*sheetId); !found)
        return found;
    if (Status read = readSharedStrings(); !read)
        return read;
    return readStyles();
}

Expected<std::unique_ptr<QIODevice>> XlsxWorkbook::openSheet()
{
    Expected<std::unique_ptr<QIODevice>> sheet = openPart(m_sheetPath);
    if (sheet && !*sheet)
        return damaged(m_sheetPath, tr("the part is missing"));
    return sheet;
}

Expected<std::unique_ptr<QIODevice>> XlsxWorkbook::openPart(const QString &name, qint64 *size)
{
    // Part names are case-insensitive in a package.
    if (!m_zip->setCurrentFile(name, QuaZip::csInsensitive))
        return std::unique_ptr<QIODevice>();
    auto part = std::make_unique<QuaZipFile>(m_zip.get());
    if (!part->open(QIODevice::ReadOnly))
        return damaged(name, tr("cannot be unpacked (zip error %1)").arg(part->getZipError()));
    if (size)
        *size = std::max<qint64>(part->usize(), 0); // -1 when the directory entry cannot be read
    return std::unique_ptr<QIODevice>(std::move(part));
}

Error XlsxWorkbook::damaged(const QString &part, const QString &why) const
{
    return Error{Error::Kind::InvalidInput, tr("%1: %2: %3").arg(m_sourceName, part, why)};
}

Expected<QString> XlsxWorkbook::readFirstSheetId()
{
    Expected<std::unique_ptr<QIODevice>> part = openPart(WorkbookPart);
    if (!part)
        return part.error();
    if (!*part)
        return Expected<QString>::failure(
            Error::Kind::InvalidInput, tr("%1: not a spreadsheet (no %2)").arg(m_sourceName, WorkbookPart));
    QXmlStreamReader xml(part->get());
    QString sheetId;
    // Each loop stops at an error too: when a part's unpacking fails midway,
    // the reader waits for more data (atEnd() stays false), it does not end.
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "workbookPr"_L1)
            m_date1904 = isTrue(xml.attributes().value("date1904"_L1));
        else if (xml.name() == "sheet"_L1 && sheetId.isEmpty())
            sheetId = attribute(xml, "id"_L1).toString();
    }
    if (xml.hasError())
        return damaged(WorkbookPart,
                       tr("damaged XML at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
    if (sheetId.isEmpty())
        return damaged(WorkbookPart, tr("the workbook has no sheet"));
    return sheetId;
}

Status XlsxWorkbook::readSheetPath(const QString &relationshipId)
{
    Expected<std::unique_ptr<QIODevice>> part = openPart(WorkbookRelationshipsPart);
    if (!part)
        return part.error();
    if (!*part)
        return damaged(WorkbookRelationshipsPart, tr("the part is missing"));
    QXmlStreamReader xml(part->get());
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == "Relationship"_L1 &&
            xml.attributes().value("Id"_L1) == relationshipId) {
            m_sheetPath = partOfTarget(xml.attributes().value("Target"_L1));
            break;
        }
    }
    if (xml.hasError())
        return damaged(WorkbookRelationshipsPart,
                       tr("damaged XML at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
    if (m_sheetPath.isEmpty())
        return damaged(WorkbookRelationshipsPart, tr("no part for the first sheet (%1)").arg(relationshipId));
    part->reset();
    // Opened once now for its size, so progress is known before reading.
    Expected<std::unique_ptr<QIODevice>> sheet = openPart(m_sheetPath, &m_sheetSize);
    if (!sheet)
        return sheet.error();
    if (!*sheet)
        return damaged(m_sheetPath, tr("the part is missing"));
    return success();
}

Status XlsxWorkbook::readSharedStrings()
{
    Expected<std::unique_ptr<QIODevice>> part = openPart(SharedStringsPart);
    if (!part)
        return part.error();
    if (!*part)
        return success(); // a workbook without text
    QXmlStreamReader xml(part->get());
    qint64 bytes = 0;
    while (!xml.atEnd() && !xml.hasError()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != "si"_L1)
            continue;
        QString text = XlsxCells::readStringItem(xml);
        // UTF-16 text and the bookkeeping of a string, so that millions of
        // empty items count too.
        bytes += qint64(text.size()) * 2 + qint64(sizeof(QString)) + 16;
        if (bytes > MaxSharedStringBytes)
            return damaged(SharedStringsPart,
                           tr("the shared strings take more than %1 MiB: too large to read")
                               .arg(MaxSharedStringBytes / (1024 * 1024)));
        m_sharedStrings.append(std::move(text));
    }
    if (xml.hasError())
        return damaged(SharedStringsPart,
                       tr("damaged XML at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
    return success();
}

Status XlsxWorkbook::readStyles()
{
    Expected<std::unique_ptr<QIODevice>> part = openPart(StylesPart);
    if (!part)
        return part.error();
    if (!*part)
        return success(); // every cell in the default style: no dates
    QXmlStreamReader xml(part->get());
    QHash<int, bool> customDateFormats;
    bool inCellFormats = false;
    while (!xml.atEnd() && !xml.hasError()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == "cellXfs"_L1)
            inCellFormats = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "numFmt"_L1) {
            const int id = xml.attributes().value("numFmtId"_L1).toInt();
            customDateFormats.insert(id,
                                     XlsxCells::isDateFormatCode(xml.attributes().value("formatCode"_L1)));
        } else if (xml.name() == "cellXfs"_L1) {
            inCellFormats = true;
        } else if (xml.name() == "xf"_L1 && inCellFormats) {
            // Only the cell formats (cellXfs) are what a cell's s points at,
            // not the cell style formats (cellStyleXfs) they derive from.
            const int id = xml.attributes().value("numFmtId"_L1).toInt();
            m_dateStyles.append(customDateFormats.value(id, XlsxCells::isBuiltInDateFormat(id)));
        }
    }
    if (xml.hasError())
        return damaged(StylesPart,
                       tr("damaged XML at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString()));
    return success();
}
