// risk: the month's credit budget of each account, for scripts that warn.
#include "Commands.h"
#include "CreditRiskService.h"
#include "Money.h"
#include "OutputTable.h"
#include "Timestamp.h"

#include <QRegularExpression>

namespace {

// "4h", "90m", "1h30m": the horizon on each target's clock.
Expected<qint64> parseHorizon(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:(\\d{1,4})h)?(?:(\\d{1,6})m)?$"));
    const auto match = pattern.match(text);
    if (text.isEmpty() || !match.hasMatch())
        return Expected<qint64>::failure(
            Error::Kind::InvalidInput,
            QStringLiteral("'%1' is not a duration like 4h, 90m or 1h30m").arg(text));
    return match.captured(1).toLongLong() * 3600 + match.captured(2).toLongLong() * 60;
}

// Seconds as hundredths of a minute, rounded half away from zero.
OutputCell minutes(qint64 seconds)
{
    const qint64 magnitude = divideRoundHalfUp((seconds < 0 ? -seconds : seconds) * 100, 60);
    return OutputCell::hundredths(seconds < 0 ? -magnitude : magnitude);
}

OutputTable riskTable(const QList<AccountRisk> &risks)
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
                                QStringLiteral("open"),
                                QStringLiteral("used_minutes"),
                                QStringLiteral("headroom_minutes"),
                                QStringLiteral("minutes_to_break"),
                                QStringLiteral("breaks_at"),
                                QStringLiteral("state"),
                                QStringLiteral("recover_tickets"),
                                QStringLiteral("recover_within_minutes"),
                                QStringLiteral("segment_fee")};
    for (const AccountRisk &risk : risks) {
        for (const SegmentBudget &segment : risk.segments) {
            for (const PriorityBudget &budget : segment.priorities) {
                table.rows << QList<OutputCell>{
                    OutputCell::string(risk.account),
                    OutputCell::string(risk.month.toString()),
                    OutputCell::string(segment.planId),
                    OutputCell::string(segment.start.toString(Qt::ISODate)),
                    OutputCell::string(priorityCode(budget.priority)),
                    OutputCell::string(measuredClockCode(budget.target.clock)),
                    OutputCell::integer(budget.target.minutes),
                    OutputCell::integer(budget.tickets),
                    OutputCell::integer(budget.answered),
                    OutputCell::integer(budget.openTickets()),
                    minutes(budget.usedSeconds),
                    minutes(budget.headroomSeconds),
                    budget.secondsToBreak && budget.breaksAt ? minutes(*budget.secondsToBreak)
                                                             : OutputCell::empty(),
                    budget.breaksAt ? OutputCell::string(formatUtcTimestamp(*budget.breaksAt))
                                    : OutputCell::empty(),
                    OutputCell::string(riskStateCode(budget.state)),
                    budget.recovery ? OutputCell::integer(budget.recovery->tickets) : OutputCell::empty(),
                    budget.recovery ? minutes(budget.recovery->responseSeconds) : OutputCell::empty(),
                    OutputCell::dollars(segment.feeCents),
                };
            }
        }
    }
    return table;
}

} // namespace

Status runRiskCommand(const QStringList &words, CommandContext &context)
{
    const auto args = Arguments::parse(words,
                                       {QStringLiteral("account"), QStringLiteral("as-of"),
                                        QStringLiteral("horizon"), QStringLiteral("format")},
                                       QStringLiteral("risk"));
    if (!args)
        return args.error();
    if (Status status = args->expectPositional({}); !status)
        return status;
    const auto format = parseOutputFormat(args->option(QStringLiteral("format"), QStringLiteral("text")));
    if (!format)
        return format.error().reworded(QStringLiteral("risk: --format: ") + format.message());
    RiskRequest request;
    request.accountName = args->option(QStringLiteral("account"), QString());
    request.asOfUtc = context.environment.nowUtc;
    if (const auto asOf = args->option(QStringLiteral("as-of"))) {
        const auto instant = parseAsOf(context.database, *asOf, request.accountName);
        if (!instant)
            return instant.error().reworded(QStringLiteral("risk: ") + instant.message());
        request.asOfUtc = *instant;
    }
    if (const auto horizon = args->option(QStringLiteral("horizon"))) {
        const auto seconds = parseHorizon(*horizon);
        if (!seconds)
            return seconds.error().reworded(QStringLiteral("risk: --horizon: ") + seconds.message());
        request.horizonSeconds = *seconds;
    }
    const auto risks = CreditRiskService(context.database).compute(request);
    if (!risks)
        return risks.error().reworded(QStringLiteral("risk: ") + risks.message());
    writeTable(riskTable(*risks), *format, context.environment.out);
    for (const AccountRisk &risk : *risks) {
        if (risk.state != RiskState::Safe)
            context.environment.findingExitCode = 3;
    }
    return success();
}
