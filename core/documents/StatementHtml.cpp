#include "StatementHtml.h"

#include "Money.h"
#include "StatementChart.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace {

const char Context[] = "StatementDocument";
const char Title[] = QT_TRANSLATE_NOOP("StatementDocument", "Monthly SLA statement");

class Page
{
public:
    explicit Page(const DocumentLanguage &language) : m_language(language) {}

    QString t(const char *source) const { return m_language.text(Context, source); }
    static QString escaped(const QString &text) { return text.toHtmlEscaped(); }

    void add(const QString &html) { m_html += html; }
    void heading(int level, const QString &text)
    {
        m_html += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(escaped(text));
    }
    void paragraph(const QString &text, const QString &cssClass = {})
    {
        m_html +=
            (cssClass.isEmpty() ? QStringLiteral("<p>") : QStringLiteral("<p class=\"%1\">").arg(cssClass)) +
            escaped(text) + QStringLiteral("</p>\n");
    }
    // A table with a header row; the numbers' columns (from `firstNumber`
    // on) are aligned right.
    // `widths` (percent of the page, one per column) keep narrow columns of
    // numbers from squeezing their headers.
    void table(const QStringList &header, const QList<QStringList> &rows, int firstNumber,
               const QList<int> &widths = {})
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
    QString html() const { return m_html; }

private:
    static QString cell(const QString &tag, const QString &text, bool number)
    {
        return QStringLiteral("<%1%2>%3</%1>")
            .arg(tag, number ? QStringLiteral(" align=\"right\"") : QString(), escaped(text));
    }

    const DocumentLanguage &m_language;
    QString m_html;
};

QString planName(const StatementSegment &segment, const DocumentLanguage &language)
{
    return language.code() == u"fr" ? segment.planNameFr : segment.planNameEn;
}

QString days(const StatementSegment &segment, const DocumentLanguage &language)
{
    return language.shortDate(segment.credit.segmentStart) + QStringLiteral(" – ") +
           language.shortDate(segment.credit.segmentEnd);
}

// How the fee was worked out (SPEC 2): a share of the spend, or the minimum.
QString feeRule(const StatementSegment &segment, const Page &page, const DocumentLanguage &language)
{
    const PlanTerms &terms = segment.terms;
    if (terms.isFree())
        return page.t(QT_TRANSLATE_NOOP("StatementDocument", "free plan"));
    const qint64 share =
        multiplyDivideRoundHalfUp(segment.credit.spendCents, terms.percentBasisPoints, 10000);
    const QString rule =
        page.t(QT_TRANSLATE_NOOP("StatementDocument", "%1 of spend, minimum %2"))
            .arg(language.percent(terms.percentBasisPoints), language.money(terms.minimumCents));
    const QString applied = share >= terms.minimumCents
                                ? page.t(QT_TRANSLATE_NOOP("StatementDocument", "share of spend applies"))
                                : page.t(QT_TRANSLATE_NOOP("StatementDocument", "minimum applies"));
    return rule + QStringLiteral("; ") + applied;
}

QString targetText(const ResponseTarget &target, const Page &page, const DocumentLanguage &language)
{
    switch (target.clock) {
    case TargetClock::None: return page.t(QT_TRANSLATE_NOOP("StatementDocument", "no guarantee"));
    case TargetClock::Business:
        return page.t(QT_TRANSLATE_NOOP("StatementDocument", "%1, business hours"))
            .arg(language.target(target.minutes));
    case TargetClock::Continuous:
        return page.t(QT_TRANSLATE_NOOP("StatementDocument", "%1, around the clock"))
            .arg(language.target(target.minutes));
    }
    Q_UNREACHABLE();
}

const char *exclusionReason(ProductCategory category)
{
    switch (category) {
    case ProductCategory::Carrier:
        return QT_TRANSLATE_NOOP("StatementDocument", "services provided by telecom carriers");
    case ProductCategory::SpecialistTeam:
        return QT_TRANSLATE_NOOP("StatementDocument", "requests handled outside support");
    case ProductCategory::Segment: return QT_TRANSLATE_NOOP("StatementDocument", "Segment-branded services");
    default: return QT_TRANSLATE_NOOP("StatementDocument", "not generally available");
    }
}

