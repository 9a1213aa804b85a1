#include "HelpdeskSource.h"
#include "TestSupport.h"
#include "XlsxCells.h"
#include "XlsxRowSource.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

using Parts = QList<std::pair<QString, QByteArray>>;

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void put16(QByteArray &out, quint32 value)
{
    out.append(char(value & 0xff));
    out.append(char((value >> 8) & 0xff));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, value & 0xffff);
    put16(out, value >> 16);
}

// A zip archive of uncompressed entries, as small as the format allows: so
// the tests build the workbooks they need without a zip program.
QByteArray storedZip(const Parts &parts)
{
    QByteArray archive;
    QByteArray directory;
    for (const auto &[name, data] : parts) {
        const QByteArray fileName = name.toUtf8();
        const quint32 offset = quint32(archive.size());
        const quint32 crc = crc32(data);
        const quint32 size = quint32(data.size());
        put32(archive, 0x04034b50); // local file header
        put16(archive, 20);         // version needed
        put16(archive, 0);          // flags
        put16(archive, 0);          // stored
        put16(archive, 0);          // time
        put16(archive, 0x21);       // date: 1980-01-01
        put32(archive, crc);
        put32(archive, size);
        put32(archive, size);
        put16(archive, quint32(fileName.size()));
        put16(archive, 0); // extra field
        archive += fileName;
        archive += data;

        put32(directory, 0x02014b50); // central directory header
        put16(directory, 20);         // made by
        put16(directory, 20);         // needed
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0x21);
        put32(directory, crc);
        put32(directory, size);
        put32(directory, size);
        put16(directory, quint32(fileName.size()));
        put16(directory, 0); // extra field
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory += fileName;
    }
    const quint32 directoryOffset = quint32(archive.size());
    archive += directory;
    put32(archive, 0x06054b50); // end of central directory
    put16(archive, 0);
    put16(archive, 0);
    put16(archive, quint32(parts.size()));
    put16(archive, quint32(parts.size()));
    put32(archive, quint32(directory.size()));
    put32(archive, directoryOffset);
    put16(archive, 0);
    return archive;
}

const QByteArray MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

// The parts of a one-sheet workbook around the given <sheetData> rows; the
// sheet is deliberately not called sheet1.xml.
Parts workbookParts(const QByteArray &rows, const QByteArray &sharedStrings = {},
                    const QByteArray &styles = {}, bool date1904 = false)
{
    Parts parts{
        {u"xl/workbook.xml"_s,
         "<workbook xmlns=\"" + MainNamespace +
             "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
             (date1904 ? "<workbookPr date1904=\"1\"/>" : "") +
             "<sheets><sheet name=\"Tickets\" sheetId=\"4\" r:id=\"rId9\"/></sheets></workbook>"},
        {u"xl/_rels/workbook.xml.rels"_s,
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId9\" Type=\"worksheet\" "
         "Target=\"/xl/worksheets/tickets.xml\"/></Relationships>"},
        {u"xl/worksheets/tickets.xml"_s,
         "<worksheet xmlns=\"" + MainNamespace + "\"><sheetData>" + rows + "</sheetData></worksheet>"},
    };
    if (!sharedStrings.isEmpty())
        parts.append(
            {u"xl/sharedStrings.xml"_s, "<sst xmlns=\"" + MainNamespace + "\">" + sharedStrings + "</sst>"});
    if (!styles.isEmpty())
        parts.append(
            {u"xl/styles.xml"_s, "<styleSheet xmlns=\"" + MainNamespace + "\">" + styles + "</styleSheet>"});
    return parts;
}

const QByteArray HeaderRow =
    "<row r=\"1\"><c t=\"inlineStr\"><is><t>#</t></is></c><c t=\"inlineStr\"><is><t>Title</t>"
    "</is></c><c t=\"inlineStr\"><is><t>Created At</t></is></c></row>";

struct Sheet
{
    QString openError;
    QStringList header;
    QString zone;
    QList<QStringList> rows;
    QList<int> lines;
    QString error;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
};

