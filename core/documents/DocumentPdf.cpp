#include "DocumentPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimeZone>
#include <QUrl>

namespace {

constexpr int Resolution = 300; // dots per inch of the PDF: charts drawn at print resolution
const char FontFamily[] = "DejaVu Sans";

// The height of the header and footer bands: 0.4 inch.
qreal bandHeight(int dotsPerInch)
{
    return dotsPerInch * 0.4;
}

void drawFrame(QPainter &painter, const QRectF &page, const DocumentFrame &frame,
               const DocumentLanguage &language, int pageNumber, int pageCount, qreal band)
{
    painter.save();
    QFont font(QString::fromLatin1(FontFamily));
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x5f, 0x6b));
    const QRectF header(page.left(), page.top(), page.width(), band * 0.6);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, frame.vendorName);
    painter.drawText(header, Qt::AlignRight | Qt::AlignTop, frame.customerName);
    painter.drawLine(QPointF(page.left(), header.bottom()), QPointF(page.right(), header.bottom()));

    const QRectF footer(page.left(), page.bottom() - band * 0.6, page.width(), band * 0.6);
    painter.drawLine(QPointF(page.left(), footer.top()), QPointF(page.right(), footer.top()));
    const QString made =
        language.text("DocumentPdf", QT_TRANSLATE_NOOP("DocumentPdf", "Made on %1 UTC"))
            .arg(language.locale().toString(QDateTime::fromSecsSinceEpoch(frame.madeAtUtc, QTimeZone::utc()),
                                            QStringLiteral("yyyy-MM-dd HH:mm")));
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, made);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                     language.text("DocumentPdf", QT_TRANSLATE_NOOP("DocumentPdf", "Page %1 of %2"))
                         .arg(pageNumber)
                         .arg(pageCount));
    painter.restore();
}

// QTextDocument has no "keep with next": a heading that ends a page while
// what it introduces starts the next one is moved to that page, one at a
// time from the top (each move shifts what follows), until none is left.
void keepHeadingsWithWhatFollows(QTextDocument &document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    // The page of a block's first line: a line that did not fit is pushed
    // down to the next page inside its block, whose top stays behind.
    const auto pageOf = [&](const QTextBlock &block) {
        const QTextLayout *lines = block.layout();
        const qreal lineTop = lines && lines->lineCount() > 0 ? lines->lineAt(0).y() : 0;
        return int((layout->blockBoundingRect(block).top() + lineTop) / pageHeight);
    };
    bool moved = true;
    for (int round = 0; moved && round < 100; ++round) {
        moved = false;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QTextBlock next = block.next();
            if (block.blockFormat().headingLevel() == 0 || !next.isValid() ||
                block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            if (pageOf(next) > pageOf(block)) {
                QTextBlockFormat format = block.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(block).setBlockFormat(format);
                moved = true;
                break;
            }
        }
    }
}

} // namespace

Status DocumentPdf::write(const QString &path, const QString &html, const DocumentFrame &frame,
                          const DocumentLanguage &language, const QHash<QString, QImage> &images,
                          const std::optional<PdfAttachment> &attachment)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(Error::Kind::InvalidInput, tr("a PDF needs the program's graphical part"));
    // Made in memory first: an attachment is added after Qt has finished.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(frame.title);
        writer.setCreator(QStringLiteral("SupportDesk"));
        writer.setResolution(Resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter));
        if (!paint(writer, html, frame, language, images))
            return Status::failure(Error::Kind::Storage, tr("cannot write '%1'").arg(path));
    }
    if (attachment) {
        auto attached = attachToPdf(pdf, *attachment);
        if (!attached)
            return attached.error();
        pdf = std::move(*attached);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Status::failure(Error::Kind::Storage,
                               tr("cannot write '%1': %2").arg(path, file.errorString()));
    return success();
}

bool DocumentPdf::paint(QPagedPaintDevice &device, const QString &html, const DocumentFrame &frame,
                        const DocumentLanguage &language, const QHash<QString, QImage> &images)
{
    const int dotsPerInch = device.logicalDpiY();
    const qreal band = bandHeight(dotsPerInch);
    // Two points: less than any line of text, more than the rounding of the
    // page breaks' positions.
    const qreal edgeGuard = dotsPerInch * 2.0 / 72.0;
    const QRectF page(QPointF(0, 0), device.pageLayout().paintRectPixels(dotsPerInch).size());

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    QFont font(QString::fromLatin1(FontFamily));
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    for (auto image = images.cbegin(); image != images.cend(); ++image)
        document.addResource(QTextDocument::ImageResource, QUrl(image.key()), image.value());
    document.setHtml(html);
    const qreal bodyHeight = page.height() - 2 * band;
    document.setPageSize(QSizeF(page.width(), bodyHeight));
    keepHeadingsWithWhatFollows(document, bodyHeight);
    const int pageCount = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return false;
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0)
            device.newPage();
        drawFrame(painter, page, frame, language, index + 1, pageCount, band);
        painter.save();
        painter.translate(0, band - index * bodyHeight);
        const QRectF body(0, index * bodyHeight, page.width(), bodyHeight);
        painter.setClipRect(body);
        // The layout skips a block whose lines miss this rectangle: a
        // little inside the page, so that the first line of the next page
        // (or the last of the one before) is not written here too, clipped
        // out of sight but still in the file's text.
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = body.adjusted(0, edgeGuard, 0, -edgeGuard);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return painter.end();
}
