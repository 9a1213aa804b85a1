// The commands that set the store up: accounts, calendars, holidays, plans,
// spend and products.
#include "AccountStore.h"
#include "CalendarStore.h"
#include "Commands.h"
#include "Database.h"
#include "HoursSpec.h"
#include "Money.h"
#include "ProductCategory.h"
#include "ProductStore.h"
#include "SpendStore.h"
#include "Timestamp.h"
#include "ZoneRules.h"

namespace {

// "account add ..." and the like: checks the verb and parses the rest.
Expected<Arguments> parseVerb(const QStringList &words, const QString &noun, const QString &verb,
                              const QSet<QString> &options)
{
    const QString command = noun + u' ' + verb;
    if (words.isEmpty() || words.first() != verb)
        return Expected<Arguments>::failure(Error::Kind::InvalidInput,
                                            QStringLiteral("%1: expected '%2'").arg(noun, command));
    return Arguments::parse(words.mid(1), options, command);
}

Status checkZone(const QString &zone)
{
    if (!ZoneRules::forZone(zone))
        return Status::failure(
            Error::Kind::InvalidInput,
            QStringLiteral("unknown time zone '%1' (use an IANA name such as Europe/Paris)").arg(zone));
    return success();
}

Expected<qint64> accountId(Database &database, const QString &name)
{
    const auto account = AccountStore(database).findByName(name);
    if (!account)
        return account.error();
    return account->id;
}

} // namespace

Status runAccountCommand(const QStringList &words, CommandContext &context)
{
    const auto args = parseVerb(words, QStringLiteral("account"), QStringLiteral("add"),
                                {QStringLiteral("tz"), QStringLiteral("calendar")});
    if (!args)
        return args.error();
    if (Status status = args->expectPositional({QStringLiteral("NAME")}); !status)
        return status;
    Account account;
    account.name = args->positional().first().trimmed();
    account.timeZoneId = args->option(QStringLiteral("tz"), QStringLiteral("UTC"));
    account.calendarName = args->option(QStringLiteral("calendar"), QString());
    if (account.name.isEmpty())
        return Status::failure(Error::Kind::InvalidInput, QStringLiteral("account add: the name is empty"));
    if (Status status = checkZone(account.timeZoneId); !status)
        return status.error().reworded(QStringLiteral("account add: ") + status.message());
    const auto added = AccountStore(context.database).add(account);
    if (!added)
        return added.error();
    context.environment.out << "added account " << account.name << '\n';
    return success();
}

Status runCalendarCommand(const QStringList &words, CommandContext &context)
{
    const auto args = parseVerb(words, QStringLiteral("calendar"), QStringLiteral("add"),
                                {QStringLiteral("tz"), QStringLiteral("hours")});
    if (!args)
        return args.error();
    if (Status status = args->expectPositional({QStringLiteral("NAME")}); !status)
        return status;
    const auto zone = args->option(QStringLiteral("tz"));
    const auto hours = args->option(QStringLiteral("hours"));
    if (!zone || !hours)
        return Status::failure(Error::Kind::InvalidInput,
                               QStringLiteral("calendar add: --tz and --hours are required"));
    if (Status status = checkZone(*zone); !status)
        return status.error().reworded(QStringLiteral("calendar add: ") + status.message());
    const auto schedule = parseHoursSpec(*hours);
    if (!schedule)
        return schedule.error().reworded(QStringLiteral("calendar add: --hours: ") + schedule.message());
    Calendar calendar;
    calendar.name = args->positional().first().trimmed();
    calendar.timeZoneId = *zone;
    calendar.schedule = *schedule;
    const auto added = CalendarStore(context.database).add(calendar);
    if (!added)
        return added.error();
    context.environment.out << "added calendar " << calendar.name << ": "
                            << formatHoursSpec(calendar.schedule) << " (" << calendar.timeZoneId << ")\n";
    return success();
}

