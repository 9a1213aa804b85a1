#include "CsvReader.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Bytes of a literal, embedded NULs included.
template <qsizetype N> QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

struct ReadResult
{
    QList<QStringList> records;
    QList<int> lines;
    QString error;
    qint64 bytesRead = 0;
};

// Reads every record, the reader set up first by `setUp` (its delimiter,
// encoding, quotes) when given.
ReadResult readAll(const QByteArray &input, const std::function<void(CsvReader &)> &setUp = {})
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, u"t.csv"_s);
    if (setUp)
        setUp(reader);
    ReadResult result;
    QStringList fields;
    while (reader.readRecord(fields)) {
        result.records << fields;
        result.lines << reader.recordLine();
    }
    result.error = reader.error();
    result.bytesRead = reader.bytesRead();
    // Once finished or failed, the reader stays so.
    if (reader.readRecord(fields) || reader.error() != result.error)
        result.error = u"reader did not stay finished"_s;
    return result;
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsRecords_data();
    void readsRecords();
    void reportsErrors_data();
    void reportsErrors();
    void blockBoundaries_data();
    void blockBoundaries();
    void readsHugeField();
    void readsFixtureFile();
    void readerSettings_data();
    void readerSettings();
};

void tst_CsvReader::readsRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");

    using Records = QList<QStringList>;
    using Lines = QList<int>;
    QTest::newRow("LF") << bytes("a,b,c\n1,2,3\n")
                        << Records{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}} << Lines{1, 2};
    QTest::newRow("CRLF") << bytes("a,b\r\n1,2\r\n") << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                          << Lines{1, 2};
    QTest::newRow("CR only") << bytes("a,b\r1,2\r") << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}
                             << Lines{1, 2};
    QTest::newRow("mixed line ends") << bytes("a\rb\nc\r\nd")
                                     << Records{{u"a"_s}, {u"b"_s}, {u"c"_s}, {u"d"_s}} << Lines{1, 2, 3, 4};
    QTest::newRow("no final newline")
        << bytes("a,b\n1,2") << Records{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << Lines{1, 2};
    QTest::newRow("quoted separator") << bytes("\"a,b\",c\n") << Records{{u"a,b"_s, u"c"_s}} << Lines{1};
    QTest::newRow("doubled quotes") << bytes("\"he said \"\"hi\"\"\",x\n")
                                    << Records{{u"he said \"hi\""_s, u"x"_s}} << Lines{1};
    QTest::newRow("only a doubled quote") << bytes("\"\"\"\"\n") << Records{{u"\""_s}} << Lines{1};
    QTest::newRow("embedded CRLF") << bytes("\"one\r\ntwo\",x\r\nnext,y\r\n")
                                   << Records{{u"one\r\ntwo"_s, u"x"_s}, {u"next"_s, u"y"_s}} << Lines{1, 3};
    QTest::newRow("embedded LF") << bytes("\"one\ntwo\nthree\",x\nnext,y\n")
                                 << Records{{u"one\ntwo\nthree"_s, u"x"_s}, {u"next"_s, u"y"_s}}
                                 << Lines{1, 4};
    QTest::newRow("embedded CR") << bytes("\"a\rb\",c\rd,e\r")
                                 << Records{{u"a\rb"_s, u"c"_s}, {u"d"_s, u"e"_s}} << Lines{1, 3};
    QTest::newRow("embedded blank lines")
        << bytes("\"a\n\n\r\n\rb\"\nz\n") << Records{{u"a\n\n\r\n\rb"_s}, {u"z"_s}} << Lines{1, 6};
    QTest::newRow("empty fields") << bytes(",,\n") << Records{{QString(), QString(), QString()}} << Lines{1};
    QTest::newRow("trailing empty field")
        << bytes("a,b,\nc,d,\n") << Records{{u"a"_s, u"b"_s, QString()}, {u"c"_s, u"d"_s, QString()}}
        << Lines{1, 2};
    QTest::newRow("trailing empty field at end of file")
        << bytes("a,") << Records{{u"a"_s, QString()}} << Lines{1};
    QTest::newRow("empty quoted field") << bytes("\"\"\n") << Records{{QString()}} << Lines{1};
    QTest::newRow("empty quoted fields") << bytes("\"\",\"\"") << Records{{QString(), QString()}} << Lines{1};
    QTest::newRow("quoted field ends the file") << bytes("a,\"b\"") << Records{{u"a"_s, u"b"_s}} << Lines{1};
    QTest::newRow("doubled quote ends the file") << bytes("\"a\"\"\"") << Records{{u"a\""_s}} << Lines{1};
    QTest::newRow("spaces kept") << bytes(" a , b \n") << Records{{u" a "_s, u" b "_s}} << Lines{1};
    QTest::newRow("byte order mark") << bytes("\xEF\xBB\xBFid,name\n1,x\n")
                                     << Records{{u"id"_s, u"name"_s}, {u"1"_s, u"x"_s}} << Lines{1, 2};
    QTest::newRow("only a byte order mark") << bytes("\xEF\xBB\xBF") << Records{} << Lines{};
    QTest::newRow("second byte order mark is text") << bytes("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                             "a\n")
                                                    << Records{{u"\uFEFFa"_s}} << Lines{1};
    QTest::newRow("empty file") << QByteArray() << Records{} << Lines{};
    QTest::newRow("blank lines skipped")
        << bytes("a\n\n\nb\n\n") << Records{{u"a"_s}, {u"b"_s}} << Lines{1, 4};
    QTest::newRow("blank CRLF lines skipped")
        << bytes("\r\n\r\na\r\n\r\nb") << Records{{u"a"_s}, {u"b"_s}} << Lines{3, 5};
    QTest::newRow("blank CR lines skipped")
        << bytes("\r\ra\r\rb\r") << Records{{u"a"_s}, {u"b"_s}} << Lines{3, 5};
    QTest::newRow("only blank lines") << bytes("\n\r\n\r") << Records{} << Lines{};
    QTest::newRow("a space is not blank") << bytes(" \n") << Records{{u" "_s}} << Lines{1};
    QTest::newRow("UTF-8 text") << bytes("\xC3\xA9t\xC3\xA9,\xE6\x97\xA5\xE6\x9C\xAC,\xF0\x9F\x98\x80\n")
                                << Records{{u"été"_s, u"日本"_s, u"😀"_s}} << Lines{1};
    QTest::newRow("largest code point")
        << bytes("\xF4\x8F\xBF\xBF") << Records{{QString::fromUcs4(U"\U0010FFFF")}} << Lines{1};
    QTest::newRow("quoted then CRLF")
        << bytes("\"a\"\r\n\"b\"\r\n") << Records{{u"a"_s}, {u"b"_s}} << Lines{1, 2};
}

void tst_CsvReader::readsRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);

    const ReadResult result = readAll(input);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.records, records);
    QCOMPARE(result.lines, lines);
    QCOMPARE(result.bytesRead, qint64(input.size()));
}

