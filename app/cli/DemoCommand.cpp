#include "Commands.h"
#include "DemoGenerator.h"
#include "Timestamp.h"

#include <QDate>

namespace {

Expected<qint64> positiveNumber(const Arguments &args, const QString &name, qint64 fallback, qint64 maximum)
{
    const auto text = args.option(name);
    if (!text)
        return fallback;
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    if (!ok || value < 0 || value > maximum) {
        return Expected<qint64>::failure(Error::Kind::InvalidInput,
                                         QStringLiteral("demo: --%1 '%2' is not a whole number from 0 to %3")
                                             .arg(name, *text)
                                             .arg(maximum));
    }
    return value;
}

} // namespace

Status runDemoCommand(const QStringList &words, CommandContext &context)
{
    const auto args =
        Arguments::parse(words,
                         {QStringLiteral("accounts"), QStringLiteral("tickets"), QStringLiteral("months"),
                          QStringLiteral("seed"), QStringLiteral("as-of")},
                         QStringLiteral("demo"));
    if (!args)
        return args.error();
    if (Status status = args->expectPositional({}); !status)
        return status;
    DemoOptions options;
    const auto accounts = positiveNumber(*args, QStringLiteral("accounts"), options.accounts, 100000);
    const auto tickets = positiveNumber(*args, QStringLiteral("tickets"), options.tickets, 100'000'000);
    const auto months = positiveNumber(*args, QStringLiteral("months"), options.months, 1200);
    const auto seed = positiveNumber(*args, QStringLiteral("seed"), options.seed, 0xffffffffLL);
    for (const auto *value : {&accounts, &tickets, &months, &seed}) {
        if (!*value)
            return value->error();
    }
    options.accounts = int(*accounts);
    options.tickets = *tickets;
    options.months = int(*months);
    options.seed = quint32(*seed);
    options.nowUtc = context.environment.nowUtc;
    // A fixed day makes the same sample on any day: benchmarks compare their
    // outputs with ones recorded earlier.
    if (const auto asOf = args->option(QStringLiteral("as-of"))) {
        const auto day = parseIsoDate(*asOf);
        if (!day)
            return day.error().reworded(QStringLiteral("demo: --as-of: ") + day.message());
        options.nowUtc = QDate(1970, 1, 1).daysTo(*day) * qint64(86400);
    }
    const auto summary = DemoGenerator(context.database).generate(options);
    if (!summary)
        return summary.error();
    context.environment.out << "demo: " << summary->accounts << " accounts, " << summary->calendars
                            << " calendars, " << summary->products << " products, " << summary->tickets
                            << " tickets\n";
    return success();
}
