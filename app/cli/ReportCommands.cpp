// report, credits, claim and plans: what the store computes, printed.
#include "AccountStore.h"
#include "ClaimService.h"
#include "Commands.h"
#include "Database.h"
#include "Money.h"
#include "OutputTable.h"
#include "PlanAdvisor.h"
#include "PlanCatalog.h"
#include "PlanStore.h"
#include "ReportService.h"
#include "Timestamp.h"
#include "ZoneRules.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

struct ReportOptions
{
    ReportRequest request;
    OutputFormat format = OutputFormat::Text;
};

Expected<ReportOptions> parseReportOptions(const QStringList &words, const QString &command,
                                           CommandContext &context)
{
    using Result = Expected<ReportOptions>;
    const auto args = Arguments::parse(words,
                                       {QStringLiteral("month"), QStringLiteral("account"),
                                        QStringLiteral("as-of"), QStringLiteral("format")},
                                       command);
    if (!args)
        return args.error();
    if (Status status = args->expectPositional({}); !status)
        return status.error();
    const auto monthText = args->option(QStringLiteral("month"));
    if (!monthText)
        return Result::failure(Error::Kind::InvalidInput,
                               command + QStringLiteral(": --month YYYY-MM or YYYY-MM..YYYY-MM is required"));
    const auto months = MonthRange::parse(*monthText);
    if (!months) {
        return Result::failure(
            Error::Kind::InvalidInput,
            QStringLiteral("%1: --month '%2' is not YYYY-MM or an ascending YYYY-MM..YYYY-MM")
                .arg(command, *monthText));
    }
    const auto format = parseOutputFormat(args->option(QStringLiteral("format"), QStringLiteral("text")));
    if (!format)
        return format.error().reworded(command + QStringLiteral(": --format: ") + format.message());
    ReportOptions options;
    options.format = *format;
    options.request.months = *months;
    options.request.accountName = args->option(QStringLiteral("account"), QString());
    options.request.asOfUtc = context.environment.nowUtc;
    if (const auto asOf = args->option(QStringLiteral("as-of"))) {
        const auto instant = parseAsOf(context.database, *asOf, options.request.accountName);
        if (!instant)
            return instant.error().reworded(command + QStringLiteral(": ") + instant.message());
        options.request.asOfUtc = *instant;
    }
    return options;
}

OutputCell optionalHundredths(const std::optional<qint64> &value)
{
    return value ? OutputCell::hundredths(*value) : OutputCell::empty();
}

OutputTable reportTable(const QList<ReportRow> &rows)
{
    OutputTable table;
    table.columns = QStringList{QStringLiteral("account"),
                                QStringLiteral("month"),
                                QStringLiteral("plan"),
                                QStringLiteral("segment_start"),
                                QStringLiteral("priority"),
                                QStringLiteral("clock"),
                                QStringLiteral("target_minutes"),
                                QStringLiteral("tickets"),
                                QStringLiteral("answered"),
                                QStringLiteral("average_minutes"),
                                QStringLiteral("within_target_percent"),
                                QStringLiteral("status"),
                                QStringLiteral("provisional")};
    for (const ReportRow &row : rows) {
        table.rows << QList<OutputCell>{
            OutputCell::string(row.account),
            OutputCell::string(row.month.toString()),
            OutputCell::string(row.planId),
            OutputCell::string(row.segmentStart.toString(Qt::ISODate)),
            OutputCell::string(priorityCode(row.priority)),
            OutputCell::string(measuredClockCode(row.target.clock)),
            row.target.exists() ? OutputCell::integer(row.target.minutes) : OutputCell::empty(),
            OutputCell::integer(row.tickets),
            OutputCell::integer(row.answered),
            optionalHundredths(row.averageCentiMinutes),
            optionalHundredths(row.withinTargetBasisPoints),
            OutputCell::string(reportStatusCode(row.status)),
            OutputCell::yesNo(row.provisional),
        };
    }
    return table;
}

OutputTable creditTable(const QList<CreditRow> &rows)
{
    OutputTable table;
    table.columns = QStringList{QStringLiteral("account"),     QStringLiteral("month"),
                                QStringLiteral("plan"),        QStringLiteral("segment_start"),
                                QStringLiteral("active_days"), QStringLiteral("spend"),
                                QStringLiteral("fee"),         QStringLiteral("missed_priorities"),
                                QStringLiteral("credit"),      QStringLiteral("claim_deadline")};
    for (const CreditRow &row : rows) {
        QStringList missed;
        for (Priority priority : row.missedPriorities)
            missed << priorityCode(priority);
        table.rows << QList<OutputCell>{
            OutputCell::string(row.account),      OutputCell::string(row.month.toString()),
            OutputCell::string(row.planId),       OutputCell::string(row.segmentStart.toString(Qt::ISODate)),
            OutputCell::integer(row.activeDays),  OutputCell::dollars(row.spendCents),
            OutputCell::dollars(row.feeCents),    OutputCell::string(missed.join(u';')),
            OutputCell::dollars(row.creditCents), OutputCell::string(row.claimDeadline.toString(Qt::ISODate)),
        };
    }
    return table;
}

QString targetText(const ResponseTarget &target)
{
    if (!target.exists())
        return QString();
    return QStringLiteral("%1 %2").arg(target.minutes).arg(measuredClockCode(target.clock));
}

} // namespace

