// A file attached to the PDF Qt writes, by an incremental update: the bytes
// Qt wrote stay as they were, every new cross-reference entry points at its
// object, the update chains to the previous table, the metadata declares
// PDF/A-3b, and poppler's pdfdetach lists and extracts the file as given.
// A PDF not laid out as Qt writes it is refused, with the reason.
#include "PdfAttachment.h"
#include "PdfText.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray qtPdf()
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setTitle(u"Attachment test"_s);
    QPainter painter(&writer);
    painter.drawText(100, 100, u"Évaluation"_s);
    painter.end();
    return pdf;
}

const PdfAttachment Csv{u"tickets 2026-10.csv"_s, u"Every ticket (of the month)"_s, "text/csv",
                        "ticket_id,subject\nT1,\"Quote \"\"this\"\"\"\nT2,Accents é\n", 1793577600};

} // namespace

class TestPdfAttachment : public QObject
{
    Q_OBJECT

private slots:
    void anIncrementalUpdateThatKeepsQtsBytes()
    {
        const QByteArray original = qtPdf();
        const auto attached = attachToPdf(original, Csv);
        QVERIFY2(attached.ok(), qPrintable(attached.message()));
        QVERIFY(attached->startsWith(original));
        const QByteArray update = attached->mid(original.size());

        // Each entry of the new table points at the object it names.
        const qsizetype xref = update.indexOf("xref\n");
        QVERIFY(xref > 0);
        static const QRegularExpression section(u"^(\\d+) (\\d+)$"_s);
        const QList<QByteArray> lines = update.mid(xref).split('\n');
        int checked = 0;
        int number = -1;
        for (qsizetype i = 1; i < lines.size() && !lines[i].startsWith("trailer"); ++i) {
            const auto header = section.match(QString::fromLatin1(lines[i]));
            if (header.hasMatch()) {
                number = header.captured(1).toInt();
                continue;
            }
            QCOMPARE(lines[i].size(), 19); // 20 bytes with its end of line
            if (number > 0) {
                const qsizetype offset = lines[i].left(10).toLongLong();
                QVERIFY2(attached->mid(offset).startsWith(QByteArray::number(number) + " 0 obj\n"),
                         lines[i].constData());
                ++checked;
            }
            ++number;
        }
        QCOMPARE(checked, 4); // the catalog, the file, its specification, the metadata

        // The update's trailer chains to Qt's table and ends the file.
        static const QRegularExpression startxref(u"startxref\\s+(\\d+)"_s);
        const auto before =
            startxref.match(QString::fromLatin1(original.mid(original.lastIndexOf("startxref"))));
        QVERIFY(before.hasMatch());
        QVERIFY(update.contains("/Prev " + before.captured(1).toLatin1() + "\n"));
        QVERIFY(update.endsWith("startxref\n" + QByteArray::number(original.size() + xref) + "\n%%EOF\n"));
        QVERIFY(update.contains("pdfaid:part=\"3\""));
        QVERIFY(update.contains("/AF ["));
        QVERIFY(update.contains("/AFRelationship /Data"));
        QVERIFY(update.contains("/Subtype /text#2Fcsv"));
        QVERIFY(update.contains("/Desc (Every ticket \\(of the month\\))"));
    }

    void popplerExtractsTheFileAsGiven()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString pdf = folder.filePath(u"attached.pdf"_s);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(attachToPdf(qtPdf(), Csv).value());
        file.close();
        QCOMPARE(PdfText::poppler(u"pdfdetach"_s, {u"-list"_s, pdf}),
                 u"1 embedded files\n1: tickets 2026-10.csv\n"_s);
        const QString extracted = folder.filePath(u"extracted.csv"_s);
        QCOMPARE(PdfText::poppler(u"pdfdetach"_s, {u"-save"_s, u"1"_s, u"-o"_s, extracted, pdf}), QString());
        QFile csv(extracted);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll(), Csv.data);
        QVERIFY(PdfText::pageText(pdf).contains(u"Évaluation"_s));
    }

    void refusesWhatQtDidNotWrite_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not a PDF") << QByteArray("hello") << u"no trailer"_s;
        QByteArray plain = qtPdf();
        plain.replace("pdfaid:part=\"1\"", "pdfaid:part=\"2\"");
        QTest::newRow("not PDF/A-1") << plain << u"it does not declare PDF/A-1"_s;
        const QByteArray twice = attachToPdf(qtPdf(), Csv).value();
        QTest::newRow("attached already") << twice << u"its catalog is not as Qt writes it"_s;
    }

    void refusesWhatQtDidNotWrite()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QString, reason);
        const auto attached = attachToPdf(pdf, Csv);
        QVERIFY(!attached.ok());
        QCOMPARE(attached.message(), u"cannot attach to this PDF: "_s + reason);
    }
};

QTEST_MAIN(TestPdfAttachment)
#include "tst_pdfattachment.moc"
