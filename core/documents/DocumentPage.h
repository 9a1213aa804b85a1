#pragma once

#include "DocumentLanguage.h"

#include <QList>
#include <QString>
#include <QStringList>

// The HTML of a customer's document, written piece by piece: headings,
// paragraphs and tables escaped once here, texts looked up in one
// translation context of the document's language.
class DocumentPage
{
public:
    DocumentPage(const DocumentLanguage &language, const char *context)
        : m_language(language), m_context(context)
    {
    }

    QString t(const char *source) const { return m_language.text(m_context, source); }
    // HTML-escaped, and the words joined by no-break spaces ("4 500,00 $",
    // "24 h") kept on one line: Qt's layout breaks a line at U+202F.
    static QString escaped(const QString &text);

    // The document's head, its style for screen and print, and <body>.
    void begin(const QString &title);
    void end();
    // The sender's logo above the title, half an inch high.
    void logo(const QString &source);
    void add(const QString &html) { m_html += html; }
    void heading(int level, const QString &text);
    void paragraph(const QString &text, const QString &cssClass = {});
    // A table with a header row; the numbers' columns (from `firstNumber`
    // on) are aligned right. `widths` (percent of the page, one per column)
    // keep narrow columns of numbers from squeezing their headers.
    void table(const QStringList &header, const QList<QStringList> &rows, int firstNumber,
               const QList<int> &widths = {});
    // Label and value pairs without borders: who sends, who receives.
    void pairs(const QList<QStringList> &rows);
    QString html() const { return m_html; }

private:
    const DocumentLanguage &m_language;
    const char *m_context;
    QString m_html;
};