Sheet readSheet(XlsxRowSource &source)
{
    Sheet sheet;
    if (const Status opened = source.open(); !opened) {
        sheet.openError = opened.message();
        return sheet;
    }
    sheet.header = source.header();
    sheet.zone = source.zoneHint();
    QStringList cells;
    while (source.readRow(cells)) {
        sheet.rows << cells;
        sheet.lines << source.line();
    }
    sheet.error = source.error();
    sheet.bytesRead = source.bytesRead();
    sheet.totalBytes = source.totalBytes();
    return sheet;
}

Sheet readBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    XlsxRowSource source(&buffer, u"t.xlsx"_s);
    return readSheet(source);
}

Sheet readFixture(const QString &name)
{
    XlsxRowSource source(TestSupport::fixturePath(u"helpdesk/"_s + name));
    return readSheet(source);
}

const QStringList ZammadHeader{u"#"_s,
                               u"Title"_s,
                               u"Priority"_s,
                               u"Organization"_s,
                               u"Create Channel"_s,
                               u"Created At"_s,
                               u"First Response At"_s,
                               u"Closed At"_s,
                               u"First Response In Min"_s,
                               u"First Response Diff In Min"_s};

} // namespace

class tst_XlsxRowSource : public QObject
{
    Q_OBJECT

private slots:
    void headerAndZoneAfterOpen_data();
    void headerAndZoneAfterOpen();
    void readsZammadRows_data();
    void readsZammadRows();
    void serialsReadAsTheTextTimestamps();
    void readsCellTypes();
    void honoursDate1904();
    void serialDateText_data();
    void serialDateText();
    void dateFormats_data();
    void dateFormats();
    void columnIndex();
    void footerZone_data();
    void footerZone();
    void reportsErrors_data();
    void reportsErrors();
    void reportsMissingFile();
    void reportsDamagedCompression();
    void streamsLargeSheet();
};

void tst_XlsxRowSource::headerAndZoneAfterOpen_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("text timestamps") << u"zammad.xlsx"_s;
    QTest::newRow("date serials") << u"zammad-serials.xlsx"_s;
}

void tst_XlsxRowSource::headerAndZoneAfterOpen()
{
    QFETCH(QString, file);
    XlsxRowSource source(TestSupport::fixturePath(u"helpdesk/"_s + file));
    const Status opened = source.open();
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    // Known before the first row, although the footer is the sheet's last row.
    QCOMPARE(source.zoneHint(), u"Europe/Berlin"_s);
    QCOMPARE(source.header(), ZammadHeader);
    QCOMPARE(detectHelpdeskSource(source.header()), std::optional(HelpdeskSource::Zammad));
    QCOMPARE(
        source.totalBytes(),
        qint64(QFile(TestSupport::fixturePath(u"helpdesk/zammad-xlsx/"_s + file.chopped(5) +
                                              (file.contains(u"serials"_s) ? u"/xl/worksheets/report.xml"_s
                                                                           : u"/xl/worksheets/sheet1.xml"_s)))
                   .size()));
}

void tst_XlsxRowSource::readsZammadRows_data()
{
    headerAndZoneAfterOpen_data();
}

void tst_XlsxRowSource::readsZammadRows()
{
    QFETCH(QString, file);
    const Sheet sheet = readFixture(file);
    QCOMPARE(sheet.openError, QString());
    QCOMPARE(sheet.error, QString());
    // The title (row 1) and the footer (row 13) are not tickets.
    QCOMPARE(sheet.lines, QList<int>({4, 5, 6, 7, 8, 9, 10, 11}));
    QCOMPARE(sheet.rows.at(0), QStringList({u"31001"_s, u"Printer on fire"_s, u"3 high"_s, u"Acme Corp"_s,
                                            u"email"_s, u"2026-03-02 09:15:00"_s, u"2026-03-02 09:47:00"_s,
                                            u"2026-03-03 16:20:00"_s, u"32"_s, u"-28"_s}));
    // No first response: the cell is empty or left out, the row ends early.
    QCOMPARE(sheet.rows.at(3),
             QStringList({u"31004"_s, u"VPN drops hourly"_s, u"2 normal"_s, u"Globex"_s, u"email"_s,
                          u"2026-06-19 17:45:00"_s, QString(), u"2026-06-22 08:00:00"_s}));
    // The wall time that occurs twice in Berlin is read as written.
    QCOMPARE(sheet.rows.at(6).at(5), u"2026-10-25 02:30:00"_s);
    // Closed At (column H) is left out: blank, and I and J keep their places.
    QCOMPARE(sheet.rows.at(7), QStringList({u"31008"_s, u"Mailbox full"_s, u"1 low"_s, u"Globex"_s,
                                            u"email"_s, u"2026-10-30 11:11:11"_s, u"2026-10-30 12:00:00"_s,
                                            QString(), u"49"_s, u"-71.5"_s}));
    QCOMPARE(sheet.bytesRead, sheet.totalBytes);
}

