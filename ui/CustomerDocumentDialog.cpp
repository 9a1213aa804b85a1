#include "CustomerDocumentDialog.h"

#include "AccountStore.h"
#include "AppContext.h"
#include "QuarterlyReviewService.h"
#include "StatementService.h"
#include "VendorDialog.h"
#include "VendorSettings.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

constexpr int MonthsOffered = 24;
constexpr int QuartersOffered = 8;

// The statement's paper unless the user picks another: A4, the PDF's margins.
void setDocumentPage(QPrinter &printer, const QString &title)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter));
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("SupportDesk"));
}

} // namespace

CustomerDocumentDialog::CustomerDocumentDialog(AppContext &context, Kind kind, const QString &accountName,
                                               QWidget *parent)
    : QDialog(parent), m_context(context), m_kind(kind)
{
    m_account = new QComboBox(this);
    const auto accounts = AccountStore(m_context.database()).all();
    for (const Account &account : accounts ? *accounts : QList<Account>{})
        m_account->addItem(account.name, account.language);
    m_account->setCurrentIndex(std::max(0, m_account->findText(accountName)));
    m_period = new QComboBox(this);
    m_language = new QComboBox(this);
    m_language->addItem(QString(), QStringLiteral("en"));
    m_language->addItem(QString(), QStringLiteral("fr"));
    m_accountLabel = new QLabel(this);
    m_periodLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_accountLabel->setBuddy(m_account);
    m_periodLabel->setBuddy(m_period);
    m_languageLabel->setBuddy(m_language);
    // Who sends it: the vendor's name and logo, shared by the whole team.
    m_sender = new QPushButton(this);
    connect(m_sender, &QPushButton::clicked, this, [this] {
        VendorDialog dialog(m_context, this);
        dialog.exec();
    });
    auto *form = new QFormLayout;
    form->addRow(m_accountLabel, m_account);
    form->addRow(m_periodLabel, m_period);
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_sender);

    m_notesBox = new QGroupBox(this);
    m_notes = new QPlainTextEdit(m_notesBox);
    m_notes->setTabChangesFocus(true);
    m_saveNotes = new QPushButton(m_notesBox);
    m_saveNotes->setEnabled(m_context.canEdit());
    connect(m_saveNotes, &QPushButton::clicked, this, &CustomerDocumentDialog::saveNotes);
    auto *notesLayout = new QVBoxLayout(m_notesBox);
    notesLayout->addWidget(m_notes);
    notesLayout->addWidget(m_saveNotes, 0, Qt::AlignRight);
    m_notesBox->setVisible(m_kind == Kind::Review);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_preview = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_print = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_savePdf = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_saveHtml = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_preview->setDefault(true);
    connect(m_preview, &QPushButton::clicked, this, &CustomerDocumentDialog::openPreview);
    connect(m_print, &QPushButton::clicked, this, &CustomerDocumentDialog::askPrint);
    connect(m_savePdf, &QPushButton::clicked, this, &CustomerDocumentDialog::askSavePdf);
    connect(m_saveHtml, &QPushButton::clicked, this, &CustomerDocumentDialog::askSaveHtml);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomerDocumentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notesBox, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    fillPeriods();
    connect(m_account, &QComboBox::currentIndexChanged, this, &CustomerDocumentDialog::accountChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, &CustomerDocumentDialog::loadNotes);
    accountChanged();
    retranslate();
    if (!accounts)
        showMessage(accounts.message(), true);
}

void CustomerDocumentDialog::fillPeriods()
{
    const QString chosen = m_period->currentData().toString();
    const QSignalBlocker quiet(m_period);
    m_period->clear();
    const QDate today = QDateTime::fromSecsSinceEpoch(m_context.nowUtc(), QTimeZone::utc()).date();
    const QLocale locale = m_context.locale();
    if (m_kind == Kind::Statement) {
        YearMonth month = YearMonth::of(today);
        for (int i = 0; i < MonthsOffered; ++i, month = month.previous())
            m_period->addItem(locale.toString(month.firstDay(), QStringLiteral("MMMM yyyy")),
                              month.toString());
    } else {
        YearQuarter quarter = YearQuarter::of(YearMonth::of(today));
        for (int i = 0; i < QuartersOffered; ++i, quarter = quarter.previous())
            m_period->addItem(tr("Q%1 %2").arg(quarter.quarter).arg(quarter.year), quarter.toString());
    }
    // The last complete month or quarter unless one was chosen.
    const int index = m_period->findData(chosen);
    m_period->setCurrentIndex(index >= 0 ? index : 1);
}

