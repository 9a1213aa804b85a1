#pragma once

#include "CustomerDocument.h"
#include "DocumentLanguage.h"
#include "Expected.h"
#include "ReviewNotesStore.h"

#include <QDialog>
#include <optional>

class AppContext;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPrintPreviewDialog;
class QPrinter;
class QPushButton;

// Accounts → Statement… and Quarterly review…: an account's document for a
// month or a quarter, in the customer's language (or the other), shown in a
// print preview, printed, or saved as PDF or as HTML for e-mail. For a
// review, the TAM's notes that end it are edited here and kept in the store;
// the document shows the notes as typed, saved or not.
class CustomerDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Statement, Review };

    CustomerDocumentDialog(AppContext &context, Kind kind, const QString &accountName,
                           QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    // The document of the form's choices; nothing (and the reason shown)
    // when it cannot be made.
    std::optional<CustomerDocument> document(DocumentMedium medium);

    // The preview, opened without blocking; the dialog owns it.
    QPrintPreviewDialog *openPreview();
    bool printTo(QPrinter &printer);
    bool savePdf(const QString &path);
    bool saveHtml(const QString &path);
    // Saves the notes over those read; on a conflict the typed text stays,
    // and saving again replaces what the other person saved.
    bool saveNotes();

    QComboBox *accountCombo() const { return m_account; }
    QComboBox *periodCombo() const { return m_period; }
    QComboBox *languageCombo() const { return m_language; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPushButton *saveNotesButton() const { return m_saveNotes; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *senderButton() const { return m_sender; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillPeriods();
    void accountChanged();
    void loadNotes();
    void showMessage(const QString &text, bool error);
    void askPrint();
    void askSavePdf();
    void askSaveHtml();
    QString suggestedFileName(const QString &suffix) const;
    void retranslate();

    AppContext &m_context;
    Kind m_kind;
    QComboBox *m_account = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QGroupBox *m_notesBox = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_saveNotes = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_saveHtml = nullptr;
    QPushButton *m_sender = nullptr;
    std::optional<DocumentLanguage> m_documentLanguage;
    DocumentVendor m_vendor;
    ReviewNotes m_savedNotes;
};