void tst_XlsxRowSource::serialsReadAsTheTextTimestamps()
{
    const Sheet text = readFixture(u"zammad.xlsx"_s);
    const Sheet serials = readFixture(u"zammad-serials.xlsx"_s);
    QCOMPARE(serials.error, QString());
    QCOMPARE(serials.rows.size(), 8);
    QCOMPARE(serials.rows, text.rows);
    QCOMPARE(serials.lines, text.lines);
}

void tst_XlsxRowSource::readsCellTypes()
{
    const QByteArray sharedStrings =
        "<si><t>plain</t></si>"
        "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">rich </t></r><r><t>text</t></r>"
        "<rPh sb=\"0\" eb=\"4\"><t>phonetic</t></rPh></si>";
    const QByteArray rows = HeaderRow +
                            "<row r=\"2\">"
                            "<c r=\"A2\" t=\"s\"><v>0</v></c>"
                            "<c r=\"B2\" t=\"s\"><v>1</v></c>"
                            "<c r=\"C2\" t=\"inlineStr\"><is><r><t>in</t></r><r><t>line</t></r></is></c>"
                            "<c r=\"E2\" t=\"str\"><f>A2&amp;\"!\"</f><v>plain!</v></c>"
                            "<c r=\"F2\" t=\"b\"><v>1</v></c>"
                            "<c r=\"G2\" t=\"e\"><v>#N/A</v></c>"
                            "<c r=\"H2\" t=\"n\"><v>7.50</v></c>"
                            "<c r=\"I2\"><v>1.0E+3</v></c>"
                            "<c r=\"J2\"><v>0.1</v></c>"
                            "<c r=\"K2\"/>"
                            "</row>"
                            // Rows may skip numbers; a blank row is no row.
                            "<row r=\"5\"><c r=\"AB5\"><v>-2</v></c></row>"
                            "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t> </t></is></c></row>"
                            "<row r=\"7\"><c r=\"A7\"><v>3</v></c></row>";
    const Sheet sheet = readBytes(storedZip(workbookParts(rows, sharedStrings)));
    QCOMPARE(sheet.openError, QString());
    QCOMPARE(sheet.error, QString());
    QCOMPARE(sheet.zone, QString());
    QCOMPARE(sheet.lines, QList<int>({2, 5, 7}));
    QCOMPARE(sheet.rows.at(0), QStringList({u"plain"_s, u"rich text"_s, u"inline"_s, QString(), u"plain!"_s,
                                            u"TRUE"_s, u"#N/A"_s, u"7.5"_s, u"1000"_s, u"0.1"_s}));
    QStringList far(28);
    far[27] = u"-2"_s;
    QCOMPARE(sheet.rows.at(1), far);
    QCOMPARE(sheet.rows.at(2), QStringList({u"3"_s}));
}

