// Any bytes through the CSV reader: no crash, no undefined behaviour, and
// whatever it reads, the writer writes so that it reads back the same, with
// and without formula neutralising (taken off again by the reader's rule).
#include "CsvReader.h"
#include "CsvWriter.h"

#include <QBuffer>
#include <cstdint>
#include <cstdlib>

namespace {

QList<QStringList> readAll(const QByteArray &bytes, qsizetype maxRecordLength, bool *failed)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("fuzz.csv"));
    reader.setMaxRecordLength(maxRecordLength);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(fields)) {
        records << fields;
        if (reader.recordLine() < 1)
            std::abort();
    }
    *failed = reader.atError();
    if (*failed && !reader.error().startsWith(QStringLiteral("fuzz.csv:")))
        std::abort();
    return records;
}

QByteArray writeAll(const QList<QStringList> &records, bool neutralise)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setNeutraliseFormulas(neutralise);
    for (const QStringList &record : records)
        writer.writeRecord(record);
    return buffer.data();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte picks a record length limit, so that path is fuzzed too.
    const qsizetype limit = size > 0 && (data[0] & 1) ? qsizetype(data[0]) : -1;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    bool failed = false;
    const QList<QStringList> records = readAll(input, limit, &failed);

    bool failedAgain = false;
    if (readAll(writeAll(records, false), -1, &failedAgain) != records || failedAgain)
        std::abort();
    QList<QStringList> neutralised = readAll(writeAll(records, true), -1, &failedAgain);
    if (failedAgain)
        std::abort();
    for (QStringList &record : neutralised) {
        for (QString &field : record)
            field = CsvWriter::unneutraliseFormula(field);
    }
    if (neutralised != records)
        std::abort();
    return 0;
}
