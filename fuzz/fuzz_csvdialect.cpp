// Any bytes through the dialect guessing and the rows of a help desk's CSV:
// no crash, no undefined behaviour, errors that name the file, rows whose
// lines never go back, and a header that the source detection takes.
#include "CsvRowSource.h"
#include "HelpdeskSource.h"

#include <QBuffer>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    CsvRowSource source(&buffer, QStringLiteral("fuzz.csv"));
    const Status opened = source.open();
    if (!opened) {
        if (!opened.message().startsWith(QStringLiteral("fuzz.csv:")))
            std::abort();
        return 0;
    }
    const CsvDialect dialect = source.dialect();
    if (dialect.delimiter != u',' && dialect.delimiter != u';' && dialect.delimiter != u'\t')
        std::abort();
    if (dialect.apostropheQuotes && !dialect.trailingDelimiter)
        std::abort();
    for (const QString &name : source.header()) {
        if (name != name.trimmed())
            std::abort();
    }
    if (!source.header().isEmpty() && source.header().first().startsWith(QChar::ByteOrderMark))
        std::abort();
    (void)detectHelpdeskSource(source.header());

    QStringList cells;
    int lastLine = source.line();
    while (source.readRow(cells)) {
        if (source.line() <= lastLine || source.bytesRead() > source.totalBytes())
            std::abort();
        lastLine = source.line();
        for (const QString &cell : cells)
            (void)withoutFormulaGuard(cell);
    }
    if (source.atError() && !source.error().startsWith(QStringLiteral("fuzz.csv:")))
        std::abort();
    return 0;
}