void tst_XlsxRowSource::honoursDate1904()
{
    // A custom format with a date in it; cellStyleXfs are not what s counts.
    const QByteArray styles =
        "<numFmts><numFmt numFmtId=\"170\" formatCode=\"dd/mm/yyyy\\ hh:mm\"/></numFmts>"
        "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs>"
        "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"170\"/></cellXfs>";
    const QByteArray rows =
        HeaderRow + "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>0</v></c><c r=\"B2\" s=\"1\"><v>44620.5</v></c>"
                    "<c r=\"C2\" s=\"0\"><v>44620.5</v></c></row>";
    const Sheet sheet = readBytes(storedZip(workbookParts(rows, {}, styles, true)));
    QCOMPARE(sheet.error, QString());
    QCOMPARE(sheet.rows,
             QList<QStringList>({{u"1904-01-01 00:00:00"_s, u"2026-03-01 12:00:00"_s, u"44620.5"_s}}));

    const Sheet in1900 = readBytes(storedZip(workbookParts(rows, {}, styles, false)));
    QCOMPARE(in1900.rows.at(0).at(1), u"2022-02-28 12:00:00"_s);
}

void tst_XlsxRowSource::serialDateText_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("text");
    QTest::newRow("first day") << 1.0 << false << u"1900-01-01 00:00:00"_s;
    QTest::newRow("before the fake day") << 59.0 << false << u"1900-02-28 00:00:00"_s;
    QTest::newRow("the fake 1900-02-29") << 60.25 << false << u"1900-02-29 06:00:00"_s;
    QTest::newRow("after the fake day") << 61.0 << false << u"1900-03-01 00:00:00"_s;
    QTest::newRow("time of day alone") << 0.75 << false << u"18:00:00"_s;
    QTest::newRow("a Zammad time") << 46083.385416666664 << false << u"2026-03-02 09:15:00"_s;
    QTest::newRow("rounded to the second") << 46083.0 + 30.4 / 86400 << false << u"2026-03-02 00:00:30"_s;
    QTest::newRow("rounded into the next day")
        << 46083.0 + 86399.6 / 86400 << false << u"2026-03-03 00:00:00"_s;
    QTest::newRow("last day") << 2958465.0 << false << u"9999-12-31 00:00:00"_s;
    QTest::newRow("past the last day") << 2958466.0 << false << QString();
    QTest::newRow("negative") << -1.0 << false << QString();
    QTest::newRow("1904 first day") << 0.0 << true << u"1904-01-01 00:00:00"_s;
    QTest::newRow("1904 leap day") << 59.0 << true << u"1904-02-29 00:00:00"_s;
}

void tst_XlsxRowSource::serialDateText()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, text);
    QCOMPARE(XlsxCells::serialDateText(serial, date1904).value_or(QString()), text);
}

void tst_XlsxRowSource::dateFormats_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isDate");
    QTest::newRow("ISO") << u"yyyy\\-mm\\-dd\\ hh:mm:ss"_s << true;
    QTest::newRow("time") << u"h:mm AM/PM"_s << true;
    QTest::newRow("duration") << u"[h]:mm"_s << true;
    QTest::newRow("general") << u"General"_s << false;
    QTest::newRow("quoted days") << u"0.0\" days\""_s << false;
    QTest::newRow("colour and locale") << u"[Red][$-407]#,##0.00"_s << false;
    QTest::newRow("escaped") << u"0\\h"_s << false;
    QTest::newRow("scientific") << u"0.00E+00"_s << false;
}

void tst_XlsxRowSource::dateFormats()
{
    QFETCH(QString, code);
    QFETCH(bool, isDate);
    QCOMPARE(XlsxCells::isDateFormatCode(code), isDate);
}

void tst_XlsxRowSource::columnIndex()
{
    QCOMPARE(XlsxCells::columnIndex(u"A1"), 0);
    QCOMPARE(XlsxCells::columnIndex(u"J13"), 9);
    QCOMPARE(XlsxCells::columnIndex(u"AB12"), 27);
    QCOMPARE(XlsxCells::columnIndex(u"XFD1"), 16383);
    QCOMPARE(XlsxCells::columnIndex(u"XFE1"), -1);
    QCOMPARE(XlsxCells::columnIndex(u"12"), -1);
    QCOMPARE(XlsxCells::columnName(27), u"AB"_s);
    QCOMPARE(XlsxCells::columnName(16383), u"XFD"_s);
}

