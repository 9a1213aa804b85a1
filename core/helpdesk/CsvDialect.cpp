#include "CsvDialect.h"

#include "CsvReader.h"

#include <QList>
#include <algorithm>
#include <array>

namespace {

// Records after the header that the delimiter must split alike.
constexpr int RecordsCompared = 10;

// What the guessing needs of a record: no text, only its shape.
struct RecordShape
{
    int fields = 0;
    int unquotedFields = 0;
    bool lastFieldEmpty = false;
};

// The shapes of the first records of `bytes` split by `delimiter`, quotes
// respected (their rules are the same in every dialect: a `"` opening a
// field, `""` inside it). Delimiters, quotes and line ends are ASCII, the
// same bytes in UTF-8 and Windows-1252, so the bytes need no decoding.
QList<RecordShape> recordShapes(QByteArrayView bytes, char delimiter, bool wholeFile)
{
    QList<RecordShape> shapes;
    const char *b = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (shapes.size() <= RecordsCompared) {
        while (i < n && (b[i] == '\r' || b[i] == '\n'))
            ++i;
        if (i >= n)
            break;
        RecordShape shape;
        bool complete = false;
        for (;;) {
            const qsizetype start = i;
            const bool quoted = b[i] == '"';
            bool closed = !quoted;
            if (quoted) {
                ++i;
                while (i < n) {
                    if (b[i] != '"') {
                        ++i;
                    } else if (i + 1 < n && b[i + 1] == '"') {
                        i += 2;
                    } else {
                        ++i;
                        closed = true;
                        break;
                    }
                }
            }
            while (i < n && b[i] != delimiter && b[i] != '\r' && b[i] != '\n')
                ++i;
            ++shape.fields;
            shape.lastFieldEmpty = i == start;
            if (!quoted)
                ++shape.unquotedFields;
            if (i >= n) {
                complete = wholeFile && closed;
                break;
            }
            if (b[i] != delimiter) {
                complete = true;
                break;
            }
            ++i;
            if (i >= n) { // a delimiter ending the file: one more, empty field
                ++shape.fields;
                ++shape.unquotedFields;
                shape.lastFieldEmpty = true;
                complete = wholeFile;
                break;
            }
        }
        if (!complete)
            break;
        shapes.append(shape);
    }
    return shapes;
}

} // namespace

CsvDialect sniffCsvDialect(QByteArrayView sample, bool wholeFile)
{
    CsvDialect dialect;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        dialect.byteOrderMark = true;
        sample = sample.sliced(3);
    } else if (!CsvReader::isUtf8(sample, !wholeFile)) {
        dialect.encoding = CsvDialect::Windows1252;
    }

    QList<RecordShape> best;
    int bestAlike = -1;
    for (const char delimiter : std::array<char, 3>{',', ';', '\t'}) {
        const QList<RecordShape> shapes = recordShapes(sample, delimiter, wholeFile);
        if (shapes.isEmpty() || shapes.first().fields < 2)
            continue;
        const int fields = shapes.first().fields;
        const int alike =
            int(std::count_if(shapes.begin() + 1, shapes.end(),
                              [fields](const RecordShape &shape) { return shape.fields == fields; }));
        if (alike > bestAlike || (alike == bestAlike && fields > best.first().fields)) {
            best = shapes;
            bestAlike = alike;
            dialect.delimiter = QChar::fromLatin1(delimiter);
        }
    }
    if (best.isEmpty())
        return dialect;

    const RecordShape &header = best.first();
    dialect.trailingDelimiter = std::all_of(best.begin(), best.end(), [](const RecordShape &shape) {
        return shape.fields >= 2 && shape.lastFieldEmpty;
    });
    // GLPI 10 quotes every value and ends every line with the delimiter:
    // only the empty cell after the last delimiter is bare.
    dialect.apostropheQuotes = dialect.trailingDelimiter && header.unquotedFields == 1;
    return dialect;
}
