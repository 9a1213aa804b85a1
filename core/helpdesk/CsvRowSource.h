#pragma once

#include "CsvDialect.h"
#include "CsvReader.h"
#include "RowSource.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

// The rows of a help desk's CSV export, whichever dialect wrote it: the
// encoding, the delimiter and GLPI 10's quirks are guessed on open() from
// the first bytes (see sniffCsvDialect()), then the file streams through a
// CsvReader. Errors are the reader's: "export.csv:12:3: ...".
class CsvRowSource : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvRowSource)

public:
    // How much of the file's start the dialect is guessed from.
    static constexpr qsizetype SampleBytes = 64 * 1024;
    // Longer records are refused, naming their line: a missing closing
    // quote cannot pull the rest of a huge file into memory.
    static constexpr qsizetype MaxRecordLength = 4 << 20;

    // `sourceName` names the file in messages. The device stays the caller's.
    CsvRowSource(QIODevice *device, QString sourceName);

    Status open() override;
    // Instead of open(): the rows of a file's rest from a record's start,
    // read as the file's dialect and header (those open() found) say.
    void openRest(const CsvDialect &dialect, const QStringList &header);
    const QStringList &header() const override { return m_header; }
    bool readRow(QStringList &cells) override;
    bool atError() const override { return !error().isEmpty(); }
    QString error() const override { return m_reader.atError() ? m_reader.error() : m_error; }
    int line() const override { return m_reader.recordLine(); }
    qint64 bytesRead() const override { return m_reader.bytesRead(); }
    // 0 when the size is not known (a pipe).
    qint64 totalBytes() const override;

    bool readAsOnePart() const override;
    int nextLine() const override { return m_reader.nextLine(); }

    // What open() found; the encoding becomes Windows-1252 if the file,
    // ASCII in its first bytes, turns out to be so further on.
    CsvDialect dialect() const;
    // What open() found, as it found it.
    const CsvDialect &dialectAtOpen() const { return m_dialect; }

private:
    QByteArray sample();
    void readAs(const CsvDialect &dialect);

    QIODevice *m_device;
    QString m_sourceName;
    CsvReader m_reader;
    CsvDialect m_dialect;
    QStringList m_header;
    QString m_error;
};

// The cell without the apostrophe a tool put in front of text a spreadsheet
// would run as a formula (osTicket writes `'=SUM(...)` for `=SUM(...)`).
QString withoutFormulaGuard(QString cell);
