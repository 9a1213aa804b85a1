#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>
#include <memory>

class QIODevice;
class XlsxWorkbook;

// The rows of a sheet's XML, streamed: one <row> at a time is turned into
// text cells, so a sheet of a million rows never sits in memory.
class XlsxSheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetReader)

public:
    // Reads `sheet` (from its start) with the workbook's shared strings,
    // styles and date system; the workbook must outlive the reader.
    XlsxSheetReader(std::unique_ptr<QIODevice> sheet, const XlsxWorkbook &book, QString sourceName);
    ~XlsxSheetReader();
    XlsxSheetReader(const XlsxSheetReader &) = delete;
    XlsxSheetReader &operator=(const XlsxSheetReader &) = delete;

    // The next row with a non-blank cell, its cells placed by their column
    // letters (missing cells blank, trailing blanks dropped); false at the
    // end of the sheet or on an error (see atError()).
    bool readRow(QStringList &cells);
    // The sheet's number of the row last read (1-based).
    int rowNumber() const { return m_row; }
    bool atError() const { return !m_error.isEmpty(); }
    // "zammad.xlsx: sheet row 14: cell C14: ..."
    const QString &error() const { return m_error; }
    // Uncompressed bytes of the sheet's XML taken so far.
    qint64 bytesRead() const;

private:
    bool readCells(QStringList &cells);
    bool readCell(QStringList &cells, int &column);
    bool cellText(QStringView type, int style, const QString &value, const QString &inlineText,
                  const QString &cell, QString &text);
    bool fail(const QString &message);
    bool failXml();

    std::unique_ptr<QIODevice> m_sheet;
    const XlsxWorkbook &m_book;
    QString m_sourceName;
    QXmlStreamReader m_xml;
    int m_row = 0;
    bool m_done = false;
    QString m_error;
};
