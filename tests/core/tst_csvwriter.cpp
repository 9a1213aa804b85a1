#include "CsvReader.h"
#include "CsvWriter.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray writeRecords(const QList<QStringList> &records, bool neutralise = false)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setNeutraliseFormulas(neutralise);
    for (const QStringList &record : records)
        writer.writeRecord(record);
    return buffer.data();
}

QList<QStringList> readRecords(const QByteArray &bytes, QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, u"round-trip.csv"_s);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(fields))
        records << fields;
    *error = reader.error();
    return records;
}

} // namespace

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhenNeeded_data();
    void quotesOnlyWhenNeeded();
    void neutralisesFormulas_data();
    void neutralisesFormulas();
    void leavesFormulasByDefault();
    void writesIncrementally();
    void reportsWriteErrors();
    void roundTripsRandomText();
};

void tst_CsvWriter::quotesOnlyWhenNeeded_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QStringList{u"abc"_s, u"12.5"_s} << QByteArray("abc,12.5\n");
    QTest::newRow("comma") << QStringList{u"a,b"_s} << QByteArray("\"a,b\"\n");
    QTest::newRow("quote") << QStringList{u"say \"hi\""_s} << QByteArray("\"say \"\"hi\"\"\"\n");
    QTest::newRow("only a quote") << QStringList{u"\""_s} << QByteArray("\"\"\"\"\n");
    QTest::newRow("LF") << QStringList{u"a\nb"_s} << QByteArray("\"a\nb\"\n");
    QTest::newRow("CR") << QStringList{u"a\rb"_s} << QByteArray("\"a\rb\"\n");
    QTest::newRow("CRLF") << QStringList{u"a\r\nb"_s, u"c"_s} << QByteArray("\"a\r\nb\",c\n");
    QTest::newRow("leading space") << QStringList{u" a"_s} << QByteArray("\" a\"\n");
    QTest::newRow("trailing space") << QStringList{u"a "_s} << QByteArray("\"a \"\n");
    QTest::newRow("trailing tab") << QStringList{u"a\t"_s} << QByteArray("\"a\t\"\n");
    QTest::newRow("leading zero-width no-break space") << QStringList{u"\uFEFFa"_s}
                                                       << QByteArray("\"\xEF\xBB\xBF"
                                                                     "a\"\n");
    QTest::newRow("inner space") << QStringList{u"a b"_s} << QByteArray("a b\n");
    QTest::newRow("lone empty field") << QStringList{QString()} << QByteArray("\"\"\n");
    QTest::newRow("two empty fields") << QStringList{QString(), QString()} << QByteArray(",\n");
    QTest::newRow("trailing empty field") << QStringList{u"a"_s, QString()} << QByteArray("a,\n");
    QTest::newRow("no fields") << QStringList{} << QByteArray("\n");
    QTest::newRow("UTF-8 without BOM")
        << QStringList{u"été"_s, u"😀"_s} << QByteArray("\xC3\xA9t\xC3\xA9,\xF0\x9F\x98\x80\n");
    QTest::newRow("apostrophe untouched") << QStringList{u"'quoted'"_s} << QByteArray("'quoted'\n");
}

void tst_CsvWriter::quotesOnlyWhenNeeded()
{
    QFETCH(QStringList, fields);
    QFETCH(QByteArray, expected);
    QCOMPARE(writeRecords({fields}), expected);
}

void tst_CsvWriter::neutralisesFormulas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("equals") << u"=SUM(A1:A9)"_s << QByteArray("'=SUM(A1:A9)\n");
    QTest::newRow("plus") << u"+1"_s << QByteArray("'+1\n");
    QTest::newRow("minus") << u"-1"_s << QByteArray("'-1\n");
    QTest::newRow("at") << u"@cmd"_s << QByteArray("'@cmd\n");
    // The apostrophe now leads, so the tab is no longer at the edge.
    QTest::newRow("tab") << u"\tx"_s << QByteArray("'\tx\n");
    QTest::newRow("CR") << u"\rx"_s << QByteArray("\"'\rx\"\n");
    QTest::newRow("formula with a comma") << u"=IF(A1,1,2)"_s << QByteArray("\"'=IF(A1,1,2)\"\n");
    QTest::newRow("formula with a quote") << u"=\"a\""_s << QByteArray("\"'=\"\"a\"\"\"\n");
    QTest::newRow("formula with trailing space") << u"=1 "_s << QByteArray("\"'=1 \"\n");
    QTest::newRow("equals inside") << u"a=b"_s << QByteArray("a=b\n");
    QTest::newRow("leading space then equals") << u" =1"_s << QByteArray("\" =1\"\n");
    QTest::newRow("empty") << QString() << QByteArray("\"\"\n");
}

void tst_CsvWriter::neutralisesFormulas()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(writeRecords({{text}}, true), expected);
}

void tst_CsvWriter::leavesFormulasByDefault()
{
    QCOMPARE(writeRecords({{u"=1+1"_s, u"-5"_s, u"@x"_s}}), QByteArray("=1+1,-5,@x\n"));
}

void tst_CsvWriter::writesIncrementally()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setNeutraliseFormulas(true);
    writer.writeField(u"refund"_s);
    writer.writeNumber(u"-12.50"_s);
    writer.writeField(u"-12.50"_s);
    writer.writeNumber(u"1,5"_s);
    writer.endRecord();
    writer.writeNumber(QString());
    writer.endRecord();
    writer.writeField(u"x"_s);
    writer.endRecord();
    QVERIFY(!writer.hasError());
    QCOMPARE(buffer.data(), QByteArray("refund,-12.50,'-12.50,\"1,5\"\n\"\"\nx\n"));
}

void tst_CsvWriter::reportsWriteErrors()
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly);
    CsvWriter writer(&buffer);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"write"_s, QRegularExpression::CaseInsensitiveOption));
    writer.writeRecord({u"a"_s});
    QVERIFY(writer.hasError());
    QVERIFY(writer.error().startsWith(u"write error: "_s));
}

void tst_CsvWriter::roundTripsRandomText()
{
    // Characters that matter to CSV, plus text beyond ASCII and beyond the BMP.
    const QList<QString> alphabet = {u","_s,  u"\""_s, u"\r"_s, u"\n"_s, u"\r\n"_s,  u" "_s,
                                     u"\t"_s, u"'"_s,  u"="_s,  u"a"_s,  u"Z"_s,     u"0"_s,
                                     u"é"_s,  u"€"_s,  u"日"_s, u"😀"_s,  u"\uFEFF"_s};
    QRandomGenerator random(20260315);
    QList<QStringList> records;
    for (int r = 0; r < 3000; ++r) {
        QStringList record;
        const int fieldCount = random.bounded(1, 7);
        for (int f = 0; f < fieldCount; ++f) {
            QString field;
            const int length = random.bounded(0, 12);
            for (int c = 0; c < length; ++c)
                field += alphabet[random.bounded(int(alphabet.size()))];
            record << field;
        }
        records << record;
    }
    records.prepend({u"\uFEFF"_s, u"first"_s});
    const QByteArray written = writeRecords(records);
    QString error;
    const QList<QStringList> read = readRecords(written, &error);
    QCOMPARE(error, QString());
    QCOMPARE(read.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        QCOMPARE(read[i], records[i]);
    // Written again, the text is the same byte for byte.
    QCOMPARE(writeRecords(read), written);
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
