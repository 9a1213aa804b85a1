// A CSV export cut in two for two threads to read: the two parts give the
// rows, and the lines, one reading gives; a cut that falls inside a quoted
// field, or a part that falls back to another encoding, is told apart; a
// file too short, a spreadsheet or JSON is not cut.
#include "ExportFile.h"
#include "ExportRows.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Larger than what opening reads ahead (the dialect's sample, the reader's
// first block): the cut then falls in rows not read yet.
constexpr int Rows = 40000;

QByteArray header()
{
    return "\xEF\xBB\xBFId;Organization;Subject;Priority;Created at\r\n";
}

// Rows with CRLF ends, accents, and now and then a subject of two lines.
QByteArray rows(int from, int count)
{
    QByteArray bytes;
    for (int i = from; i < from + count; ++i) {
        const QByteArray subject = i % 97 == 0 ? "\"Facture " + QByteArray::number(i) + "\r\nnon reçue\""
                                               : "Échéance " + QByteArray::number(i);
        bytes += QByteArray::number(i) + ";Acme;" + subject + ";Urgent;2026-03-02 09:00\r\n";
    }
    return bytes;
}

struct PartsRead
{
    ReadRows head;
    ReadRows rest;
    bool headAsOne = false;
    bool restAsOne = false;
    int linesBeforeRest = 0;
    bool cut = false;
    bool headReadToItsSize = false; // its progress ends at 100 %
};

// Opens the file, cuts it before any row is read, then reads each part to
// its end.
PartsRead readInTwo(const QString &path, qint64 minimumRest = 0)
{
    PartsRead read;
    auto opened = openExportRows(path);
    if (!opened) {
        read.head.error = opened.message();
        return read;
    }
    RowSource &head = **opened;
    if (const Status open = head.open(); !open) {
        read.head.error = open.message();
        return read;
    }
    auto rest = head.splitOffRest(minimumRest);
    read.cut = rest != nullptr;
    QStringList cells;
    while (head.readRow(cells)) {
        read.head.rows << cells;
        read.head.lines << head.line();
    }
    read.head.error = head.error();
    read.headAsOne = head.readAsOnePart();
    read.linesBeforeRest = head.nextLine() - 1;
    read.headReadToItsSize = head.bytesRead() == head.totalBytes();
    if (rest) {
        read.rest = readAllRows(*rest);
        read.restAsOne = rest->readAsOnePart();
    }
    return read;
}

// A cell as help desks write them: plain or accented words, empty, or
// quoted around the delimiter, a doubled quote or a line end (LF or CRLF),
// the last more often when `multiLine` of a hundred.
QByteArray randomCell(QRandomGenerator &random, char delimiter, int multiLine)
{
    static const QList<QByteArray> words{"Facture", "échéance", "🚀", "Ünïcode", "rate", "limits", "x"};
    QByteArray text;
    for (int n = random.bounded(4); n >= 0; --n)
        text += words.at(random.bounded(words.size())) + ' ';
    const int kind = random.bounded(100);
    if (kind < multiLine)
        return '"' + text + (random.bounded(2) ? "\r\n" : "\n") + text + '"';
    if (kind < multiLine + 5)
        return '"' + text + delimiter + text + '"';
    if (kind < multiLine + 10)
        return "\"" + text + "\"\"quoted\"\"\"";
    if (kind < multiLine + 13)
        return {};
    return text.trimmed();
}

QByteArray randomCsv(QRandomGenerator &random, qsizetype atLeast)
{
    const char delimiter = ",;\t"[random.bounded(3)];
    const int multiLine = random.bounded(2) ? 2 : 40;
    const QByteArray lineEnd = random.bounded(2) ? "\r\n" : "\n";
    QByteArray bytes = random.bounded(2) ? "\xEF\xBB\xBF" : "";
    bytes += QByteArray("Id,Organization,Subject,Priority,Created at").replace(',', delimiter) + lineEnd;
    for (int row = 1; bytes.size() < atLeast; ++row) {
        bytes += QByteArray::number(row);
        for (int cell = 0; cell < 4; ++cell)
            bytes += delimiter + randomCell(random, delimiter, multiLine);
        bytes += lineEnd;
        if (random.bounded(50) == 0)
            bytes += lineEnd; // a blank line: no record
    }
    return bytes;
}

ReadRows readWhole(const QString &path)
{
    auto opened = openExportRows(path);
    if (!opened) {
        ReadRows failed;
        failed.error = opened.message();
        return failed;
    }
    return readAllRows(**opened);
}

} // namespace

class tst_ExportSplit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readsTheTwoPartsAsOneReading();
    void tellsACutInsideAQuotedField();
    void readsRandomFilesInTwoAsOne();
    void tellsARestInAnotherEncoding();
    void cutsOnlyWhatIsLargeEnough();
    void cutsNoSpreadsheetNorJson();

