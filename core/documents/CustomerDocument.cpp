#include "CustomerDocument.h"

#include "ReviewHtml.h"
#include "StatementChart.h"

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

} // namespace

CustomerDocument statementDocument(const MonthlyStatement &statement, const DocumentLanguage &language,
                                   const DocumentVendor &vendor, DocumentMedium medium)
{
    CustomerDocument document;
    document.title = statementTitle(statement, language);
    document.customerName = statement.account.name;
    document.language = &language;
    const QImage chart = statementChart(statement, language, statementChartPixels());
    if (medium == DocumentMedium::Email) {
        document.html = statementHtml(statement, language, vendor, pngDataUrl(chart));
    } else {
        const QString source = QStringLiteral("supportdesk:chart");
        document.html = statementHtml(statement, language, vendor, source);
        document.images.insert(source, chart);
    }
    return document;
}

CustomerDocument reviewDocument(const QuarterlyReview &review, const DocumentLanguage &language,
                                const DocumentVendor &vendor)
{
    CustomerDocument document;
    document.title = reviewTitle(review, language);
    document.customerName = review.account.name;
    document.language = &language;
    document.html = reviewHtml(review, language, vendor);
    return document;
}

DocumentFrame documentFrame(const CustomerDocument &document, const QString &vendorName, qint64 madeAtUtc)
{
    return DocumentFrame{document.title, vendorName, document.customerName, madeAtUtc};
}

Status writeHtmlDocument(const QString &path, const CustomerDocument &document)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document.html.toUtf8()) < 0 || !file.commit())
        return Status::failure(Error::Kind::Storage,
                               DocumentPdf::tr("cannot write '%1': %2").arg(path, file.errorString()));
    return success();
}