QString claimText(const StatementClaim &claim, const Page &page, const DocumentLanguage &language)
{
    const QString outcome = language.text("ClaimOutcome", claimOutcomeLabel(claim.outcome));
    if (claim.outcome == ClaimOutcome::Accepted)
        return page.t(QT_TRANSLATE_NOOP("StatementDocument", "Claim filed on %1: %2, %3 credited."))
            .arg(language.date(claim.filed), outcome, language.money(claim.amountCents));
    return page.t(QT_TRANSLATE_NOOP("StatementDocument", "Claim filed on %1: %2."))
        .arg(language.date(claim.filed), outcome);
}

void addParties(Page &page, const MonthlyStatement &statement, const DocumentLanguage &language,
                const DocumentVendor &vendor)
{
    const Account &account = statement.account;
    QList<QStringList> rows{{page.t(QT_TRANSLATE_NOOP("StatementDocument", "From")), vendor.name},
                            {page.t(QT_TRANSLATE_NOOP("StatementDocument", "Customer")), account.name}};
    const auto person = [](const QString &name, const QString &email) {
        return email.isEmpty() ? name : name.isEmpty() ? email : QStringLiteral("%1 <%2>").arg(name, email);
    };
    if (!account.tamName.isEmpty() || !account.tamEmail.isEmpty())
        rows.append({page.t(QT_TRANSLATE_NOOP("StatementDocument", "Technical account manager")),
                     person(account.tamName, account.tamEmail)});
    if (!account.contactName.isEmpty() || !account.contactEmail.isEmpty())
        rows.append({page.t(QT_TRANSLATE_NOOP("StatementDocument", "Billing contact")),
                     person(account.contactName, account.contactEmail)});
    rows.append({page.t(QT_TRANSLATE_NOOP("StatementDocument", "Figures as of")),
                 QStringLiteral("%1 UTC").arg(language.locale().toString(
                     QDateTime::fromSecsSinceEpoch(statement.asOfUtc, QTimeZone::utc()),
                     language.code() == u"fr" ? QStringLiteral("d MMMM yyyy HH:mm")
                                              : QStringLiteral("MMMM d, yyyy h:mm AP")))});
    page.add(QStringLiteral("<table class=\"parties\" cellspacing=\"0\" cellpadding=\"2\">\n"));
    for (const QStringList &row : rows)
        page.add(QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>\n")
                     .arg(Page::escaped(row[0]), Page::escaped(row[1])));
    page.add(QStringLiteral("</table>\n"));
}

void addFees(Page &page, const MonthlyStatement &statement, const DocumentLanguage &language)
{
    page.heading(2, page.t(QT_TRANSLATE_NOOP("StatementDocument", "Plan and fee")));
    QList<QStringList> rows;
    for (const StatementSegment &segment : statement.segments) {
        rows.append({planName(segment, language), days(segment, language),
                     language.number(segment.credit.activeDays), feeRule(segment, page, language),
                     language.money(segment.credit.feeCents)});
    }
    page.table({page.t(QT_TRANSLATE_NOOP("StatementDocument", "Plan")),
                page.t(QT_TRANSLATE_NOOP("StatementDocument", "Days")),
                page.t(QT_TRANSLATE_NOOP("StatementDocument", "Active days")),
                page.t(QT_TRANSLATE_NOOP("StatementDocument", "How the fee is computed")),
                page.t(QT_TRANSLATE_NOOP("StatementDocument", "Fee"))},
               rows, 4);
    page.paragraph(
        page.t(QT_TRANSLATE_NOOP("StatementDocument", "Spend of the month: %1. Fee of the month: %2."))
            .arg(language.money(statement.spendCents), language.money(statement.feeCents())));
    if (statement.segments.size() > 1)
        page.paragraph(page.t(QT_TRANSLATE_NOOP("StatementDocument",
                                                "The plan changed during the month: each plan's fee is "
                                                "prorated by its active days.")));
}

