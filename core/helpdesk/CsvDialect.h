#pragma once

#include <QByteArrayView>
#include <QChar>
#include <QtGlobal>

// How a help desk wrote its CSV: what a reader must know before the first
// record, guessed from the file's first bytes.
struct CsvDialect
{
    enum Encoding : quint8 { Utf8, Windows1252 };

    QChar delimiter = u',';
    Encoding encoding = Utf8;
    bool byteOrderMark = false;
    // Every line ends with a delimiter (GLPI 10): the empty last cell is not a column.
    bool trailingDelimiter = false;
    // A `"` inside a quoted value is written `''` (GLPI 10).
    bool apostropheQuotes = false;
};

// The dialect of a CSV file from its first bytes. `wholeFile` says the sample
// is all there is; otherwise a record cut short at its end is not looked at.
// The delimiter (`,` `;` or tab) is the one that splits the header into the
// most fields while the records after it have as many; `,` when none does.
CsvDialect sniffCsvDialect(QByteArrayView sample, bool wholeFile);