void tst_XlsxRowSource::footerZone_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("zone");
    QTest::newRow("English") << u"Timezone: Europe/Berlin"_s << u"Europe/Berlin"_s;
    QTest::newRow("French") << u"Fuseau horaire : Europe/Paris"_s << u"Europe/Paris"_s;
    QTest::newRow("German") << u"Zeitzone: America/New_York "_s << u"America/New_York"_s;
    QTest::newRow("unknown zone") << u"Timezone: Mars/Olympus_Mons"_s << QString();
    QTest::newRow("no words") << u"Europe/Berlin"_s << QString();
    QTest::newRow("a sentence") << u"Note: see Berlin"_s << QString();
    QTest::newRow("a ticket number") << u"31001"_s << QString();
}

void tst_XlsxRowSource::footerZone()
{
    QFETCH(QString, cell);
    QFETCH(QString, zone);
    QCOMPARE(XlsxRowSource::footerZone(cell), zone);
}

void tst_XlsxRowSource::reportsErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("openError");

    const QByteArray zammad = TestSupport::readFile(TestSupport::fixturePath(u"helpdesk/zammad.xlsx"_s));
    QTest::newRow("not a zip") << QByteArray("#,Title\n1,Printer\n")
                               << u"t.xlsx: not a spreadsheet (not a zip archive)"_s;
    QTest::newRow("truncated zip") << zammad.left(zammad.size() / 2)
                                   << u"t.xlsx: not a spreadsheet (not a zip archive)"_s;
    QTest::newRow("a zip of something else") << storedZip({{u"word/document.xml"_s, "<document/>"}})
                                             << u"t.xlsx: not a spreadsheet (no xl/workbook.xml)"_s;

    Parts noSheet = workbookParts(HeaderRow);
    noSheet.removeLast();
    QTest::newRow("sheet part missing")
        << storedZip(noSheet) << u"t.xlsx: xl/worksheets/tickets.xml: the part is missing"_s;

    // The first pass at open() reads the whole sheet, so a sheet cut short
    // is found there, at the row where it stops.
    Parts cut = workbookParts(HeaderRow + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>");
    cut[2].second.chop(40);
    QTest::newRow("truncated sheet XML")
        << storedZip(cut) << u"t.xlsx: sheet row 2: damaged XML: Premature end of document."_s;

    QTest::newRow("no header") << storedZip(workbookParts("<row r=\"1\"><c><v>1</v></c></row>"))
                               << u"t.xlsx: no header row (a row of at least 3 column names)"_s;
    QTest::newRow("missing shared string")
        << storedZip(workbookParts(HeaderRow + "<row r=\"14\"><c r=\"B14\" t=\"s\"><v>99</v></c></row>"))
        << u"t.xlsx: sheet row 14: cell B14: there is no shared string 99"_s;
    QTest::newRow("not a number") << storedZip(workbookParts(
                                         HeaderRow + "<row r=\"3\"><c r=\"C3\"><v>12abc</v></c></row>"))
                                  << u"t.xlsx: sheet row 3: cell C3: \"12abc\" is not a number"_s;
    QTest::newRow("rows out of order")
        << storedZip(workbookParts(HeaderRow +
                                   "<row r=\"5\"><c><v>1</v></c></row><row r=\"4\"><c><v>2</v></c></row>"))
        << u"t.xlsx: sheet row 4: comes after row 5: the rows are out of order"_s;
    QTest::newRow("bad cell reference")
        << storedZip(workbookParts(HeaderRow + "<row r=\"3\"><c r=\"3C\"><v>1</v></c></row>"))
        << u"t.xlsx: sheet row 3: \"3C\" is not a cell reference"_s;
}

void tst_XlsxRowSource::reportsErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, openError);
    QBuffer buffer;
    buffer.setData(bytes);
    XlsxRowSource source(&buffer, u"t.xlsx"_s);
    const Status opened = source.open();
    QCOMPARE(opened.message(), openError);
    QCOMPARE(source.error(), openError);
    QVERIFY(source.atError());
    QStringList cells;
    QVERIFY(!source.readRow(cells));
    QCOMPARE(source.error(), openError);
}

