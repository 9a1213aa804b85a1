#include "XlsxSheetReader.h"

#include "XlsxCells.h"
#include "XlsxWorkbook.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

XlsxSheetReader::XlsxSheetReader(std::unique_ptr<QIODevice> sheet, const XlsxWorkbook &book,
                                 QString sourceName)
    : m_sheet(std::move(sheet)), m_book(book), m_sourceName(std::move(sourceName)), m_xml(m_sheet.get())
{
}

XlsxSheetReader::~XlsxSheetReader() = default;

qint64 XlsxSheetReader::bytesRead() const
{
    return m_sheet->pos();
}

bool XlsxSheetReader::readRow(QStringList &cells)
{
    while (!m_done && !atError()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid)
            return failXml();
        if (token == QXmlStreamReader::EndDocument ||
            (token == QXmlStreamReader::EndElement && m_xml.name() == "sheetData"_L1)) {
            m_done = true; // what follows the rows (merged cells, page setup) holds no cell
            break;
        }
        if (token != QXmlStreamReader::StartElement || m_xml.name() != "row"_L1)
            continue;
        // Rows without a number follow the one before; empty rows may be left out.
        const QStringView number = m_xml.attributes().value("r"_L1);
        if (number.isEmpty()) {
            ++m_row;
        } else {
            bool ok = false;
            const int row = number.toInt(&ok);
            if (!ok || row < 1)
                return fail(tr("\"%1\" is not a row number").arg(number));
            // Rows are written top to bottom; the footer is known by being last.
            const int previous = m_row;
            m_row = row;
            if (row <= previous)
                return fail(tr("comes after row %1: the rows are out of order").arg(previous));
        }
        if (!readCells(cells))
            return false;
        while (!cells.isEmpty() && cells.constLast().trimmed().isEmpty())
            cells.removeLast();
        if (!cells.isEmpty())
            return true;
    }
    return false;
}

bool XlsxSheetReader::readCells(QStringList &cells)
{
    cells.clear();
    int column = -1;
    while (true) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid)
            return failXml();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == "row"_L1)
            return true;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() != "c"_L1) {
            m_xml.skipCurrentElement();
            continue;
        }
        if (!readCell(cells, column))
            return false;
    }
}

bool XlsxSheetReader::readCell(QStringList &cells, int &column)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView reference = attributes.value("r"_L1);
    // A cell without a reference follows the one before.
    column = reference.isEmpty() ? column + 1 : XlsxCells::columnIndex(reference);
    if (column < 0 || column >= XlsxCells::MaxColumns)
        return fail(tr("\"%1\" is not a cell reference").arg(reference));
    const QString cell = XlsxCells::columnName(column) + QString::number(m_row);
    const QString type = attributes.value("t"_L1).toString();
    const int style = attributes.value("s"_L1).toInt();

    QString value;
    QString inlineText;
    while (true) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid)
            return failXml();
        if (token == QXmlStreamReader::EndElement && m_xml.name() == "c"_L1)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() == "v"_L1)
            value = m_xml.readElementText();
        else if (m_xml.name() == "is"_L1)
            inlineText = XlsxCells::readStringItem(m_xml);
        else
            m_xml.skipCurrentElement(); // the formula <f>: its value is in <v>
        if (m_xml.hasError())
            return failXml();
    }

    QString text;
    if (!cellText(type, style, value, inlineText, cell, text))
        return false;
    while (cells.size() <= column)
        cells.append(QString());
    cells[column] = std::move(text);
    return true;
}

bool XlsxSheetReader::cellText(QStringView type, int style, const QString &value, const QString &inlineText,
                               const QString &cell, QString &text)
{
    if (type == u"s") {
        bool ok = false;
        const int index = value.toInt(&ok);
        if (!ok || index < 0 || index >= m_book.sharedStrings().size())
            return fail(tr("cell %1: there is no shared string %2").arg(cell, value));
        text = m_book.sharedStrings().at(index);
    } else if (type == u"inlineStr") {
        text = inlineText;
    } else if (type == u"b") {
        if (value != u"0" && value != u"1")
            return fail(tr("cell %1: \"%2\" is not a truth value").arg(cell, value));
        text = value == u"1" ? u"TRUE"_s : u"FALSE"_s;
    } else if (type == u"d") {
        // ISO 8601 in the cell itself: written like the serials are.
        text = QString(value).replace(u'T', u' ');
    } else if (type.isEmpty() || type == u"n") {
        if (value.isEmpty())
            return true;
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            return fail(tr("cell %1: \"%2\" is not a number").arg(cell, value));
        std::optional<QString> date;
        if (m_book.isDateStyle(style))
            date = XlsxCells::serialDateText(number, m_book.date1904());
        text = date ? *date : XlsxCells::numberText(number);
    } else {
        // "str" (a formula's text), "e" (an error such as #N/A) and types
        // this reader does not know: the value as written.
        text = value;
    }
    return true;
}

bool XlsxSheetReader::fail(const QString &message)
{
    m_error = tr("%1: sheet row %2: %3").arg(m_sourceName).arg(m_row).arg(message);
    return false;
}

bool XlsxSheetReader::failXml()
{
    if (m_row == 0)
        m_error = tr("%1: %2: damaged XML at line %3: %4")
                      .arg(m_sourceName, m_book.sheetPath())
                      .arg(m_xml.lineNumber())
                      .arg(m_xml.errorString());
    else
        fail(tr("damaged XML: %1").arg(m_xml.errorString()));
    return false;
}
