#include "CustomerDocument.h"

#include "ReviewHtml.h"
#include "StatementChart.h"
#include "TicketEvidenceCsv.h"

#include <QBuffer>
#include <QSaveFile>

namespace {

QString pngDataUrl(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

// The period's tickets, when they were kept, as the PDF's attachment.
std::optional<PdfAttachment> evidenceOf(const QList<MonthlyStatement> &months, const QString &period,
                                        const DocumentLanguage &language, qint64 asOfUtc)
{
    for (const MonthlyStatement &month : months) {
        if (!month.evidenceKept)
            return std::nullopt;
    }
    return PdfAttachment{QStringLiteral("tickets %1.csv").arg(period),
                         language.text("StatementDocument",
                                       QT_TRANSLATE_NOOP("StatementDocument",
                                                         "Every ticket of the period with its first response "
                                                         "time against its target")),
                         "text/csv", ticketEvidenceCsv(months), asOfUtc};
}

// The vendor as the page names its logo: a resource on paper, inside the
// page in an e-mail.
DocumentVendor withLogo(DocumentVendor vendor, DocumentMedium medium, CustomerDocument &document)
{
    if (vendor.logo.isNull())
        return vendor;
    if (medium == DocumentMedium::Email) {
        vendor.logoSource = pngDataUrl(vendor.logo);
    } else {
        vendor.logoSource = QStringLiteral("supportdesk:logo");
        document.images.insert(vendor.logoSource, vendor.logo);
    }
    return vendor;
}

} // namespace

Expected<DocumentVendor> documentVendor(const QString &name, const QByteArray &logo)
{
    DocumentVendor vendor{name};
    if (!logo.isEmpty() && !vendor.logo.loadFromData(logo))
        return Expected<DocumentVendor>::failure(
            Error::Kind::InvalidInput, DocumentPdf::tr("the vendor's logo cannot be read as an image"));
    return vendor;
}

CustomerDocument statementDocument(const MonthlyStatement &statement, const DocumentLanguage &language,
                                   const DocumentVendor &vendor, DocumentMedium medium)
{
    CustomerDocument document;
    document.title = statementTitle(statement, language);
    document.customerName = statement.account.name;
    document.language = &language;
    const QImage chart = statementChart(statement, language, statementChartPixels());
    const DocumentVendor sender = withLogo(vendor, medium, document);
    if (medium == DocumentMedium::Email) {
        document.html = statementHtml(statement, language, sender, pngDataUrl(chart));
    } else {
        const QString source = QStringLiteral("supportdesk:chart");
        document.html = statementHtml(statement, language, sender, source);
        document.images.insert(source, chart);
        document.attachment =
            evidenceOf({statement}, statement.month.toString(), language, statement.asOfUtc);
    }
    return document;
}

CustomerDocument reviewDocument(const QuarterlyReview &review, const DocumentLanguage &language,
                                const DocumentVendor &vendor, DocumentMedium medium)
{
    CustomerDocument document;
    document.title = reviewTitle(review, language);
    document.customerName = review.account.name;
    document.language = &language;
    document.html = reviewHtml(review, language, withLogo(vendor, medium, document));
    if (medium == DocumentMedium::Paged)
        document.attachment = evidenceOf(review.months, review.quarter.toString(), language, review.asOfUtc);
    return document;
}

DocumentFrame documentFrame(const CustomerDocument &document, const QString &vendorName, qint64 madeAtUtc)
{
    return DocumentFrame{document.title, vendorName, document.customerName, madeAtUtc};
}

Status writePdfDocument(const QString &path, const CustomerDocument &document, const DocumentVendor &vendor,
                        qint64 madeAtUtc)
{
    return DocumentPdf::write(path, document.html, documentFrame(document, vendor.name, madeAtUtc),
                              *document.language, document.images, document.attachment);
}

Status writeHtmlDocument(const QString &path, const CustomerDocument &document)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document.html.toUtf8()) < 0 || !file.commit())
        return Status::failure(Error::Kind::Storage,
                               DocumentPdf::tr("cannot write '%1': %2").arg(path, file.errorString()));
    return success();
}