Status runHolidayCommand(const QStringList &words, CommandContext &context)
{
    const auto args =
        parseVerb(words, QStringLiteral("holiday"), QStringLiteral("add"), {QStringLiteral("name")});
    if (!args)
        return args.error();
    if (Status status = args->expectPositional({QStringLiteral("CALENDAR"), QStringLiteral("YYYY-MM-DD")});
        !status)
        return status;
    const auto date = parseIsoDate(args->positional()[1]);
    if (!date)
        return date.error().reworded(QStringLiteral("holiday add: ") + date.message());
    HolidayRule holiday;
    holiday.kind = HolidayRule::Kind::Date;
    holiday.date = *date;
    holiday.name = args->option(QStringLiteral("name"), QString());
    const auto added = CalendarStore(context.database).addHoliday(args->positional()[0], holiday);
    if (!added)
        return added.error();
    context.environment.out << "added holiday " << date->toString(Qt::ISODate) << " to "
                            << args->positional()[0] << '\n';
    return success();
}

Status runPlanCommand(const QStringList &words, CommandContext &context)
{
    const auto args =
        parseVerb(words, QStringLiteral("plan"), QStringLiteral("set"), {QStringLiteral("from")});
    if (!args)
        return args.error();
    if (Status status = args->expectPositional({QStringLiteral("ACCOUNT"), QStringLiteral("PLAN")}); !status)
        return status;
    const auto from = args->option(QStringLiteral("from"));
    if (!from)
        return Status::failure(Error::Kind::InvalidInput,
                               QStringLiteral("plan set: --from YYYY-MM-DD is required"));
    const auto date = parseIsoDate(*from);
    if (!date)
        return date.error().reworded(QStringLiteral("plan set: --from: ") + date.message());
    const auto account = accountId(context.database, args->positional()[0]);
    if (!account)
        return account.error();
    const auto set = AccountStore(context.database).setPlan(*account, args->positional()[1], *date);
    if (!set)
        return set.error();
    context.environment.out << args->positional()[0] << " is on " << args->positional()[1] << " from "
                            << date->toString(Qt::ISODate) << '\n';
    return success();
}

Status runSpendCommand(const QStringList &words, CommandContext &context)
{
    const auto args = parseVerb(words, QStringLiteral("spend"), QStringLiteral("set"), {});
    if (!args)
        return args.error();
    const QStringList names{QStringLiteral("ACCOUNT"), QStringLiteral("YYYY-MM"), QStringLiteral("AMOUNT")};
    if (Status status = args->expectPositional(names); !status)
        return status;
    const auto month = YearMonth::parse(args->positional()[1]);
    if (!month)
        return Status::failure(
            Error::Kind::InvalidInput,
            QStringLiteral("spend set: '%1' is not a month YYYY-MM").arg(args->positional()[1]));
    const auto cents = parseDollars(args->positional()[2]);
    if (!cents)
        return cents.error().reworded(QStringLiteral("spend set: amount: ") + cents.message());
    const auto account = accountId(context.database, args->positional()[0]);
    if (!account)
        return account.error();
    const auto set = SpendStore(context.database).set(*account, *month, *cents);
    if (!set)
        return set.error();
    context.environment.out << "spend of " << args->positional()[0] << " for " << month->toString() << ": "
                            << formatDollars(*cents) << '\n';
    return success();
}

Status runProductCommand(const QStringList &words, CommandContext &context)
{
    const auto args =
        parseVerb(words, QStringLiteral("product"), QStringLiteral("add"), {QStringLiteral("category")});
    if (!args)
        return args.error();
    if (Status status = args->expectPositional({QStringLiteral("NAME")}); !status)
        return status;
    const auto categoryText = args->option(QStringLiteral("category"));
    if (!categoryText)
        return Status::failure(Error::Kind::InvalidInput,
                               QStringLiteral("product add: --category is required"));
    const auto category = parseProductCategory(*categoryText);
    if (!category) {
        QStringList valid;
        for (ProductCategory each : AllProductCategories)
            valid << productCategoryCode(each);
        return Status::failure(Error::Kind::InvalidInput,
                               QStringLiteral("product add: unknown category '%1' (one of: %2)")
                                   .arg(*categoryText, valid.join(QStringLiteral(", "))));
    }
    const QString name = args->positional().first().trimmed();
    const auto added = ProductStore(context.database).add(name, *category);
    if (!added)
        return added.error();
    context.environment.out << "added product " << name << " (" << productCategoryCode(*category) << ")\n";
    return success();
}