void tst_XlsxRowSource::reportsMissingFile()
{
    QTemporaryDir dir;
    XlsxRowSource source(dir.filePath(u"gone.xlsx"_s));
    const Status opened = source.open();
    QCOMPARE(opened.errorKind(), Error::Kind::Storage);
    QVERIFY2(opened.message().startsWith(u"gone.xlsx: cannot be read: "_s), qPrintable(opened.message()));
}

void tst_XlsxRowSource::reportsDamagedCompression()
{
    // Bytes in the middle of the shared strings' deflated data overwritten:
    // unpacking fails partway, and the reading stops there instead of
    // waiting for the rest.
    QByteArray bytes = TestSupport::readFile(TestSupport::fixturePath(u"helpdesk/zammad.xlsx"_s));
    const qsizetype name = bytes.indexOf("xl/sharedStrings.xml");
    QVERIFY(name > 0);
    bytes.replace(name + 120, 16, QByteArray(16, '\xff'));
    const Sheet sheet = readBytes(bytes);
    QVERIFY2(sheet.openError.startsWith(u"t.xlsx: xl/sharedStrings.xml: damaged XML at line "_s),
             qPrintable(sheet.openError));
}

void tst_XlsxRowSource::streamsLargeSheet()
{
    constexpr int Tickets = 20000;
    QByteArray rows =
        "<row r=\"1\"><c t=\"inlineStr\"><is><t>Tickets</t></is></c></row>"
        "<row r=\"3\"><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c><c t=\"s\"><v>2</v></c></row>";
    for (int ticket = 1; ticket <= Tickets; ++ticket) {
        const QByteArray row = QByteArray::number(ticket + 3);
        rows += "<row r=\"" + row + "\"><c r=\"A" + row + "\"><v>" + QByteArray::number(ticket) +
                "</v></c><c r=\"B" + row + "\" t=\"s\"><v>" + QByteArray::number(3 + (ticket + 1) % 2) +
                "</v></c><c r=\"C" + row + "\" s=\"1\"><v>" + QByteArray::number(46083 + ticket / 100) +
                ".5</v></c></row>";
    }
    const QByteArray footer = QByteArray::number(Tickets + 5);
    rows += "<row r=\"" + footer + "\"><c t=\"inlineStr\"><is><t>Timezone: Europe/Paris</t></is></c></row>";
    const QByteArray sharedStrings = "<si><t>#</t></si><si><t>Title</t></si><si><t>Created "
                                     "At</t></si><si><t>odd</t></si><si><t>even</t></si>";
    const QByteArray styles = "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"22\"/></cellXfs>";

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"large.xlsx"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const Parts parts = workbookParts(rows, sharedStrings, styles);
    file.write(storedZip(parts));
    file.close();

    XlsxRowSource source(file.fileName());
    const Status opened = source.open();
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QCOMPARE(source.zoneHint(), u"Europe/Paris"_s);
    QCOMPARE(source.header(), QStringList({u"#"_s, u"Title"_s, u"Created At"_s}));
    QCOMPARE(source.totalBytes(), qint64(parts.at(2).second.size()));
    QStringList cells;
    int count = 0;
    qint64 lastProgress = 0;
    bool progressed = false;
    while (source.readRow(cells)) {
        ++count;
        QCOMPARE(source.line(), count + 3);
        if (count == 12345)
            QCOMPARE(cells, QStringList({u"12345"_s, u"odd"_s, u"2026-07-03 12:00:00"_s}));
        // Progress grows while reading, without reaching the end early.
        QVERIFY(source.bytesRead() >= lastProgress);
        progressed = progressed || (source.bytesRead() > 0 && source.bytesRead() < source.totalBytes() / 2);
        lastProgress = source.bytesRead();
    }
    QCOMPARE(source.error(), QString());
    QCOMPARE(count, Tickets);
    QVERIFY(progressed);
    QCOMPARE(source.bytesRead(), source.totalBytes());
}

QTEST_GUILESS_MAIN(tst_XlsxRowSource)
#include "tst_xlsxrowsource.moc"
