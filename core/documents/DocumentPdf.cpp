#include "DocumentPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

namespace {

constexpr int Resolution = 300; // dots per inch: charts drawn at print resolution
const char FontFamily[] = "DejaVu Sans";

// Heights of the header and footer bands, in device pixels.
constexpr qreal BandHeight = Resolution * 0.4;
// Two points: less than any line of text, more than the rounding of the
// page breaks' positions.
constexpr qreal EdgeGuard = Resolution * 2.0 / 72.0;

void drawFrame(QPainter &painter, const QRectF &page, const DocumentFrame &frame,
               const DocumentLanguage &language, int pageNumber, int pageCount)
{
    painter.save();
    QFont font(QString::fromLatin1(FontFamily));
    font.setPointSizeF(8);
    painter.setFont(font);
    painter.setPen(QColor(0x55, 0x5f, 0x6b));
    const QRectF header(page.left(), page.top(), page.width(), BandHeight * 0.6);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, frame.vendorName);
    painter.drawText(header, Qt::AlignRight | Qt::AlignTop, frame.customerName);
    painter.drawLine(QPointF(page.left(), header.bottom()), QPointF(page.right(), header.bottom()));

    const QRectF footer(page.left(), page.bottom() - BandHeight * 0.6, page.width(), BandHeight * 0.6);
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

} // namespace

Status DocumentPdf::write(const QString &path, const QString &html, const DocumentFrame &frame,
                          const DocumentLanguage &language, const QHash<QString, QImage> &images)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(Error::Kind::InvalidInput, tr("a PDF needs the program's graphical part"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Error::Kind::Storage,
                               tr("cannot write '%1': %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(frame.title);
        writer.setCreator(QStringLiteral("SupportDesk"));
        writer.setResolution(Resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter));
        const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(Resolution).size());

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont font(QString::fromLatin1(FontFamily));
        font.setPointSizeF(10);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        for (auto image = images.cbegin(); image != images.cend(); ++image)
            document.addResource(QTextDocument::ImageResource, QUrl(image.key()), image.value());
        document.setHtml(html);
        const qreal bodyHeight = page.height() - 2 * BandHeight;
        document.setPageSize(QSizeF(page.width(), bodyHeight));
        const int pageCount = document.pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            return Status::failure(Error::Kind::Storage, tr("cannot write '%1'").arg(path));
        for (int index = 0; index < pageCount; ++index) {
            if (index > 0)
                writer.newPage();
            drawFrame(painter, page, frame, language, index + 1, pageCount);
            painter.save();
            painter.translate(0, BandHeight - index * bodyHeight);
            const QRectF body(0, index * bodyHeight, page.width(), bodyHeight);
            painter.setClipRect(body);
            // The layout skips a block whose lines miss this rectangle: a
            // little inside the page, so that the first line of the next page
            // (or the last of the one before) is not written here too, clipped
            // out of sight but still in the file's text.
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = body.adjusted(0, EdgeGuard, 0, -EdgeGuard);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
        }
        if (!painter.end())
            return Status::failure(Error::Kind::Storage, tr("cannot write '%1'").arg(path));
    }
    if (!file.commit())
        return Status::failure(Error::Kind::Storage,
                               tr("cannot write '%1': %2").arg(path, file.errorString()));
    return success();
}