void addResponseTimes(Page &page, const MonthlyStatement &statement, const DocumentLanguage &language)
{
    page.heading(2, page.t(QT_TRANSLATE_NOOP("StatementDocument", "First response times")));
    QStringList priorities;
    for (Priority priority : AllPriorities)
        priorities << language.text("Priority", priorityLabel(priority));
    page.paragraph(priorities.join(QStringLiteral(" · ")));
    for (const StatementSegment &segment : statement.segments) {
        page.heading(3, QStringLiteral("%1, %2").arg(planName(segment, language), days(segment, language)));
        QList<QStringList> rows;
        for (const StatementPriority &priority : segment.priorities) {
            const ReportRow &row = priority.row;
            const auto time = [&language](const std::optional<qint64> &seconds) {
                return seconds ? language.minutesValueOf(*seconds) : QStringLiteral("–");
            };
            rows.append({priorityCode(row.priority), targetText(row.target, page, language),
                         language.number(row.tickets), language.number(row.answered),
                         row.averageCentiMinutes ? language.centiMinutesValue(*row.averageCentiMinutes)
                                                 : QStringLiteral("–"),
                         time(priority.medianSeconds), time(priority.percentile90Seconds),
                         row.withinTargetBasisPoints ? language.percent(*row.withinTargetBasisPoints)
                                                     : QStringLiteral("–"),
                         language.text("ReportStatus", reportStatusLabel(row.status))});
        }
        page.table({page.t(QT_TRANSLATE_NOOP("StatementDocument", "Priority")),
                    page.t(QT_TRANSLATE_NOOP("StatementDocument", "Guaranteed")),
                    page.t(QT_TRANSLATE_NOOP("StatementDocument", "Tickets")),
                    page.t(QT_TRANSLATE_NOOP("StatementDocument", "Answered")),
                    page.t(QT_TRANSLATE_NOOP("StatementDocument", "Average (min)")),
                    page.t(QT_TRANSLATE_NOOP("StatementDocument", "Median (min)")),
                    page.t(QT_TRANSLATE_NOOP("StatementDocument", "90th percentile (min)")),
                    page.t(QT_TRANSLATE_NOOP("StatementDocument", "Within target")),
                    page.t(QT_TRANSLATE_NOOP("StatementDocument", "Result"))},
                   rows, 2, {11, 14, 9, 11, 11, 11, 11, 11, 11});
    }
    if (statement.provisional())
        page.paragraph(
            page.t(QT_TRANSLATE_NOOP("StatementDocument",
                                     "Some tickets were still waiting for a first response: their "
                                     "time is counted up to the moment of these figures, which may "
                                     "still change.")),
            QStringLiteral("notice"));
}

void addChart(Page &page, const QString &source)
{
    page.heading(
        3, page.t(QT_TRANSLATE_NOOP("StatementDocument", "Daily average first response against the target")));
    page.add(QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>\n")
                 .arg(Page::escaped(source))
                 .arg(StatementChartWidth)
                 .arg(StatementChartHeight));
    page.paragraph(page.t(QT_TRANSLATE_NOOP(
        "StatementDocument", "A bar per day, red above the target in force that day; the dashed "
                             "line is the target.")));
}

void addCredit(Page &page, const MonthlyStatement &statement, const DocumentLanguage &language)
{
    page.heading(2, page.t(QT_TRANSLATE_NOOP("StatementDocument", "Support credit")));
    if (statement.creditCents() == 0) {
        page.paragraph(page.t(QT_TRANSLATE_NOOP(
            "StatementDocument", "Every guarantee of the month was met: the month earns no credit.")));
    } else {
        page.paragraph(
            page.t(QT_TRANSLATE_NOOP("StatementDocument",
                                     "A missed guarantee earns a credit of %1, to be claimed by %2."))
                .arg(language.money(statement.creditCents()), language.date(statement.claimDeadline)));
    }
    if (statement.claims.isEmpty() && statement.creditCents() > 0)
        page.paragraph(page.t(QT_TRANSLATE_NOOP("StatementDocument", "No claim has been filed yet.")));
    for (const StatementClaim &claim : statement.claims)
        page.paragraph(claimText(claim, page, language));
}

