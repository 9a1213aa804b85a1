#pragma once

#include <QString>
#include <QStringList>

// The PDF tools of poppler-utils (installed by ./dev.sh test), for the tests
// that read a customer's document back.
namespace PdfText {

// A tool's standard output; "TOOL failed: ..." when it cannot run.
QString poppler(const QString &tool, const QStringList &arguments);

// The text of the pages as laid out (pdftotext -layout), without the
// footer's moment of making (the one line that changes from run to run) and
// trailing spaces.
QString pageText(const QString &pdf);

// Whether pdffonts lists fonts and every one is embedded; the offending
// line otherwise.
QString fontNotEmbedded(const QString &pdf);

} // namespace PdfText
