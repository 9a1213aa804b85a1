#pragma once

#include "Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QIODevice;
class QuaZip;

// The parts of an .xlsx workbook that every cell of its first sheet needs:
// where that sheet is, the shared strings, which cell styles show dates, and
// the date system. The sheet itself is only opened, for streaming.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    // The shared strings are held in memory, as every cell may point at any
    // of them; a table that would take more than this is refused.
    static constexpr qint64 MaxSharedStringBytes = 256 * 1024 * 1024;

    // The device must be open, seekable (a zip's directory is at its end)
    // and outlive the workbook; sourceName names it in messages.
    XlsxWorkbook(QIODevice *device, QString sourceName);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook &) = delete;
    XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

    // Reads workbook, relationships, shared strings and styles; fails naming
    // the file ("zammad.xlsx: not a spreadsheet (no xl/workbook.xml)").
    Status open();

    // The first sheet's part ("xl/worksheets/sheet1.xml") and its
    // uncompressed size in bytes.
    const QString &sheetPath() const { return m_sheetPath; }
    qint64 sheetSize() const { return m_sheetSize; }
    // A fresh reading of the first sheet's XML from its start; only one part
    // of the archive can be read at a time.
    Expected<std::unique_ptr<QIODevice>> openSheet();

    // workbookPr date1904: serials count days from 1904-01-01.
    bool date1904() const { return m_date1904; }
    const QStringList &sharedStrings() const { return m_sharedStrings; }
    // Whether cells of this style (the s attribute) show numbers as dates.
    bool isDateStyle(int styleIndex) const
    {
        return styleIndex >= 0 && styleIndex < m_dateStyles.size() && m_dateStyles[styleIndex];
    }

private:
    // nullptr, not an error, when the archive has no such part.
    Expected<std::unique_ptr<QIODevice>> openPart(const QString &name, qint64 *size = nullptr);
    Expected<QString> readFirstSheetId();
    Status readSheetPath(const QString &relationshipId);
    Status readSharedStrings();
    Status readStyles();
    Error damaged(const QString &part, const QString &why) const;

    QIODevice *m_device;
    QString m_sourceName;
    std::unique_ptr<QuaZip> m_zip;
    QString m_sheetPath;
    qint64 m_sheetSize = 0;
    bool m_date1904 = false;
    QStringList m_sharedStrings;
    QList<bool> m_dateStyles;
};