void addExclusions(Page &page, const MonthlyStatement &statement, const DocumentLanguage &language)
{
    page.heading(2, page.t(QT_TRANSLATE_NOOP("StatementDocument", "Tickets outside the guarantees")));
    if (statement.exclusions.isEmpty()) {
        page.paragraph(
            page.t(QT_TRANSLATE_NOOP("StatementDocument", "None: every ticket of the month counts.")));
        return;
    }
    QList<QStringList> rows;
    for (const StatementExclusion &exclusion : statement.exclusions)
        rows.append({language.text("ProductCategory", productCategoryLabel(exclusion.category)),
                     page.t(exclusionReason(exclusion.category)), language.number(exclusion.tickets)});
    page.table({page.t(QT_TRANSLATE_NOOP("StatementDocument", "Product category")),
                page.t(QT_TRANSLATE_NOOP("StatementDocument", "Why it is left out")),
                page.t(QT_TRANSLATE_NOOP("StatementDocument", "Tickets"))},
               rows, 2);
}

void addLongest(Page &page, const MonthlyStatement &statement, const DocumentLanguage &language)
{
    page.heading(2, page.t(QT_TRANSLATE_NOOP("StatementDocument", "Longest first responses")));
    const auto stamp = [&language](qint64 utc) {
        return language.locale().toString(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc()),
                                          QStringLiteral("yyyy-MM-dd HH:mm")) +
               QStringLiteral(" UTC");
    };
    bool any = false;
    for (const StatementSegment &segment : statement.segments) {
        for (const StatementPriority &priority : segment.priorities) {
            if (priority.longest.isEmpty())
                continue;
            any = true;
            page.heading(3, QStringLiteral("%1 (%2)").arg(
                                language.text("Priority", priorityLabel(priority.row.priority)),
                                planName(segment, language)));
            QList<QStringList> rows;
            for (const StatementTicket &ticket : priority.longest)
                rows.append({ticket.id, ticket.subject, stamp(ticket.createdAt),
                             ticket.firstResponseAt
                                 ? stamp(*ticket.firstResponseAt)
                                 : page.t(QT_TRANSLATE_NOOP("StatementDocument", "waiting")),
                             language.minutesOf(ticket.responseSeconds)});
            page.table({page.t(QT_TRANSLATE_NOOP("StatementDocument", "Ticket")),
                        page.t(QT_TRANSLATE_NOOP("StatementDocument", "Subject")),
                        page.t(QT_TRANSLATE_NOOP("StatementDocument", "Created")),
                        page.t(QT_TRANSLATE_NOOP("StatementDocument", "First response")),
                        page.t(QT_TRANSLATE_NOOP("StatementDocument", "Time"))},
                       rows, 4);
        }
    }
    if (!any)
        page.paragraph(page.t(QT_TRANSLATE_NOOP("StatementDocument", "No ticket this month.")));
}

} // namespace

QString statementTitle(const MonthlyStatement &statement, const DocumentLanguage &language)
{
    return language.text(Context, Title) +
           QStringLiteral(": %1, %2").arg(statement.account.name, language.month(statement.month));
}

QString statementHtml(const MonthlyStatement &statement, const DocumentLanguage &language,
                      const DocumentVendor &vendor, const QString &chartSource)
{
    Page page(language);
    const QString title = page.t(Title);
    const QString subtitle =
        QStringLiteral("%1, %2").arg(statement.account.name, language.month(statement.month));
    page.add(
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                       "<title>%2</title>\n<style>\n"
                       "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #1a1a1a; }\n"
                       "h1 { font-size: 18pt; } h2 { font-size: 13pt; } h3 { font-size: 11pt; }\n"
                       "table { font-size: 9pt; }\n"
                       "th { background-color: #e8edf3; font-size: 8pt; }\n"
                       ".notice { color: #8a4b00; }\n"
                       "</style></head><body>\n")
            .arg(language.code(), Page::escaped(statementTitle(statement, language))));
    page.heading(1, title);
    page.paragraph(subtitle, QStringLiteral("subtitle"));
    addParties(page, statement, language, vendor);
    addFees(page, statement, language);
    addResponseTimes(page, statement, language);
    if (!chartSource.isEmpty())
        addChart(page, chartSource);
    addCredit(page, statement, language);
    addExclusions(page, statement, language);
    addLongest(page, statement, language);
    page.add(QStringLiteral("</body></html>\n"));
    return page.html();
}