Expected<qint64> parseAsOf(Database &database, const QString &text, const QString &accountName)
{
    const auto parsed = parseIsoTimestamp(text);
    if (!parsed)
        return parsed.error().reworded(QStringLiteral("--as-of: ") + parsed.message());
    auto zone = ZoneRules::forZone(QStringLiteral("UTC"));
    if (!parsed->hasOffset && !accountName.isEmpty()) {
        const auto account = AccountStore(database).findByName(accountName);
        if (!account)
            return account.error();
        zone = ZoneRules::forZone(account->timeZoneId);
        if (!zone)
            return Expected<qint64>::failure(
                Error::Kind::InvalidInput,
                QStringLiteral("account '%1' has an unknown time zone").arg(accountName));
    }
    const auto instant = resolveTimestamp(*parsed, *zone);
    if (!instant)
        return instant.error().reworded(QStringLiteral("--as-of: ") + instant.message());
    return *instant;
}

Status runReportCommand(const QStringList &words, CommandContext &context)
{
    const auto options = parseReportOptions(words, QStringLiteral("report"), context);
    if (!options)
        return options.error();
    const auto result = ReportService(context.database).compute(options->request);
    if (!result)
        return result.error().reworded(QStringLiteral("report: ") + result.message());
    writeTable(reportTable(result->rows), options->format, context.environment.out);
    return success();
}

Status runCreditsCommand(const QStringList &words, CommandContext &context)
{
    const auto options = parseReportOptions(words, QStringLiteral("credits"), context);
    if (!options)
        return options.error();
    const auto result = ReportService(context.database).compute(options->request);
    if (!result)
        return result.error().reworded(QStringLiteral("credits: ") + result.message());
    writeTable(creditTable(result->credits), options->format, context.environment.out);
    return success();
}

Status runClaimCommand(const QStringList &words, CommandContext &context)
{
    const auto args = Arguments::parse(words, {QStringLiteral("filed")}, QStringLiteral("claim"));
    if (!args)
        return args.error();
    if (Status status = args->expectPositional({QStringLiteral("ACCOUNT"), QStringLiteral("YYYY-MM")});
        !status)
        return status;
    const auto month = YearMonth::parse(args->positional()[1]);
    if (!month)
        return Status::failure(
            Error::Kind::InvalidInput,
            QStringLiteral("claim: '%1' is not a month YYYY-MM").arg(args->positional()[1]));
    const auto filedText = args->option(QStringLiteral("filed"));
    if (!filedText)
        return Status::failure(Error::Kind::InvalidInput,
                               QStringLiteral("claim: --filed YYYY-MM-DD is required"));
    const auto filed = parseIsoDate(*filedText);
    if (!filed)
        return filed.error().reworded(QStringLiteral("claim: --filed: ") + filed.message());
    const auto result = ClaimService(context.database).file(args->positional()[0], *month, *filed);
    if (!result)
        return result.error().reworded(QStringLiteral("claim: ") + result.message());
    if (result->outcome == ClaimOutcome::Accepted)
        context.environment.out << "accepted " << formatDollars(result->creditCents) << '\n';
    else
        context.environment.out << "rejected: " << claimOutcomeCode(result->outcome) << '\n';
    return success();
}

Status runPlansCommand(const QStringList &words, CommandContext &context)
{
    const auto args =
        Arguments::parse(words, {QStringLiteral("spend"), QStringLiteral("format")}, QStringLiteral("plans"));
    if (!args)
        return args.error();
    if (Status status = args->expectPositional({}); !status)
        return status;
    qint64 spend = 0;
    if (const auto text = args->option(QStringLiteral("spend"))) {
        const auto cents = parseDollars(*text);
        if (!cents)
            return cents.error().reworded(QStringLiteral("plans: --spend: ") + cents.message());
        spend = *cents;
    }
    const auto format = parseOutputFormat(args->option(QStringLiteral("format"), QStringLiteral("text")));
    if (!format)
        return format.error().reworded(QStringLiteral("plans: --format: ") + format.message());

    const auto catalog = PlanStore(context.database).catalog();
    if (!catalog)
        return catalog.error();
    const QDate today = QDateTime::fromSecsSinceEpoch(context.environment.nowUtc, QTimeZone::utc()).date();
    OutputTable table;
    table.columns =
        QStringList{QStringLiteral("plan"),    QStringLiteral("name_en"), QStringLiteral("name_fr"),
                    QStringLiteral("percent"), QStringLiteral("minimum"), QStringLiteral("monthly_fee"),
                    QStringLiteral("p1"),      QStringLiteral("p2"),      QStringLiteral("p3"),
                    QStringLiteral("features")};
    for (const Plan &plan : catalog->plans) {
        const PlanTerms &terms = plan.termsOn(today);
        QStringList features;
        for (PlanFeature feature : AllPlanFeatures) {
            if (terms.has(feature))
                features << PlanCatalog::featureCode(feature);
        }
        QList<OutputCell> row{OutputCell::string(plan.id),
                              OutputCell::string(plan.nameEn),
                              OutputCell::string(plan.nameFr),
                              OutputCell::hundredths(terms.percentBasisPoints),
                              OutputCell::dollars(terms.minimumCents),
                              OutputCell::dollars(planFee(terms, spend))};
        for (Priority priority : AllPriorities) {
            const ResponseTarget &target = terms.target(priority);
            row << (target.exists() ? OutputCell{targetText(target), targetText(target)}
                                    : OutputCell::empty());
        }
        row << OutputCell::string(features.join(u';'));
        table.rows << row;
    }
    writeTable(table, *format, context.environment.out);
    return success();
}
