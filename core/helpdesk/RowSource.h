#pragma once

#include "Expected.h"

#include <QString>
#include <QStringList>
#include <memory>

// The records of a help desk's export, whatever holds them (a CSV file, a
// spreadsheet's first sheet, JSON objects): a header row naming the columns,
// then rows of text cells. Read one row at a time, so a million-row export
// never sits in memory whole.
class RowSource
{
public:
    virtual ~RowSource() = default;

    // Reads up to and including the header row; fails naming the file
    // ("export.csv: no header row").
    virtual Status open() = 0;
    // The column names as written (trimmed), after open().
    virtual const QStringList &header() const = 0;
    // The next row's cells; false at the end or on an error (see atError()).
    // A row may have fewer or more cells than the header.
    virtual bool readRow(QStringList &cells) = 0;
    virtual bool atError() const = 0;
    // "export.csv:12: ...": the file and the line (row of the sheet, line of
    // the JSON) where the problem is.
    virtual QString error() const = 0;
    // Where the last row read starts: the file's line, the sheet's row
    // number, the JSON object's first line. Errors about a ticket name it.
    virtual int line() const = 0;
    // Progress of the reading, in bytes of the file, against totalBytes().
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;
    // A time zone the file itself names for its zone-less timestamps (the
    // footer "Timezone: Europe/Paris" of a Zammad sheet); empty when none.
    virtual QString zoneHint() const { return {}; }

    // Reading by two threads: this source is cut at the end of the first
    // line at or after the middle of what it has left to read, when at
    // least `minimumRest` bytes are left, and the source returned (not
    // opened yet) reads the rest, its lines counted from 1. Only a CSV
    // file's rows can be cut (nullptr otherwise). From any thread while
    // this one is read. The cut may fall inside a quoted field: the two
    // readings then fail to be read as one (readAsOnePart()).
    virtual std::unique_ptr<RowSource> splitOffRest(qint64 minimumRest)
    {
        Q_UNUSED(minimumRest);
        return nullptr;
    }
    // Whether this source, read to its end, read its rows as one reading of
    // the whole file would have: no error, and the encoding guessed at
    // open() kept (one that fell back to Windows-1252 would have read the
    // other part so too).
    virtual bool readAsOnePart() const { return !atError(); }
    // The physical line after the last one read, counted as line() counts.
    virtual int nextLine() const { return line() + 1; }
};
