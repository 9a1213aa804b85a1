#include "PdfText.h"

#include <QProcess>
#include <QRegularExpression>

namespace PdfText {

QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("%1 failed: %2").arg(tool, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pageText(const QString &pdf)
{
    QStringList lines =
        poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .split(u'\n');
    static const QRegularExpression made(
        QStringLiteral("^(Made on|Établi le) \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC"));
    for (QString &line : lines) {
        line.replace(made, QStringLiteral("[made]"));
        while (line.endsWith(u' '))
            line.chop(1);
    }
    return lines.join(u'\n');
}

QString fontNotEmbedded(const QString &pdf)
{
    const QStringList fonts =
        poppler(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    if (fonts.isEmpty())
        return QStringLiteral("no font listed");
    static const QRegularExpression columns(
        QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"));
    for (const QString &font : fonts) {
        const auto match = columns.match(font);
        if (!match.hasMatch() || match.captured(1) != u"yes")
            return font;
    }
    return {};
}

} // namespace PdfText
