#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QString>

// A file carried inside a PDF: the ticket list behind a statement's numbers,
// evidence for a claim.
struct PdfAttachment
{
    QString fileName;    // ASCII, as the reader lists it: "tickets 2026-10.csv"
    QString description; // shown by the reader beside it
    QByteArray mimeType; // "text/csv"
    QByteArray data;
    qint64 modifiedUtc = 0;
};

// `pdf` as QPdfWriter wrote it in PDF/A-1b mode, with `attachment` added by
// an incremental update (the bytes written before are kept as they are): an
// embedded file named in the catalog's EmbeddedFiles and associated with the
// document (/AF, relationship Data), and the XMP metadata declaring PDF/A-3b,
// the part that allows embedded files (Qt 6.4 can neither attach nor write
// part 3). An error when the file is not laid out as expected.
Expected<QByteArray> attachToPdf(const QByteArray &pdf, const PdfAttachment &attachment);
