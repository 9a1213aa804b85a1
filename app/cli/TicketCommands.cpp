// tickets export (import: ImportCommand.cpp).
#include "AccountStore.h"
#include "Commands.h"
#include "Database.h"
#include "TicketCsv.h"
#include "TicketStore.h"
#include "YearMonth.h"
#include "ZoneRules.h"

#include <QFile>
#include <QSaveFile>

namespace {

// Writes the tickets of the chosen accounts, each limited to the month in
// its own time zone when a month is given.
Status writeTickets(Database &database, const QList<Account> &accounts, const std::optional<YearMonth> &month,
                    QIODevice *device)
{
    TicketCsvWriter writer(device);
    writer.writeHeader();
    TicketStore store(database);
    for (const Account &account : accounts) {
        TicketFilter filter;
        filter.accountId = account.id;
        if (month) {
            const auto zone = ZoneRules::forZone(account.timeZoneId);
            if (!zone)
                return Status::failure(
                    Error::Kind::InvalidInput,
                    QStringLiteral("account '%1' has an unknown time zone").arg(account.name));
            filter.createdFrom = zone->startOfLocalDay(month->firstDay());
            filter.createdTo = zone->startOfLocalDay(month->lastDay().addDays(1));
        }
        // A ticket that cannot be read fails the export: no file of part of them.
        if (const Status read =
                store.forEachTicket(filter, [&writer](const Ticket &ticket) { writer.write(ticket); });
            !read)
            return read;
        if (writer.hasError())
            return Status::failure(Error::Kind::Storage, writer.error());
    }
    return success();
}

Status exportTickets(const QStringList &words, CommandContext &context)
{
    const auto args = Arguments::parse(
        words, {QStringLiteral("account"), QStringLiteral("month"), QStringLiteral("output")},
        QStringLiteral("tickets export"));
    if (!args)
        return args.error();
    if (Status status = args->expectPositional({}); !status)
        return status;
    std::optional<YearMonth> month;
    if (const auto text = args->option(QStringLiteral("month"))) {
        month = YearMonth::parse(*text);
        if (!month)
            return Status::failure(Error::Kind::InvalidInput,
                                   QStringLiteral("tickets export: --month '%1' is not YYYY-MM").arg(*text));
    }
    QList<Account> accounts;
    AccountStore accountStore(context.database);
    if (const auto name = args->option(QStringLiteral("account"))) {
        const auto account = accountStore.findByName(*name);
        if (!account)
            return account.error();
        accounts << *account;
    } else {
        auto all = accountStore.all();
        if (!all)
            return all.error();
        accounts = std::move(*all);
    }

    const auto output = args->option(QStringLiteral("output"));
    if (!output) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return Status::failure(Error::Kind::InvalidInput,
                                   QStringLiteral("tickets export: cannot write to standard output"));
        context.environment.out.flush();
        if (Status written = writeTickets(context.database, accounts, month, &out); !written)
            return written;
        // The last buffered bytes are written here: a full disk shows now.
        if (!out.flush() || out.error() != QFileDevice::NoError)
            return Status::failure(
                Error::Kind::Storage,
                QStringLiteral("tickets export: cannot write to standard output: %1").arg(out.errorString()));
        return success();
    }
    // A killed or failed export never leaves a half file under the name.
    QSaveFile file(*output);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(Error::Kind::Storage,
                               QStringLiteral("%1: cannot write: %2").arg(*output, file.errorString()));
    if (Status written = writeTickets(context.database, accounts, month, &file); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Status::failure(Error::Kind::Storage,
                               QStringLiteral("%1: cannot write: %2").arg(*output, file.errorString()));
    return success();
}

} // namespace

Status runTicketsCommand(const QStringList &words, CommandContext &context)
{
    const QString verb = words.value(0);
    if (verb == u"import")
        return runTicketsImport(words.mid(1), context);
    if (verb == u"export")
        return exportTickets(words.mid(1), context);
    if (verb == u"mapping")
        return runTicketsMapping(words.mid(1), context);
    return Status::failure(
        Error::Kind::InvalidInput,
        QStringLiteral("tickets: expected 'tickets import FILE', 'tickets export' or 'tickets mapping'"));
}
