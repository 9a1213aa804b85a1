// Any bytes as an .xlsx workbook: no crash, no undefined behaviour, no
// unbounded memory; a failure is a message naming the file, rows come in the
// order of the sheet, and progress never passes the sheet's size.
#include "XlsxRowSource.h"

#include <QBuffer>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    XlsxRowSource source(&buffer, QStringLiteral("fuzz.xlsx"));
    const QString prefix = QStringLiteral("fuzz.xlsx:");
    const Status opened = source.open();
    if (!opened) {
        if (!opened.message().startsWith(prefix) || !source.atError())
            std::abort();
        return 0;
    }
    if (source.header().size() < 3)
        std::abort();
    QStringList cells;
    int lastLine = 0;
    while (source.readRow(cells)) {
        if (source.line() <= lastLine || cells.isEmpty())
            std::abort();
        lastLine = source.line();
        if (source.bytesRead() < 0 || source.bytesRead() > source.totalBytes())
            std::abort();
    }
    if (source.atError() && !source.error().startsWith(prefix))
        std::abort();
    return 0;
}
