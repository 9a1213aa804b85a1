// Accounts → Statement… and Quarterly review… on the hand-worked October of
// tests/fixtures/golden, offscreen: the print preview opens with pages, the
// PDF saved and the document printed to a PDF printer read back with
// pdftotext in the customer's language (or the one chosen), the HTML for
// e-mail, and the TAM's notes saved, kept through a conflicting save and
// shown in the review as typed.
#include "AccountStore.h"
#include "AccountsView.h"
#include "ContextFixture.h"
#include "CustomerDocumentDialog.h"
#include "Database.h"
#include "GoldenOctober.h"
#include "PdfText.h"
#include "ReviewNotesStore.h"
#include "Timestamp.h"
#include "VendorDialog.h"
#include "VendorSettings.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestCustomerDocumentDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // Ten days into November: October is the last month over, Q3 the
        // last quarter.
        m_fixture =
            std::make_unique<ContextFixture>(parseIsoTimestamp(u"2026-11-10T12:00:00Z"_s).value().utcSeconds);
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        const auto ids = GoldenOctober::setUp(m_fixture->database());
        QVERIFY2(ids.ok(), qPrintable(ids.message()));
        m_ids = *ids;
        AccountStore accounts(m_fixture->database());
        Account bistro = accounts.findById(m_ids.bistro).value();
        bistro.language = u"fr"_s;
        QVERIFY(accounts.update(bistro).ok());
        QVERIFY(m_folder.isValid());
    }

    void cleanup() { m_fixture.reset(); }

    void statementPreviewShowsPages()
    {
        CustomerDocumentDialog dialog(m_fixture->context(), CustomerDocumentDialog::Kind::Statement,
                                      u"Bistro, Inc."_s);
        QCOMPARE(dialog.periodCombo()->currentData().toString(), u"2026-10"_s);
        QCOMPARE(dialog.periodCombo()->currentText(), u"October 2026"_s);
        QCOMPARE(dialog.languageCombo()->currentData().toString(), u"fr"_s);
        dialog.show();
        QPrintPreviewDialog *preview = dialog.openPreview();
        QVERIFY2(preview, qPrintable(dialog.messageLabel()->text()));
        QVERIFY(preview->isVisible());
        auto *pages = preview->findChild<QPrintPreviewWidget *>();
        QVERIFY(pages);
        QTRY_VERIFY(pages->pageCount() >= 2);
        QCOMPARE(preview->printer()->docName(),
                 u"Relevé mensuel de niveau de service\u00A0: Bistro, Inc., octobre 2026"_s);
        preview->close();
    }

    void pdfInTheCustomersLanguageOrTheOneChosen()
    {
        CustomerDocumentDialog dialog(m_fixture->context(), CustomerDocumentDialog::Kind::Statement,
                                      u"Bistro, Inc."_s);
        const QString french = m_folder.filePath(u"bistro-fr.pdf"_s);
        QVERIFY2(dialog.savePdf(french), qPrintable(dialog.messageLabel()->text()));
        const QString text = PdfText::pageText(french);
        QVERIFY2(text.contains(u"Relevé mensuel de niveau de service"_s), qPrintable(text));
        QVERIFY(text.contains(u"Bistro, Inc., octobre 2026"_s));
        QVERIFY(dialog.messageLabel()->text().contains(u"bistro-fr.pdf"_s));
        QVERIFY(PdfText::poppler(u"pdfdetach"_s, {u"-list"_s, french}).contains(u"tickets 2026-10.csv"_s));

        dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(u"en"_s));
        const QString html = m_folder.filePath(u"bistro-en.html"_s);
        QVERIFY(dialog.saveHtml(html));
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(file.readAll());
        QVERIFY(page.contains(u"Monthly SLA statement"_s));
        QVERIFY(page.contains(u"<img src=\"data:image/png;base64,"_s));
    }

    void printedOnAPdfPrinter()
    {
        CustomerDocumentDialog dialog(m_fixture->context(), CustomerDocumentDialog::Kind::Statement,
                                      u"Acme"_s);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = m_folder.filePath(u"printed.pdf"_s);
        printer.setOutputFileName(pdf);
        QVERIFY2(dialog.printTo(printer), qPrintable(dialog.messageLabel()->text()));
        const QString text = PdfText::pageText(pdf);
        QVERIFY2(text.contains(u"Monthly SLA statement"_s), qPrintable(text));
        QVERIFY(text.contains(u"Page 1 of "_s));
    }

    void reviewNotesSurviveAConflictingSave()
    {
        CustomerDocumentDialog dialog(m_fixture->context(), CustomerDocumentDialog::Kind::Review,
                                      u"Bistro, Inc."_s);
        QCOMPARE(dialog.periodCombo()->currentData().toString(), u"2026-Q3"_s);
        dialog.periodCombo()->setCurrentIndex(dialog.periodCombo()->findData(u"2026-Q4"_s));
        QVERIFY(dialog.notesEdit()->toPlainText().isEmpty());
        dialog.notesEdit()->setPlainText(u"Revoir l'astreinte."_s);
        QVERIFY2(dialog.saveNotes(), qPrintable(dialog.messageLabel()->text()));
        ReviewNotesStore store(m_fixture->database());
        const YearQuarter q4{2026, 4};
        const auto saved = store.find(m_ids.bistro, q4);
        QCOMPARE(saved.value().text, u"Revoir l'astreinte."_s);

        // A colleague saves meanwhile: the dialog's save is refused, the
        // typed text stays, and saving again replaces theirs.
        QVERIFY(store.save(m_ids.bistro, q4, u"Note d'un collègue"_s, saved.value().version).ok());
        dialog.notesEdit()->setPlainText(u"Revoir l'astreinte et le calendrier."_s);
        QVERIFY(!dialog.saveNotes());
        QVERIFY2(dialog.messageLabel()->text().contains(u"Note d'un collègue"_s),
                 qPrintable(dialog.messageLabel()->text()));
        QCOMPARE(dialog.notesEdit()->toPlainText(), u"Revoir l'astreinte et le calendrier."_s);
        QVERIFY(dialog.saveNotes());
        QCOMPARE(store.find(m_ids.bistro, q4).value().text, u"Revoir l'astreinte et le calendrier."_s);

        // The other quarter has its own notes.
        dialog.periodCombo()->setCurrentIndex(dialog.periodCombo()->findData(u"2026-Q3"_s));
        QVERIFY(dialog.notesEdit()->toPlainText().isEmpty());
    }

    void reviewShowsTheNotesAsTyped()
    {
        CustomerDocumentDialog dialog(m_fixture->context(), CustomerDocumentDialog::Kind::Review,
                                      u"Bistro, Inc."_s);
        dialog.periodCombo()->setCurrentIndex(dialog.periodCombo()->findData(u"2026-Q4"_s));
        dialog.notesEdit()->setPlainText(u"Pas encore enregistré"_s);
        const auto document = dialog.document(DocumentMedium::Paged);
        QVERIFY(document);
        QVERIFY(document->html.contains(u"Pas encore enregistré"_s));
        QVERIFY(document->title.startsWith(u"Évaluation trimestrielle du statut"_s));
        const QString pdf = m_folder.filePath(u"review.pdf"_s);
        QVERIFY(dialog.savePdf(pdf));
        QVERIFY(PdfText::pageText(pdf).contains(u"Pas encore enregistré"_s));
        QVERIFY(ReviewNotesStore(m_fixture->database()).find(m_ids.bistro, {2026, 4}).value().text.isEmpty());
    }

    void accountsViewOpensItOnTheSelectedAccount()
    {
        AccountsView view(m_fixture->context());
        view.selectAccount(m_ids.bistro);
        CustomerDocumentDialog *dialog = view.openDocumentDialog(CustomerDocumentDialog::Kind::Review);
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), CustomerDocumentDialog::Kind::Review);
        QCOMPARE(dialog->accountCombo()->currentText(), u"Bistro, Inc."_s);
        QVERIFY(dialog->notesEdit()->isVisibleTo(dialog));
        dialog->close();
    }

    void senderNameAndLogoAreSettingsOfTheStore()
    {
        QImage logo(200, 60, QImage::Format_RGB32);
        logo.fill(QColor(0x1f, 0x4e, 0x79));
        const QString png = m_folder.filePath(u"logo.png"_s);
        QVERIFY(logo.save(png, "PNG"));
        const QString text = m_folder.filePath(u"logo.txt"_s);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a picture");
        file.close();

        VendorDialog vendor(m_fixture->context());
        vendor.nameEdit()->setText(u"Nimbus Communications"_s);
        QVERIFY(!vendor.chooseLogoFile(text));
        QVERIFY(vendor.messageLabel()->text().contains(u"is not an image"_s));
        QVERIFY(vendor.chooseLogoFile(png));
        QVERIFY(!vendor.logoPreview()->pixmap().isNull());
        QVERIFY(vendor.save());
        VendorSettings settings(m_fixture->database());
        QCOMPARE(settings.name().value(), u"Nimbus Communications"_s);
        QVERIFY(settings.logo().value().startsWith("\x89PNG"));

        // The next document carries both.
        CustomerDocumentDialog dialog(m_fixture->context(), CustomerDocumentDialog::Kind::Statement,
                                      u"Acme"_s);
        const QString pdf = m_folder.filePath(u"with-logo.pdf"_s);
        QVERIFY2(dialog.savePdf(pdf), qPrintable(dialog.messageLabel()->text()));
        QVERIFY(PdfText::pageText(pdf).startsWith(u"Nimbus Communications"_s));
        const QStringList images =
            PdfText::poppler(u"pdfimages"_s, {u"-list"_s, pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QCOMPARE(images.size(), 2);

        VendorDialog again(m_fixture->context());
        QCOMPARE(again.nameEdit()->text(), u"Nimbus Communications"_s);
        again.removeLogo();
        QVERIFY(again.save());
        QVERIFY(settings.logo().value().isEmpty());
    }

private:
    std::unique_ptr<ContextFixture> m_fixture;
    GoldenOctober::AccountIds m_ids;
    QTemporaryDir m_folder;
};

QTEST_MAIN(TestCustomerDocumentDialog)
#include "tst_customerdocumentdialog.moc"
