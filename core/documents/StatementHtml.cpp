#include "StatementHtml.h"

#include "DocumentPage.h"
#include "Money.h"
#include "StatementChart.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace {

const char Context[] = "StatementDocument";
const char Title[] = QT_TRANSLATE_NOOP("StatementDocument", "Monthly SLA statement");

// The statement's texts are in the StatementDocument context.
class Page : public DocumentPage
{
public:
    explicit Page(const DocumentLanguage &language) : DocumentPage(language, Context) {}
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
    page.pairs(documentParties(statement.account, statement.asOfUtc, language, vendor));
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

QList<QStringList> documentParties(const Account &account, qint64 asOfUtc, const DocumentLanguage &language,
                                   const DocumentVendor &vendor)
{
    const Page page(language);
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
                     QDateTime::fromSecsSinceEpoch(asOfUtc, QTimeZone::utc()),
                     language.code() == u"fr" ? QStringLiteral("d MMMM yyyy HH:mm")
                                              : QStringLiteral("MMMM d, yyyy h:mm AP")))});
    return rows;
}

QString documentTargetText(const ResponseTarget &target, const DocumentLanguage &language)
{
    return targetText(target, Page(language), language);
}

QString statementTitle(const MonthlyStatement &statement, const DocumentLanguage &language)
{
    // "Title: account, period", the colon as the language writes it.
    return language.text(Context, QT_TRANSLATE_NOOP("StatementDocument", "%1: %2, %3"))
        .arg(language.text(Context, Title), statement.account.name, language.month(statement.month));
}

QString statementHtml(const MonthlyStatement &statement, const DocumentLanguage &language,
                      const DocumentVendor &vendor, const QString &chartSource)
{
    Page page(language);
    const QString title = page.t(Title);
    const QString subtitle =
        QStringLiteral("%1, %2").arg(statement.account.name, language.month(statement.month));
    page.begin(statementTitle(statement, language));
    if (!vendor.logoSource.isEmpty())
        page.logo(vendor.logoSource);
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
    page.end();
    return page.html();
}