void tst_CsvReader::reportsErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("goodRecords");
    QTest::addColumn<QString>("error");

    QTest::newRow("unterminated at end of file")
        << bytes("a,b\n\"abc\n") << 1 << u"t.csv:2:1: unterminated quoted field"_s;
    QTest::newRow("unterminated second field")
        << bytes("a,\"bc") << 0 << u"t.csv:1:2: unterminated quoted field"_s;
    QTest::newRow("unterminated over lines")
        << bytes("x\ny,\"b\nc\nd\n") << 1 << u"t.csv:2:2: unterminated quoted field"_s;
    QTest::newRow("quote in unquoted field")
        << bytes("ab\"c\n") << 0 << u"t.csv:1:1: quote inside an unquoted field"_s;
    QTest::newRow("quote at end of unquoted field")
        << bytes("x\ny,z\"\n") << 1 << u"t.csv:2:2: quote inside an unquoted field"_s;
    QTest::newRow("space before opening quote")
        << bytes("a, \"b\"\n") << 0 << u"t.csv:1:2: quote inside an unquoted field"_s;
    QTest::newRow("text after closing quote")
        << bytes("\"ab\"c\n") << 0 << u"t.csv:1:1: text after a closing quote"_s;
    QTest::newRow("space after closing quote")
        << bytes("a,\"ab\" ,c\n") << 0 << u"t.csv:1:2: text after a closing quote"_s;
    QTest::newRow("error in a multi-line record")
        << bytes("\"a\nb\",c,d\"\n") << 0 << u"t.csv:1:3: quote inside an unquoted field"_s;
    QTest::newRow("error after a multi-line record")
        << bytes("\"a\r\nb\",c\r\nx\"\r\n") << 1 << u"t.csv:3:1: quote inside an unquoted field"_s;
    QTest::newRow("error after blank lines")
        << bytes("a\n\n\nb\"\n") << 1 << u"t.csv:4:1: quote inside an unquoted field"_s;
    QTest::newRow("invalid byte") << bytes("a,b\nc,\xFF\n") << 1 << u"t.csv:2:2: invalid UTF-8"_s;
    QTest::newRow("invalid byte mid-field") << bytes("abc\xFE"
                                                     "def")
                                            << 0 << u"t.csv:1:1: invalid UTF-8"_s;
    QTest::newRow("stray continuation byte") << bytes("a,\x80") << 0 << u"t.csv:1:2: invalid UTF-8"_s;
    QTest::newRow("overlong slash") << bytes("\xC0\xAF") << 0 << u"t.csv:1:1: invalid UTF-8"_s;
    QTest::newRow("overlong three bytes") << bytes("\xE0\x80\xAF") << 0 << u"t.csv:1:1: invalid UTF-8"_s;
    QTest::newRow("surrogate") << bytes("a,b,\xED\xA0\x80") << 0 << u"t.csv:1:3: invalid UTF-8"_s;
    QTest::newRow("beyond U+10FFFF") << bytes("\xF4\x90\x80\x80") << 0 << u"t.csv:1:1: invalid UTF-8"_s;
    QTest::newRow("Latin-1 text") << bytes("caf\xE9,x\n") << 0 << u"t.csv:1:1: invalid UTF-8"_s;
    QTest::newRow("sequence cut by end of file") << bytes("a,\xE2\x82") << 0 << u"t.csv:1:2: invalid UTF-8"_s;
    QTest::newRow("invalid in quoted field")
        << bytes("ok\n\"a\nb\xFF\"\n") << 1 << u"t.csv:2:1: invalid UTF-8"_s;
    QTest::newRow("invalid after closing quote") << bytes("\"a\"\xFF") << 0 << u"t.csv:1:1: invalid UTF-8"_s;
    QTest::newRow("invalid after blank lines") << bytes("a\n\n\xFF") << 1 << u"t.csv:3:1: invalid UTF-8"_s;
    QTest::newRow("NUL byte") << bytes("a,b\x00"
                                       "c\n")
                              << 0 << u"t.csv:1:2: not a text file"_s;
    QTest::newRow("binary file") << bytes("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR") << 0
                                 << u"t.csv:1:1: not a text file"_s;
    QTest::newRow("UTF-16 file") << bytes("\xFF\xFEi\x00"
                                          "d\x00")
                                 << 0 << u"t.csv:1:1: not a text file"_s;
}