private:
    QString write(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ExportSplit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_ExportSplit::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void tst_ExportSplit::readsTheTwoPartsAsOneReading()
{
    const QString path = write(u"zendesk.csv"_s, header() + rows(1, Rows));
    QVERIFY(!path.isEmpty());
    const ReadRows whole = readWhole(path);
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    QCOMPARE(whole.rows.size(), Rows);

    const PartsRead parts = readInTwo(path);
    QVERIFY(parts.cut);
    QVERIFY2(parts.head.error.isEmpty(), qPrintable(parts.head.error));
    QVERIFY2(parts.rest.error.isEmpty(), qPrintable(parts.rest.error));
    QVERIFY(parts.headAsOne);
    QVERIFY(parts.restAsOne);
    QVERIFY(parts.headReadToItsSize);
    QCOMPARE(parts.rest.header, whole.header);
    // Both parts hold a good share of the rows.
    QVERIFY(parts.head.rows.size() > Rows / 4);
    QVERIFY(parts.rest.rows.size() > Rows / 4);
    QCOMPARE(parts.head.rows + parts.rest.rows, whole.rows);
    QList<int> lines = parts.head.lines;
    for (const int line : parts.rest.lines)
        lines << parts.linesBeforeRest + line;
    QCOMPARE(lines, whole.lines);
}

void tst_ExportSplit::tellsACutInsideAQuotedField()
{
    // One subject of 30,000 lines in the middle of the file: wherever the
    // cut falls there, it is inside that quoted field.
    QByteArray longSubject = "\"";
    for (int i = 0; i < 30000; ++i)
        longSubject += "ligne " + QByteArray::number(i) + " du message\r\n";
    longSubject += "\"";
    const QByteArray bytes = header() + rows(1, Rows / 2) + "0;Acme;" + longSubject +
                             ";Urgent;2026-03-02 09:00\r\n" + rows(Rows / 2 + 1, Rows / 2);
    const QString path = write(u"long.csv"_s, bytes);
    const qsizetype opens = bytes.indexOf(longSubject);
    const qsizetype closes = opens + longSubject.size();
    QVERIFY(opens < bytes.size() / 2 - 300000 && closes > bytes.size() / 2 + 300000);

    const PartsRead parts = readInTwo(path);
    QVERIFY(parts.cut);
    QVERIFY(!parts.headAsOne || !parts.restAsOne);
    QVERIFY(!parts.head.error.isEmpty());
    QVERIFY2(parts.head.error.contains(u"quoted"_s), qPrintable(parts.head.error));
    // Read whole, the file is fine.
    const ReadRows whole = readWhole(path);
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    QCOMPARE(whole.rows.size(), Rows + 1);
}

void tst_ExportSplit::readsRandomFilesInTwoAsOne()
{
    // Wherever the cut falls, either the two parts read what one reading
    // reads, row for row and line for line, or one of them says it did not.
    QRandomGenerator random(20261201);
    int asOne = 0;
    int told = 0;
    for (int file = 0; file < 40; ++file) {
        const QString path = write(u"random.csv"_s, randomCsv(random, 700 * 1024));
        const ReadRows whole = readWhole(path);
        QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
        const PartsRead parts = readInTwo(path);
        QVERIFY(parts.cut);
        if (!parts.headAsOne || !parts.restAsOne) {
            ++told;
            continue;
        }
        ++asOne;
        QCOMPARE(parts.head.rows + parts.rest.rows, whole.rows);
        QList<int> lines = parts.head.lines;
        for (const int line : parts.rest.lines)
            lines << parts.linesBeforeRest + line;
        QCOMPARE(lines, whole.lines);
    }
    // Both cases came up.
    QVERIFY2(asOne > 10 && told > 0, qPrintable(u"%1 read as one, %2 told apart"_s.arg(asOne).arg(told)));
}

void tst_ExportSplit::tellsARestInAnotherEncoding()
{
    // ASCII to well after the middle, then Windows-1252: read whole, the reader falls
    // back to it where it appears; read apart, the rest falls back on its
    // own, and the head would not have read it so had it been UTF-8.
    QByteArray ascii;
    for (int i = 1; i <= 2 * Rows; ++i)
        ascii +=
            QByteArray::number(i) + ",Acme,Invoice " + QByteArray::number(i) + ",Urgent,2026-03-02 09:00\n";
    QByteArray latin;
    for (int i = 2 * Rows + 1; i <= 2 * Rows + Rows / 4; ++i)
        latin += QByteArray::number(i) + ",Acme,Facture \xe9"
                                         "chue,Urgent,2026-03-02 09:00\n";
    const QString path =
        write(u"cp1252.csv"_s, "Id,Organization,Subject,Priority,Created at\n" + ascii + latin);
    const ReadRows whole = readWhole(path);
    QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
    QCOMPARE(whole.rows.last().at(2), u"Facture échue"_s);

    const PartsRead parts = readInTwo(path);
    QVERIFY(parts.cut);
    QVERIFY(parts.headAsOne);
    QVERIFY(!parts.restAsOne);
}

void tst_ExportSplit::cutsOnlyWhatIsLargeEnough()
{
    const QByteArray bytes = header() + rows(1, Rows);
    const QString path = write(u"zendesk.csv"_s, bytes);
    const PartsRead tooLittle = readInTwo(path, bytes.size());
    QVERIFY(!tooLittle.cut);
    QVERIFY(tooLittle.headAsOne);
    QCOMPARE(tooLittle.head.rows.size(), Rows);

    // One row with no line end after the middle: nowhere to cut.
    QByteArray oneLine = "Id,Organization,Subject,Priority,Created at\n1,Acme,";
    oneLine += QByteArray(2 << 20, 'x') + ",Urgent,2026-03-02 09:00";
    QVERIFY(!readInTwo(write(u"one.csv"_s, oneLine)).cut);
}

void tst_ExportSplit::cutsNoSpreadsheetNorJson()
{
    QByteArray json = "[";
    for (int i = 1; i <= Rows; ++i)
        json += (i > 1 ? "," : "") + QByteArray("{\"id\":") + QByteArray::number(i) +
                ",\"subject\":\"Invoice\",\"created_at\":\"2026-03-02T09:00:00Z\"}\n";
    json += "]";
    const PartsRead parts = readInTwo(write(u"tickets.json"_s, json));
    QVERIFY2(parts.head.error.isEmpty(), qPrintable(parts.head.error));
    QVERIFY(!parts.cut);
    QCOMPARE(parts.head.rows.size(), Rows);
}

QTEST_GUILESS_MAIN(tst_ExportSplit)
#include "tst_exportsplit.moc"
