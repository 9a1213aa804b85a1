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

namespace {

const QSet<QString> AccountDocumentOptions{QStringLiteral("language"), QStringLiteral("tam"),
                                           QStringLiteral("tam-email"), QStringLiteral("contact"),
                                           QStringLiteral("contact-email")};

// The options given change the account; those left out keep what it has.
void applyAccountOptions(const Arguments &args, Account &account)
{
    account.timeZoneId = args.option(QStringLiteral("tz"), account.timeZoneId);
    account.calendarName = args.option(QStringLiteral("calendar"), account.calendarName);
    account.language = args.option(QStringLiteral("language"), account.language).trimmed().toLower();
    account.tamName = args.option(QStringLiteral("tam"), account.tamName);
    account.tamEmail = args.option(QStringLiteral("tam-email"), account.tamEmail);
    account.contactName = args.option(QStringLiteral("contact"), account.contactName);
    account.contactEmail = args.option(QStringLiteral("contact-email"), account.contactEmail);
}

Status addAccount(const QStringList &words, CommandContext &context)
{
    const auto args = parseVerb(
        words, QStringLiteral("account"), QStringLiteral("add"),
        QSet<QString>{QStringLiteral("tz"), QStringLiteral("calendar")}.unite(AccountDocumentOptions));
    if (!args)
        return args.error();
    if (Status status = args->expectPositional({QStringLiteral("NAME")}); !status)
        return status;
    Account account;
    account.name = args->positional().first().trimmed();
    applyAccountOptions(*args, account);
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

Status setAccount(const QStringList &words, CommandContext &context)
{
    const auto args = parseVerb(
        words, QStringLiteral("account"), QStringLiteral("set"),
        QSet<QString>{QStringLiteral("name"), QStringLiteral("tz"), QStringLiteral("calendar")}.unite(
            AccountDocumentOptions));
    if (!args)
        return args.error();
    if (Status status = args->expectPositional({QStringLiteral("ACCOUNT")}); !status)
        return status;
    AccountStore accounts(context.database);
    auto account = accounts.findByName(args->positional().first().trimmed());
    if (!account)
        return account.error();
    account->name = args->option(QStringLiteral("name"), account->name).trimmed();
    applyAccountOptions(*args, *account);
    if (account->name.isEmpty())
        return Status::failure(Error::Kind::InvalidInput, QStringLiteral("account set: the name is empty"));
    if (Status status = checkZone(account->timeZoneId); !status)
        return status.error().reworded(QStringLiteral("account set: ") + status.message());
    // Checked against the version read above: a change made meanwhile by
    // someone else is refused, not overwritten.
    if (Status updated = accounts.update(*account); !updated)
        return updated;
    context.environment.out << "updated account " << account->name << '\n';
    return success();
}

// One "field: value" line each, in a fixed order, for scripts and people.
Status showAccount(const QStringList &words, CommandContext &context)
{
    const auto args = parseVerb(words, QStringLiteral("account"), QStringLiteral("show"), {});
    if (!args)
        return args.error();
    if (Status status = args->expectPositional({QStringLiteral("ACCOUNT")}); !status)
        return status;
    const auto account = AccountStore(context.database).findByName(args->positional().first().trimmed());
    if (!account)
        return account.error();
    const std::pair<const char *, QString> fields[] = {
        {"name", account->name},
        {"time_zone", account->timeZoneId},
        {"calendar", account->calendarName},
        {"language", account->language},
        {"tam", account->tamName},
        {"tam_email", account->tamEmail},
        {"contact", account->contactName},
        {"contact_email", account->contactEmail},
    };
    for (const auto &[field, value] : fields)
        context.environment.out << field << ": " << value << '\n';
    return success();
}

} // namespace

Status runAccountCommand(const QStringList &words, CommandContext &context)
{
    const QString verb = words.value(0);
    if (verb == QStringLiteral("set"))
        return setAccount(words, context);
    if (verb == QStringLiteral("show"))
        return showAccount(words, context);
    if (verb == QStringLiteral("add"))
        return addAccount(words, context);
    return Status::failure(
        Error::Kind::InvalidInput,
        QStringLiteral("account: expected 'account add', 'account set' or 'account show'"));
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