void tst_CsvReader::reportsErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, goodRecords);
    QFETCH(QString, error);

    const ReadResult result = readAll(input);
    QCOMPARE(result.error, error);
    QCOMPARE(result.records.size(), goodRecords);
}

// Multi-byte characters, CRLF and doubled quotes split across the reader's
// 256 KiB blocks.
void tst_CsvReader::blockBoundaries_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("records");

    constexpr int Block = 256 * 1024;
    const QList<std::pair<const char *, QByteArray>> pieces = {
        {"emoji", bytes("\xF0\x9F\x98\x80")},
        {"e acute", bytes("\xC3\xA9")},
        {"CRLF", bytes("\r\n")},
        {"doubled quote", bytes("\"\"")},
    };
    for (const auto &[name, piece] : pieces) {
        for (int before = 1; before <= 4; ++before) {
            const bool quoted = piece == "\"\"";
            QByteArray input = quoted ? QByteArray("\"") : QByteArray();
            input += QByteArray(Block - before - input.size(), 'a');
            input += piece;
            input += quoted ? "b\",z\n" : "b,z\n";
            QString first = QString(Block - before - (quoted ? 1 : 0), u'a');
            QList<QStringList> records;
            if (piece == "\r\n") {
                records = {{first}, {u"b"_s, u"z"_s}};
            } else {
                first += quoted ? u"\""_s : QString::fromUtf8(piece);
                records = {{first + u'b', u"z"_s}};
            }
            QTest::addRow("%s, %d bytes before the block end", name, before) << input << records;
        }
    }
}

void tst_CsvReader::blockBoundaries()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, records);

    const ReadResult result = readAll(input);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.records.size(), records.size());
    QCOMPARE(result.records, records);
}

