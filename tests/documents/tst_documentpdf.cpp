// The pages DocumentPdf lays out: a heading never ends a page with what it
// introduces on the next one. Filler paragraphs push a heading down the
// first page one line at a time; at every length, pdftotext finds the
// heading on the page of the paragraph after it, and at some length the
// heading was moved to the top of the next page.
#include "DocumentLanguage.h"
#include "DocumentPdf.h"
#include "PdfText.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDocumentPdf : public QObject
{
    Q_OBJECT

private slots:
    void aHeadingStaysWithWhatFollows()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const auto english = DocumentLanguage::load(u"en"_s);
        QVERIFY(english.ok());
        bool movedOnce = false;
        for (int fillers = 24; fillers <= 40; ++fillers) {
            QString html = u"<html><body>"_s;
            for (int i = 0; i < fillers; ++i)
                html += u"<p>Filler line %1.</p>"_s.arg(i);
            html += u"<h2>Support credit</h2><p>What the heading introduces.</p></body></html>"_s;
            const QString pdf = folder.filePath(u"page-%1.pdf"_s.arg(fillers));
            const Status written = DocumentPdf::write(
                pdf, html, DocumentFrame{u"Test"_s, u"Vendor"_s, u"Customer"_s, 0}, *english);
            QVERIFY2(written.ok(), qPrintable(written.message()));
            const QStringList pages = PdfText::poppler(u"pdftotext"_s, {pdf, u"-"_s}).split(u'\f');
            qsizetype headingPage = -1;
            qsizetype followingPage = -1;
            for (qsizetype p = 0; p < pages.size(); ++p) {
                if (pages[p].contains(u"Support credit"_s))
                    headingPage = p;
                if (pages[p].contains(u"What the heading introduces."_s))
                    followingPage = p;
            }
            QVERIFY2(headingPage >= 0 && headingPage == followingPage,
                     qPrintable(u"%1 fillers"_s.arg(fillers)));
            // Moved: the page starts with the heading, after the header.
            if (headingPage > 0 && !pages[headingPage].contains(u"Filler line"_s))
                movedOnce = true;
        }
        QVERIFY(movedOnce);
    }
};

QTEST_MAIN(TestDocumentPdf)
#include "tst_documentpdf.moc"
