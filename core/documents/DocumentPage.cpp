#include "DocumentPage.h"

#include <QRegularExpression>

namespace {

QString cell(const QString &tag, const QString &text, bool number)
{
    return QStringLiteral("<%1%2>%3</%1>")
        .arg(tag, number ? QStringLiteral(" align=\"right\"") : QString(), DocumentPage::escaped(text));
}

} // namespace

QString DocumentPage::escaped(const QString &text)
{
    static const QRegularExpression joined(
        QStringLiteral("[^\\s\u00A0\u202F]+(?:[\u00A0\u202F]+[^\\s\u00A0\u202F]+)+"));
    const QString html = text.toHtmlEscaped();
    if (!html.contains(QChar(0x202F)) && !html.contains(QChar(0x00A0)))
        return html;
    QString out;
    qsizetype from = 0;
    for (auto match = joined.globalMatch(html); match.hasNext();) {
        const auto words = match.next();
        out += html.mid(from, words.capturedStart() - from);
        out += QStringLiteral("<span style=\"white-space: nowrap\">") + words.captured() +
               QStringLiteral("</span>");
        from = words.capturedEnd();
    }
    return out + html.mid(from);
}

void DocumentPage::begin(const QString &title)
{
    m_html +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                       "<title>%2</title>\n<style>\n"
                       "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #1a1a1a; }\n"
                       "h1 { font-size: 18pt; } h2 { font-size: 13pt; } h3 { font-size: 11pt; }\n"
                       "table { font-size: 9pt; }\n"
                       "th { background-color: #e8edf3; font-size: 8pt; }\n"
                       ".notice { color: #8a4b00; }\n"
                       ".notes { white-space: pre-wrap; }\n"
                       "</style></head><body>\n")
            // Text only inside <title>: no span keeping words together.
            .arg(m_language.code(), title.toHtmlEscaped());
}

void DocumentPage::logo(const QString &source)
{
    m_html += QStringLiteral("<p><img src=\"%1\" height=\"48\"></p>\n").arg(escaped(source));
}

void DocumentPage::end()
{
    m_html += QStringLiteral("</body></html>\n");
}

void DocumentPage::heading(int level, const QString &text)
{
    m_html += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(escaped(text));
}

void DocumentPage::paragraph(const QString &text, const QString &cssClass)
{
    m_html +=
        (cssClass.isEmpty() ? QStringLiteral("<p>") : QStringLiteral("<p class=\"%1\">").arg(cssClass)) +
        escaped(text) + QStringLiteral("</p>\n");
}

void DocumentPage::table(const QStringList &header, const QList<QStringList> &rows, int firstNumber,
                         const QList<int> &widths)
{
    m_html += QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr>");
    for (qsizetype c = 0; c < header.size(); ++c) {
        QString th = cell(QStringLiteral("th"), header[c], c >= firstNumber);
        if (c < widths.size())
            th.insert(3, QStringLiteral(" width=\"%1%\"").arg(widths[c]));
        m_html += th;
    }
    m_html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList &row : rows) {
        m_html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < row.size(); ++c)
            m_html += cell(QStringLiteral("td"), row[c], c >= firstNumber);
        m_html += QStringLiteral("</tr>\n");
    }
    m_html += QStringLiteral("</tbody></table>\n");
}

void DocumentPage::pairs(const QList<QStringList> &rows)
{
    m_html += QStringLiteral("<table class=\"parties\" cellspacing=\"0\" cellpadding=\"2\">\n");
    for (const QStringList &row : rows)
        m_html +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>\n").arg(escaped(row[0]), escaped(row[1]));
    m_html += QStringLiteral("</table>\n");
}
