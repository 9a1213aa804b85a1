#pragma once

#include "RowSource.h"

#include <QCoreApplication>
#include <memory>

class QFile;
class QIODevice;
class XlsxSheetReader;
class XlsxWorkbook;

// The first sheet of an .xlsx workbook as rows of text, laid out as Zammad's
// reporting download is: a title, the header row (the first with three or
// more cells), the tickets, and a footer "Timezone: Europe/Berlin" that names
// the zone of the sheet's times. Numbers in a date format become
// "YYYY-MM-DD HH:MM:SS", the form newer Zammad writes as text, so both read
// alike. The sheet is streamed, twice: once at open() to find the header and
// the footer, whose zone callers need before the first row, then for the rows.
class XlsxRowSource : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(XlsxRowSource)

public:
    // sourceName names the file in messages; the path's file name by default.
    explicit XlsxRowSource(const QString &path, QString sourceName = {});
    // The device must be seekable and outlive the source; it is opened for
    // reading if it is not open.
    XlsxRowSource(QIODevice *device, QString sourceName);
    ~XlsxRowSource() override;
    XlsxRowSource(const XlsxRowSource &) = delete;
    XlsxRowSource &operator=(const XlsxRowSource &) = delete;

    Status open() override;
    const QStringList &header() const override { return m_header; }
    bool readRow(QStringList &cells) override;
    bool atError() const override { return !m_error.isEmpty(); }
    QString error() const override { return m_error; }
    int line() const override { return m_line; }
    qint64 bytesRead() const override;
    qint64 totalBytes() const override;
    QString zoneHint() const override { return m_zone; }

    // The zone a footer cell names, "Timezone: Europe/Berlin" or, localised,
    // "Fuseau horaire : Europe/Paris": words, a colon, a zone id that
    // QTimeZone knows. Empty when the text is no such footer.
    static QString footerZone(const QString &cell);

private:
    Status openDevice();
    Status scanSheet();
    Status fail(const Error &error);

    std::unique_ptr<QFile> m_file;
    QIODevice *m_device;
    QString m_sourceName;
    std::unique_ptr<XlsxWorkbook> m_book;
    std::unique_ptr<XlsxSheetReader> m_rows;
    QStringList m_header;
    int m_headerRow = 0;
    int m_footerRow = 0; // 0: the sheet has no footer
    QString m_zone;
    int m_line = 0;
    bool m_finished = false;
    QString m_error;
};
