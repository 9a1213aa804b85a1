#include "ReviewHtml.h"

#include "DocumentPage.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <functional>

namespace {

const char Context[] = "ReviewDocument";
const char Title[] = QT_TRANSLATE_NOOP("ReviewDocument", "Quarterly status review");

class Page : public DocumentPage
{
public:
    explicit Page(const DocumentLanguage &language) : DocumentPage(language, Context) {}
};

QString quarterName(YearQuarter quarter, const DocumentLanguage &language)
{
    return language.text(Context, QT_TRANSLATE_NOOP("ReviewDocument", "Q%1 %2"))
        .arg(quarter.quarter)
        .arg(quarter.year);
}

QString dash()
{
    return QStringLiteral("–");
}

QString change(const DocumentLanguage &language, qint64 before, qint64 after)
{
    const auto basisPoints = changeBasisPoints(before, after);
    if (!basisPoints)
        return dash();
    return (*basisPoints > 0 ? QStringLiteral("+") : QString()) + language.percent(*basisPoints);
}

QString planName(const QString &en, const QString &fr, const DocumentLanguage &language)
{
    return language.code() == u"fr" ? fr : en;
}

// The header of a table of the quarter's months: a label, the three months,
// the quarter, the quarter before and the change.
QStringList monthsHeader(const QuarterlyReview &review, const Page &page, const DocumentLanguage &language,
                         const QString &label, bool withChange = true)
{
    QStringList header{label};
    for (const MonthlyStatement &month : review.months)
        header << language.locale().toString(month.month.firstDay(), QStringLiteral("MMM yyyy"));
    header << quarterName(review.quarter, language) << quarterName(review.quarter.previous(), language);
    if (withChange)
        header << page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Change"));
    return header;
}

// A row of counts: each month, the quarter's sum, the quarter before's and
// the change between them.
QStringList countRow(const QString &label, const QuarterlyReview &review, const DocumentLanguage &language,
                     const std::function<qint64(const MonthlyStatement &)> &count,
                     const std::function<QString(qint64)> &format)
{
    QStringList row{label};
    qint64 quarter = 0;
    for (const MonthlyStatement &month : review.months) {
        const qint64 value = count(month);
        quarter += value;
        row << format(value);
    }
    qint64 previous = 0;
    for (const MonthlyStatement &month : review.previousMonths)
        previous += count(month);
    row << format(quarter) << format(previous) << change(language, previous, quarter);
    return row;
}

void addParties(Page &page, const QuarterlyReview &review, const DocumentLanguage &language,
                const DocumentVendor &vendor)
{
    QList<QStringList> rows = documentParties(review.account, review.asOfUtc, language, vendor);
    if (!review.months.isEmpty() && !review.months.constLast().segments.isEmpty()) {
        const StatementSegment &segment = review.months.constLast().segments.constLast();
        rows.insert(2, {page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Plan at the quarter's end")),
                        planName(segment.planNameEn, segment.planNameFr, language)});
    }
    page.pairs(rows);
}

void addGlance(Page &page, const QuarterlyReview &review, const DocumentLanguage &language)
{
    page.heading(2, page.t(QT_TRANSLATE_NOOP("ReviewDocument", "The quarter at a glance")));
    const auto number = [&language](qint64 value) { return language.number(value); };
    const auto money = [&language](qint64 cents) { return language.money(cents); };
    page.table(monthsHeader(review, page, language, {}),
               {countRow(
                    page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Tickets")), review, language,
                    [](const MonthlyStatement &m) { return qint64(m.ticketCount()); }, number),
                countRow(
                    page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Spend")), review, language,
                    [](const MonthlyStatement &m) { return m.spendCents; }, money),
                countRow(
                    page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Support fee")), review, language,
                    [](const MonthlyStatement &m) { return m.feeCents(); }, money),
                countRow(
                    page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Credits earned")), review, language,
                    [](const MonthlyStatement &m) { return m.creditCents(); }, money)},
               1, {16, 14, 14, 14, 14, 14, 14});
}

// A priority's month: the share within target and whether it was met, all
// plan segments taken (missed when any segment missed).
QString attainmentCell(const QList<MonthlyStatement> &months, Priority priority, const Page &page,
                       const DocumentLanguage &language)
{
    const PriorityAttainment figures = attainment(months, priority);
    const auto share = figures.withinBasisPoints();
    if (!share)
        return figures.guaranteed ? page.t(QT_TRANSLATE_NOOP("ReviewDocument", "no ticket"))
                                  : page.t(QT_TRANSLATE_NOOP("ReviewDocument", "no guarantee"));
    bool missed = false;
    for (const MonthlyStatement &month : months) {
        for (const StatementSegment &segment : month.segments)
            missed = missed || segment.priorities[std::size_t(priorityIndex(priority))].row.status ==
                                   ReportStatus::Missed;
    }
    return QStringLiteral("%1 %2").arg(language.percent(*share),
                                       missed ? page.t(QT_TRANSLATE_NOOP("ReviewDocument", "(missed)"))
                                              : page.t(QT_TRANSLATE_NOOP("ReviewDocument", "(met)")));
}

void addAttainment(Page &page, const QuarterlyReview &review, const DocumentLanguage &language)
{
    page.heading(2, page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Guarantees kept")));
    page.paragraph(page.t(QT_TRANSLATE_NOOP(
        "ReviewDocument", "The share of tickets answered within the guaranteed time, and whether the "
                          "month's average met the guarantee.")));
    QList<QStringList> rows;
    for (Priority priority : AllPriorities) {
        QStringList row{language.text("Priority", priorityLabel(priority))};
        for (const MonthlyStatement &month : review.months)
            row << attainmentCell({month}, priority, page, language);
        row << attainmentCell(review.months, priority, page, language)
            << attainmentCell(review.previousMonths, priority, page, language);
        rows.append(row);
    }
    page.table(
        monthsHeader(review, page, language, page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Priority")), false),
        rows, 1, {20, 16, 16, 16, 16, 16});
}

void addCredits(Page &page, const QuarterlyReview &review, const DocumentLanguage &language)
{
    page.heading(2, page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Credits and claims")));
    QList<QStringList> rows;
    for (const MonthlyStatement &month : review.months) {
        QString state;
        if (month.creditCents() == 0) {
            state = page.t(QT_TRANSLATE_NOOP("ReviewDocument", "no credit due"));
        } else if (month.claims.isEmpty()) {
            state = page.t(QT_TRANSLATE_NOOP("ReviewDocument", "not claimed yet"));
        } else {
            QStringList claims;
            for (const StatementClaim &claim : month.claims)
                claims << page.t(QT_TRANSLATE_NOOP("ReviewDocument", "filed on %1: %2"))
                              .arg(language.date(claim.filed),
                                   language.text("ClaimOutcome", claimOutcomeLabel(claim.outcome)));
            state = claims.join(QStringLiteral("; "));
        }
        rows.append({language.month(month.month), language.money(month.creditCents()),
                     month.creditCents() > 0 ? language.date(month.claimDeadline) : dash(), state});
    }
    page.table({page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Month")),
                page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Credit earned")),
                page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Claim by")),
                page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Claim"))},
               rows, 1, {20, 18, 22, 40});
}

void addVolume(Page &page, const QuarterlyReview &review, const DocumentLanguage &language)
{
    page.heading(2, page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Ticket volume")));
    const auto number = [&language](qint64 value) { return language.number(value); };
    const QList<int> widths{22, 13, 13, 13, 13, 13, 13};

    QList<QStringList> byPriority;
    for (Priority priority : AllPriorities) {
        const std::size_t p = std::size_t(priorityIndex(priority));
        byPriority.append(countRow(
            priorityCode(priority), review, language,
            [p](const MonthlyStatement &m) { return qint64(m.ticketsByPriority[p]); }, number));
    }
    page.table(monthsHeader(review, page, language, page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Priority"))),
               byPriority, 1, widths);

    QList<QStringList> byChannel;
    for (Channel channel : AllChannels) {
        const std::size_t c = std::size_t(channel);
        byChannel.append(countRow(
            language.text("Channel", channelLabel(channel)), review, language,
            [c](const MonthlyStatement &m) { return qint64(m.ticketsByChannel[c]); }, number));
    }
    page.table(monthsHeader(review, page, language, page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Channel"))),
               byChannel, 1, widths);

    QStringList products;
    for (const QList<MonthlyStatement> *months : {&review.months, &review.previousMonths}) {
        for (const MonthlyStatement &month : *months)
            products << month.ticketsByProduct.keys();
    }
    products.sort();
    products.removeDuplicates();
    QList<QStringList> byProduct;
    for (const QString &product : products)
        byProduct.append(countRow(
            product, review, language,
            [&product](const MonthlyStatement &m) { return qint64(m.ticketsByProduct.value(product)); },
            number));
    if (!byProduct.isEmpty())
        page.table(
            monthsHeader(review, page, language, page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Product"))),
            byProduct, 1, widths);
}

void addNearMisses(Page &page, const QuarterlyReview &review, const DocumentLanguage &language)
{
    page.heading(2, page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Tickets that came close")));
    page.paragraph(page.t(QT_TRANSLATE_NOOP(
        "ReviewDocument", "Answered within the guarantee, but after more than 80% of the guaranteed time.")));
    QList<QStringList> counts;
    for (Priority priority : AllPriorities) {
        const std::size_t p = std::size_t(priorityIndex(priority));
        counts.append(countRow(
            priorityCode(priority), review, language,
            [p](const MonthlyStatement &m) {
                qint64 total = 0;
                for (const StatementSegment &segment : m.segments)
                    total += segment.priorities[p].nearMisses;
                return total;
            },
            [&language](qint64 value) { return language.number(value); }));
    }
    page.table(monthsHeader(review, page, language, page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Priority"))),
               counts, 1, {22, 13, 13, 13, 13, 13, 13});

    // The closest of the quarter: the longest near misses against their
    // target, five at most.
    struct Close
    {
        StatementTicket ticket;
        Priority priority;
        ResponseTarget target;
    };
    QList<Close> closest;
    for (const MonthlyStatement &month : review.months) {
        for (const StatementSegment &segment : month.segments) {
            for (const StatementPriority &priority : segment.priorities) {
                for (const StatementTicket &ticket : priority.closest)
                    closest.append(Close{ticket, priority.row.priority, priority.row.target});
            }
        }
    }
    if (closest.isEmpty())
        return;
    // By share of the target used, most first; the earlier ticket on a tie.
    std::sort(closest.begin(), closest.end(), [](const Close &a, const Close &b) {
        const qint64 left = a.ticket.responseSeconds * b.target.seconds();
        const qint64 right = b.ticket.responseSeconds * a.target.seconds();
        return left != right ? left > right : a.ticket.createdAt < b.ticket.createdAt;
    });
    closest = closest.mid(0, 5);
    QList<QStringList> rows;
    for (const Close &close : closest)
        rows.append({close.ticket.id, priorityCode(close.priority), close.ticket.subject,
                     language.locale().toString(
                         QDateTime::fromSecsSinceEpoch(close.ticket.createdAt, QTimeZone::utc()),
                         QStringLiteral("yyyy-MM-dd HH:mm")) +
                         QStringLiteral(" UTC"),
                     documentTargetText(close.target, language),
                     language.minutesOf(close.ticket.responseSeconds)});
    page.table({page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Ticket")),
                page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Priority")),
                page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Subject")),
                page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Created")),
                page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Guaranteed")),
                page.t(QT_TRANSLATE_NOOP("ReviewDocument", "First response"))},
               rows, 5, {12, 10, 27, 19, 18, 14});
}

void addClosures(Page &page, const QuarterlyReview &review, const DocumentLanguage &language)
{
    page.heading(2, page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Closures in the coming quarter")));
    if (review.closures.isEmpty()) {
        page.paragraph(page.t(QT_TRANSLATE_NOOP("ReviewDocument",
                                                "Support is open on every working day of %1 (calendar %2)."))
                           .arg(quarterName(review.quarter.next(), language), review.calendarName));
        return;
    }
    page.paragraph(page.t(QT_TRANSLATE_NOOP("ReviewDocument",
                                            "Business hours do not run on these days of %1 (calendar %2): "
                                            "guaranteed times measured in business hours wait for the next "
                                            "open day."))
                       .arg(quarterName(review.quarter.next(), language), review.calendarName));
    QList<QStringList> rows;
    for (const ReviewClosure &closure : review.closures)
        rows.append({language.locale().toString(closure.date, language.code() == u"fr"
                                                                  ? QStringLiteral("dddd d MMMM yyyy")
                                                                  : QStringLiteral("dddd, MMMM d, yyyy")),
                     closure.name});
    page.table({page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Date")),
                page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Holiday"))},
               rows, 2, {40, 60});
}

void addPlanFit(Page &page, const QuarterlyReview &review, const DocumentLanguage &language)
{
    page.heading(2, page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Plan fit")));
    qint64 spend = 0;
    qint64 fee = 0;
    qint64 previousSpend = 0;
    for (const MonthlyStatement &month : review.months) {
        spend += month.spendCents;
        fee += month.feeCents();
    }
    for (const MonthlyStatement &month : review.previousMonths)
        previousSpend += month.spendCents;
    if (previousSpend == 0)
        page.paragraph(
            page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Spend of the quarter: %1. Support fee: %2."))
                .arg(language.money(spend), language.money(fee)));
    else
        page.paragraph(
            page.t(QT_TRANSLATE_NOOP("ReviewDocument",
                                     "Spend of the quarter: %1 (%2 against the quarter before). "
                                     "Support fee: %3."))
                .arg(language.money(spend), change(language, previousSpend, spend), language.money(fee)));
    if (review.planOptions.isEmpty())
        return;
    page.paragraph(page.t(QT_TRANSLATE_NOOP(
        "ReviewDocument", "What each plan would have cost for the quarter's spend, and what "
                          "it guarantees.")));
    QList<QStringList> rows;
    for (const ReviewPlanOption &option : review.planOptions) {
        QString note;
        if (option.current)
            note = page.t(QT_TRANSLATE_NOOP("ReviewDocument", "your plan"));
        else if (option.meetsNeeds)
            note = page.t(QT_TRANSLATE_NOOP("ReviewDocument", "guarantees at least as much"));
        rows.append(
            {planName(option.nameEn, option.nameFr, language),
             documentTargetText(option.targets[0], language), documentTargetText(option.targets[1], language),
             documentTargetText(option.targets[2], language), language.money(option.quarterFeeCents), note});
    }
    page.table({page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Plan")),
                QStringLiteral("P1"),
                QStringLiteral("P2"),
                QStringLiteral("P3"),
                page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Fee for the quarter")),
                {}},
               rows, 4, {16, 17, 17, 17, 15, 18});
}

void addNotes(Page &page, const QuarterlyReview &review)
{
    if (review.notes.trimmed().isEmpty())
        return;
    page.add(QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>\n")
                 .arg(Page::escaped(page.t(QT_TRANSLATE_NOOP("ReviewDocument", "Notes and actions")))));
    for (const QString &paragraph : review.notes.trimmed().split(QStringLiteral("\n\n")))
        page.paragraph(paragraph, QStringLiteral("notes"));
}

} // namespace

QString reviewTitle(const QuarterlyReview &review, const DocumentLanguage &language)
{
    // "Title: account, period", the colon as the language writes it.
    return language.text(Context, QT_TRANSLATE_NOOP("ReviewDocument", "%1: %2, %3"))
        .arg(language.text(Context, Title), review.account.name, quarterName(review.quarter, language));
}

QString reviewHtml(const QuarterlyReview &review, const DocumentLanguage &language,
                   const DocumentVendor &vendor)
{
    Page page(language);
    page.begin(reviewTitle(review, language));
    if (!vendor.logoSource.isEmpty())
        page.logo(vendor.logoSource);
    page.heading(1, page.t(Title));
    page.paragraph(QStringLiteral("%1, %2").arg(review.account.name, quarterName(review.quarter, language)),
                   QStringLiteral("subtitle"));
    addParties(page, review, language, vendor);
    addGlance(page, review, language);
    addAttainment(page, review, language);
    addCredits(page, review, language);
    addVolume(page, review, language);
    addNearMisses(page, review, language);
    addClosures(page, review, language);
    addPlanFit(page, review, language);
    addNotes(page, review);
    page.end();
    return page.html();
}
