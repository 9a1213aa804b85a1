#include "PdfAttachment.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

Expected<QByteArray> malformed(const char *what)
{
    return Expected<QByteArray>::failure(
        Error::Kind::InvalidInput,
        QStringLiteral("cannot attach to this PDF: %1").arg(QString::fromLatin1(what)));
}

// The body of object `number` as last written: from "N 0 obj" to "endobj".
QByteArray objectBody(const QByteArray &pdf, int number)
{
    const QByteArray start = "\n" + QByteArray::number(number) + " 0 obj\n";
    const qsizetype from = pdf.lastIndexOf(start);
    if (from < 0)
        return {};
    const qsizetype bodyStart = from + start.size();
    const qsizetype end = pdf.indexOf("endobj", bodyStart);
    return end < 0 ? QByteArray() : pdf.mid(bodyStart, end - bodyStart);
}

// A PDF literal string: ASCII with the three special characters escaped.
QByteArray literal(const QString &text)
{
    QByteArray out = "(";
    for (const char c : text.toLatin1()) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + ")";
}

QByteArray pdfDate(qint64 utc)
{
    return "(D:" +
           QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc())
               .toString(QStringLiteral("yyyyMMddHHmmss"))
               .toLatin1() +
           "Z)";
}

} // namespace

Expected<QByteArray> attachToPdf(const QByteArray &pdf, const PdfAttachment &attachment)
{
    // The last trailer: its size (the next free object number), root, info
    // and identifier, and where its cross-reference table starts.
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (trailerAt < 0)
        return malformed("no trailer");
    const QByteArray trailer = pdf.mid(trailerAt);
    static const QRegularExpression sizeField(QStringLiteral("/Size (\\d+)"));
    static const QRegularExpression rootField(QStringLiteral("/Root (\\d+) 0 R"));
    static const QRegularExpression infoField(QStringLiteral("/Info (\\d+) 0 R"));
    static const QRegularExpression idField(QStringLiteral("/ID \\[[^\\]]*\\]"));
    static const QRegularExpression startField(QStringLiteral("startxref\\s+(\\d+)"));
    const QString trailerText = QString::fromLatin1(trailer);
    const auto size = sizeField.match(trailerText);
    const auto root = rootField.match(trailerText);
    const auto info = infoField.match(trailerText);
    const auto id = idField.match(trailerText);
    const auto previous = startField.match(trailerText);
    if (!size.hasMatch() || !root.hasMatch() || !previous.hasMatch())
        return malformed("the trailer lacks its size, root or cross-reference");
    const int rootNumber = root.captured(1).toInt();
    const int firstFree = size.captured(1).toInt();

    QByteArray catalog = objectBody(pdf, rootNumber).trimmed();
    if (!catalog.startsWith("<<") || !catalog.endsWith(">>") || catalog.contains("/Names") ||
        catalog.contains("/AF "))
        return malformed("its catalog is not as Qt writes it");
    static const QRegularExpression metadataField(QStringLiteral("/Metadata (\\d+) 0 R"));
    const auto metadata = metadataField.match(QString::fromLatin1(catalog));
    if (!metadata.hasMatch())
        return malformed("no metadata");
    const QByteArray metadataBody = objectBody(pdf, metadata.captured(1).toInt());
    const qsizetype xmlStart = metadataBody.indexOf("stream\n");
    const qsizetype xmlEnd = metadataBody.lastIndexOf("endstream");
    if (xmlStart < 0 || xmlEnd < 0)
        return malformed("its metadata is not a stream");
    QByteArray xmp = metadataBody.mid(xmlStart + 7, xmlEnd - xmlStart - 7);
    if (!xmp.contains("pdfaid:part=\"1\""))
        return malformed("it does not declare PDF/A-1");
    xmp.replace("pdfaid:part=\"1\"", "pdfaid:part=\"3\"");

    const int fileNumber = firstFree;
    const int specNumber = firstFree + 1;
    const int metadataNumber = firstFree + 2;
    const QByteArray fileRef = QByteArray::number(specNumber) + " 0 R";

    QByteArray update = pdf.endsWith('\n') ? QByteArray() : QByteArray("\n");
    QList<QPair<int, qsizetype>> offsets;
    const auto object = [&](int number, const QByteArray &body) {
        offsets.append({number, pdf.size() + update.size()});
        update += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    };
    object(fileNumber,
           "<<\n/Type /EmbeddedFile\n/Subtype /" + QByteArray(attachment.mimeType).replace("/", "#2F") +
               "\n/Length " + QByteArray::number(attachment.data.size()) + "\n/Params << /Size " +
               QByteArray::number(attachment.data.size()) + " /ModDate " + pdfDate(attachment.modifiedUtc) +
               " >>\n>>\nstream\n" + attachment.data + "\nendstream");
    object(specNumber, "<<\n/Type /Filespec\n/F " + literal(attachment.fileName) + "\n/UF " +
                           literal(attachment.fileName) + "\n/Desc " + literal(attachment.description) +
                           "\n/AFRelationship /Data\n/EF << /F " + QByteArray::number(fileNumber) +
                           " 0 R /UF " + QByteArray::number(fileNumber) + " 0 R >>\n>>");
    object(metadataNumber, "<<\n/Type /Metadata\n/Subtype /XML\n/Length " + QByteArray::number(xmp.size()) +
                               "\n>>\nstream\n" + xmp + "\nendstream");
    catalog.chop(2);
    catalog.replace(metadata.captured(0).toLatin1(),
                    "/Metadata " + QByteArray::number(metadataNumber) + " 0 R");
    object(rootNumber, catalog + "/Names << /EmbeddedFiles << /Names [" + literal(attachment.fileName) + " " +
                           fileRef + "] >> >>\n/AF [" + fileRef + "]\n>>");

    // The cross-reference of the update: the new catalog and the three new
    // objects, each entry exactly 20 bytes.
    const qsizetype xrefAt = pdf.size() + update.size();
    update += "xref\n0 1\n0000000000 65535 f \n";
    const auto entry = [](qsizetype offset) {
        return QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    };
    update += QByteArray::number(rootNumber) + " 1\n" + entry(offsets[3].second);
    update += QByteArray::number(fileNumber) + " 3\n" + entry(offsets[0].second) + entry(offsets[1].second) +
              entry(offsets[2].second);
    update += "trailer\n<<\n/Size " + QByteArray::number(firstFree + 3) + "\n/Root " +
              QByteArray::number(rootNumber) + " 0 R\n";
    if (info.hasMatch())
        update += "/Info " + info.captured(1).toLatin1() + " 0 R\n";
    if (id.hasMatch())
        update += id.captured(0).toLatin1() + "\n";
    update += "/Prev " + previous.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) +
              "\n%%EOF\n";
    return pdf + update;
}
