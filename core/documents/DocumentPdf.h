#pragma once

#include "DocumentLanguage.h"
#include "Expected.h"
#include "PdfAttachment.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QPagedPaintDevice>
#include <QString>
#include <optional>

// What frames each page of a document: the header names the sender and the
// customer, the footer counts the pages and says when the document was made.
struct DocumentFrame
{
    QString title; // the PDF's title too
    QString vendorName;
    QString customerName;
    qint64 madeAtUtc = 0;
};

// Lays out an HTML document (QTextDocument's subset) on A4 pages as a PDF/A-1b
// file, page by page with the frame drawn around each. The file appears
// whole or not at all: it is written beside `path` and renamed at the end.
// Needs a QGuiApplication (the fonts).
class DocumentPdf
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPdf)

public:
    // `images` are the pictures the HTML names, by their src.
    // With an attachment, the file is PDF/A-3b (attachToPdf()).
    static Status write(const QString &path, const QString &html, const DocumentFrame &frame,
                        const DocumentLanguage &language, const QHash<QString, QImage> &images = {},
                        const std::optional<PdfAttachment> &attachment = std::nullopt);
    // Lays the pages out on any paged device: the PDF writer above, a
    // printer, the print preview's. Its page layout (paper, margins) is the
    // device's. False when the painter could not work on it.
    static bool paint(QPagedPaintDevice &device, const QString &html, const DocumentFrame &frame,
                      const DocumentLanguage &language, const QHash<QString, QImage> &images = {});
};