void CustomerDocumentDialog::accountChanged()
{
    // The customer's language, which the user may still change.
    const int language = m_language->findData(m_account->currentData().toString());
    m_language->setCurrentIndex(std::max(0, language));
    loadNotes();
}

void CustomerDocumentDialog::loadNotes()
{
    if (m_kind != Kind::Review)
        return;
    m_savedNotes = {};
    m_notes->clear();
    const auto account = AccountStore(m_context.database()).findByName(m_account->currentText());
    const auto quarter = YearQuarter::parse(m_period->currentData().toString());
    if (!account || !quarter) {
        if (!account && m_account->count() > 0)
            showMessage(account.message(), true);
        return;
    }
    const auto saved = ReviewNotesStore(m_context.database()).find(account->id, *quarter);
    if (!saved) {
        showMessage(saved.message(), true);
        return;
    }
    m_savedNotes = *saved;
    m_notes->setPlainText(saved->text);
    showMessage({}, false);
}

bool CustomerDocumentDialog::saveNotes()
{
    const auto account = AccountStore(m_context.database()).findByName(m_account->currentText());
    const auto quarter = YearQuarter::parse(m_period->currentData().toString());
    if (!account || !quarter) {
        showMessage(account ? tr("Choose a quarter.") : account.message(), true);
        return false;
    }
    ReviewNotesStore store(m_context.database());
    const QString text = m_notes->toPlainText();
    const Status saved = store.save(account->id, *quarter, text, m_savedNotes.version);
    if (!saved) {
        if (saved.error().kind == Error::Kind::Conflict) {
            // The typed text stays; the version read becomes the one now
            // stored, so that saving again replaces it on purpose.
            if (const auto stored = store.find(account->id, *quarter))
                m_savedNotes.version = stored->version;
            showMessage(
                tr("%1\nYour text is still here: save again to replace what is stored.").arg(saved.message()),
                true);
        } else {
            showMessage(saved.message(), true);
        }
        return false;
    }
    if (const auto stored = store.find(account->id, *quarter))
        m_savedNotes = *stored;
    showMessage(tr("Notes saved."), false);
    return true;
}

std::optional<CustomerDocument> CustomerDocumentDialog::document(DocumentMedium medium)
{
    auto language = DocumentLanguage::load(m_language->currentData().toString());
    if (!language) {
        showMessage(language.message(), true);
        return std::nullopt;
    }
    m_documentLanguage = std::move(*language);
    VendorSettings settings(m_context.database());
    const auto name = settings.name();
    const auto logo = name ? settings.logo() : Expected<QByteArray>(name.error());
    const auto vendor = logo ? documentVendor(*name, *logo) : Expected<DocumentVendor>(logo.error());
    if (!vendor) {
        showMessage(vendor.message(), true);
        return std::nullopt;
    }
    m_vendor = *vendor;
    const QString account = m_account->currentText();
    const QString period = m_period->currentData().toString();
    if (m_kind == Kind::Statement) {
        const auto statement = StatementService(m_context.database())
                                   .compute(account, *YearMonth::parse(period), m_context.nowUtc(),
                                            medium == DocumentMedium::Paged);
        if (!statement) {
            showMessage(statement.message(), true);
            return std::nullopt;
        }
        showMessage({}, false);
        return statementDocument(*statement, *m_documentLanguage, m_vendor, medium);
    }
    auto review = QuarterlyReviewService(m_context.database())
                      .compute(account, *YearQuarter::parse(period), m_context.nowUtc());
    if (!review) {
        showMessage(review.message(), true);
        return std::nullopt;
    }
    // The notes as typed: what the manager sees is what they send.
    review->notes = m_notes->toPlainText();
    showMessage({}, false);
    return reviewDocument(*review, *m_documentLanguage, m_vendor, medium);
}