void tst_CsvReader::readsHugeField()
{
    constexpr qsizetype Size = 50 * 1024 * 1024;
    QByteArray input;
    input.reserve(Size + 64);
    input += "id,\"";
    QByteArray pattern("0123456789abcdef\"\"\r\n,");
    while (input.size() < Size)
        input += pattern;
    input += "\",end\nnext,row\n";
    const qsizetype patterns = (input.size() - 4 - 15) / pattern.size();

    const ReadResult result = readAll(input);
    QCOMPARE(result.error, QString());
    QCOMPARE(result.records.size(), 2);
    const QStringList &first = result.records.first();
    QCOMPARE(first.size(), 3);
    QCOMPARE(first[0], u"id"_s);
    // Each pattern loses one quote of its doubled pair.
    QCOMPARE(first[1].size(), patterns * (pattern.size() - 1));
    QVERIFY(first[1].startsWith(u"0123456789abcdef\"\r\n,0123"_s));
    QVERIFY(first[1].endsWith(u"abcdef\"\r\n,"_s));
    QCOMPARE(first[2], u"end"_s);
    QCOMPARE(result.records.last(), QStringList({u"next"_s, u"row"_s}));
    // One physical line per CRLF inside the field.
    QCOMPARE(result.lines.last(), int(patterns) + 2);
}

void tst_CsvReader::readsFixtureFile()
{
    QFile file(TestSupport::fixturePath(u"csv/rfc4180.csv"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, u"rfc4180.csv"_s);
    QStringList fields;
    QList<QStringList> records;
    QList<int> lines;
    while (reader.readRecord(fields)) {
        records << fields;
        lines << reader.recordLine();
    }
    QCOMPARE(reader.error(), QString());
    const QList<QStringList> expected = {
        {u"id"_s, u"note"_s, u"amount"_s},    {u"1"_s, u"plain"_s, u"10"_s},
        {u"2"_s, u"with, comma"_s, u"20"_s},  {u"3"_s, u"with \"quotes\""_s, u"30"_s},
        {u"4"_s, u"two\r\nlines"_s, u"40"_s}, {u"5"_s, QString(), QString()},
        {u"6"_s, u"Ünïcödé €"_s, u"60"_s},
    };
    QCOMPARE(records, expected);
    QCOMPARE(lines, QList<int>({1, 2, 3, 4, 5, 8, 9}));
    QCOMPARE(reader.bytesRead(), file.size());
}

void tst_CsvReader::readerSettings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("windows1252");
    QTest::addColumn<bool>("apostrophes");
    QTest::addColumn<QList<QStringList>>("records");

    using Records = QList<QStringList>;
    QTest::newRow("semicolon") << QByteArray("a;\"b;c\";\n") << QChar(u';') << false << false
                               << Records{{u"a"_s, u"b;c"_s, QString()}};
    QTest::newRow("tab") << QByteArray("a\t\"b\tc\"\td,e\n") << QChar(u'\t') << false << false
                         << Records{{u"a"_s, u"b\tc"_s, u"d,e"_s}};
    QTest::newRow("comma stays plain with ;")
        << QByteArray("a,b;c\n") << QChar(u';') << false << false << Records{{u"a,b"_s, u"c"_s}};
    QTest::newRow("'' off: kept") << QByteArray("\"a ''b''\",c\n") << QChar(u',') << false << false
                                  << Records{{u"a ''b''"_s, u"c"_s}};
    QTest::newRow("'' on") << QByteArray("\"a ''b''\";\"it's\";''\n") << QChar(u';') << false << true
                           << Records{{u"a \"b\""_s, u"it's"_s, u"''"_s}};
    QTest::newRow("'' on with \"\" too")
        << QByteArray("\"\"\"x\"\" ''y''\"\n") << QChar(u',') << false << true << Records{{u"\"x\" \"y\""_s}};
    QTest::newRow("windows-1252 table") << QByteArray("\x80\x81\x8A\x9F\xA0\xE9\xFF\n") << QChar(u',') << true
                                        << false << Records{{u"€\u0081Š\u0178\u00A0é\u00FF"_s}};
    QTest::newRow("windows-1252 keeps a BOM's bytes")
        << QByteArray("\xEF\xBB\xBFx\n") << QChar(u',') << true << false << Records{{u"ï»¿x"_s}};
}

void tst_CsvReader::readerSettings()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, delimiter);
    QFETCH(bool, windows1252);
    QFETCH(bool, apostrophes);
    QFETCH(QList<QStringList>, records);
    const ReadResult read = readAll(input, [&](CsvReader &reader) {
        reader.setDelimiter(delimiter);
        if (windows1252)
            reader.setEncoding(CsvReader::Encoding::Windows1252);
        reader.setApostropheQuotes(apostrophes);
    });
    QCOMPARE(read.error, QString());
    QCOMPARE(read.records, records);
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
