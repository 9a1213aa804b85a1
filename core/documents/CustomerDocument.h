#pragma once

#include "DocumentLanguage.h"
#include "DocumentPdf.h"
#include "Expected.h"
#include "QuarterlyReview.h"
#include "StatementHtml.h"

#include <QHash>
#include <QImage>
#include <QString>
#include <optional>

// Where a document is read: on paper or in a PDF (its pictures are
// resources the page names), or in an e-mail (inside the page as data:
// URLs, as a mail has no other file).
enum class DocumentMedium { Paged, Email };

// A customer's document ready to be written, printed or previewed: the same
// pages for the command line and the desktop.
struct CustomerDocument
{
    QString title;
    QString customerName;
    QString html;
    QHash<QString, QImage> images; // by the name the HTML gives them (Paged only)
    // The period's tickets as CSV, when the statements kept them (Paged only).
    std::optional<PdfAttachment> attachment;
    const DocumentLanguage *language = nullptr;
};

// The sender as the store keeps it (VendorSettings): its name and the bytes
// of its logo (none: empty). An error when the logo cannot be decoded.
Expected<DocumentVendor> documentVendor(const QString &name, const QByteArray &logo);

CustomerDocument statementDocument(const MonthlyStatement &statement, const DocumentLanguage &language,
                                   const DocumentVendor &vendor, DocumentMedium medium);
CustomerDocument reviewDocument(const QuarterlyReview &review, const DocumentLanguage &language,
                                const DocumentVendor &vendor, DocumentMedium medium = DocumentMedium::Paged);

// Writes the PDF, its attachment inside.
Status writePdfDocument(const QString &path, const CustomerDocument &document, const DocumentVendor &vendor,
                        qint64 madeAtUtc);

// The frame of its pages: the vendor's and customer's names, made now.
DocumentFrame documentFrame(const CustomerDocument &document, const QString &vendorName, qint64 madeAtUtc);

// Written whole or not at all: the HTML as UTF-8.
Status writeHtmlDocument(const QString &path, const CustomerDocument &document);