QPrintPreviewDialog *CustomerDocumentDialog::openPreview()
{
    const auto made = document(DocumentMedium::Paged);
    if (!made)
        return nullptr;
    auto *preview = new QPrintPreviewDialog(this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    setDocumentPage(*preview->printer(), made->title);
    const DocumentFrame frame = documentFrame(*made, m_vendor.name, m_context.nowUtc());
    // The preview paints again when its page setup changes: it keeps its
    // own copy of the document and its language.
    connect(preview, &QPrintPreviewDialog::paintRequested, preview,
            [frame, html = made->html, images = made->images, language = *made->language](QPrinter *printer) {
                DocumentPdf::paint(*printer, html, frame, language, images);
            });
    preview->setWindowModality(Qt::WindowModal);
    preview->show();
    return preview;
}

bool CustomerDocumentDialog::printTo(QPrinter &printer)
{
    const auto made = document(DocumentMedium::Paged);
    if (!made)
        return false;
    printer.setDocName(made->title);
    if (!DocumentPdf::paint(printer, made->html, documentFrame(*made, m_vendor.name, m_context.nowUtc()),
                            *made->language, made->images)) {
        showMessage(tr("The printer refused the document."), true);
        return false;
    }
    return true;
}

bool CustomerDocumentDialog::savePdf(const QString &path)
{
    const auto made = document(DocumentMedium::Paged);
    if (!made)
        return false;
    const Status written = writePdfDocument(path, *made, m_vendor, m_context.nowUtc());
    showMessage(written ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : written.message(), !written);
    return bool(written);
}

bool CustomerDocumentDialog::saveHtml(const QString &path)
{
    const auto made = document(DocumentMedium::Email);
    if (!made)
        return false;
    const Status written = writeHtmlDocument(path, *made);
    showMessage(written ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : written.message(), !written);
    return bool(written);
}

void CustomerDocumentDialog::askPrint()
{
    QPrinter printer(QPrinter::HighResolution);
    setDocumentPage(printer, windowTitle());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printTo(printer);
}

QString CustomerDocumentDialog::suggestedFileName(const QString &suffix) const
{
    QString name = m_account->currentText();
    for (QChar &c : name) {
        if (c < QChar(0x20) || QStringLiteral("/\\:*?\"<>|").contains(c))
            c = u'_';
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("%1 %2.%3").arg(name, m_period->currentData().toString(), suffix));
}

void CustomerDocumentDialog::askSavePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), suggestedFileName(QStringLiteral("pdf")), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void CustomerDocumentDialog::askSaveHtml()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as HTML"), suggestedFileName(QStringLiteral("html")), tr("Web pages (*.html)"));
    if (!path.isEmpty())
        saveHtml(path);
}

void CustomerDocumentDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_message->setVisible(!text.isEmpty());
}

void CustomerDocumentDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CustomerDocumentDialog::retranslate()
{
    setWindowTitle(m_kind == Kind::Statement ? tr("Monthly statement") : tr("Quarterly review"));
    m_accountLabel->setText(tr("&Account:"));
    m_periodLabel->setText(m_kind == Kind::Statement ? tr("&Month:") : tr("&Quarter:"));
    m_languageLabel->setText(tr("&Language of the document:"));
    m_language->setItemText(0, tr("English"));
    m_language->setItemText(1, tr("French"));
    m_notesBox->setTitle(tr("Notes and actions (the review's last page)"));
    m_notes->setPlaceholderText(tr("What the technical account manager tells the customer this quarter"));
    m_saveNotes->setText(tr("Save &notes"));
    m_sender->setText(tr("S&ender's name and logo…"));
    m_preview->setText(tr("Pre&view…"));
    m_print->setText(tr("&Print…"));
    m_savePdf->setText(tr("Save as P&DF…"));
    m_saveHtml->setText(tr("Save as &HTML…"));
    fillPeriods();
}
