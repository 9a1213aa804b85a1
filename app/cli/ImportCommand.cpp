// tickets import: SupportDesk's CSV or a help desk's export; tickets
// mapping: the mappings of exports saved in the store.
#include "Commands.h"
#include "HelpdeskImport.h"
#include "ImportMappingStore.h"
#include "ReconciliationReport.h"
#include "TicketCsv.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>

namespace {

const QString Command = QStringLiteral("tickets import");

Expected<HelpdeskImportOptions> optionsFrom(const Arguments &args, Database &database)
{
    HelpdeskImportOptions options;
    if (const auto name = args.option(QStringLiteral("mapping"))) {
        auto saved = ImportMappingStore(database).find(*name);
        if (!saved)
            return saved.error();
        options.mapping = std::move(*saved);
        options.source = options.mapping->source;
    }
    if (const auto from = args.option(QStringLiteral("from")); from && *from != u"auto" && !options.mapping) {
        options.source = parseHelpdeskSource(*from);
        if (!options.source) {
            QStringList codes;
            for (HelpdeskSource source : AllHelpdeskSources)
                codes << helpdeskSourceCode(source);
            return Expected<HelpdeskImportOptions>::failure(
                Error::Kind::InvalidInput, QStringLiteral("%1: --from '%2' is none of auto, %3")
                                               .arg(Command, *from, codes.join(QStringLiteral(", "))));
        }
    }
    options.zone = args.option(QStringLiteral("zone"), {});
    options.account = args.option(QStringLiteral("account"), {});
    options.product = args.option(QStringLiteral("product"), {});
    options.createMissing = args.flag(QStringLiteral("create-missing"));
    return options;
}

// The dry run in stable words, one fact a line, then the first tickets as
// the ticket CSV would have them.
void printDryRun(const ImportDryRun &run, QTextStream &out)
{
    const ImportMapping &mapping = run.preview.mapping;
    out << "source " << helpdeskSourceCode(run.preview.source) << '\n';
    out << "zone " << (mapping.zone.isEmpty() ? QStringLiteral("-") : mapping.zone) << '\n';
    out << "tickets " << run.tickets << '\n';
    out << "new " << run.newTickets << '\n';
    out << "updated " << run.updated << '\n';
    out << "unchanged " << run.unchanged << '\n';
    out << "refused " << run.refused << '\n';
    out << "skipped " << run.skipped << '\n';
    for (const QString &account : run.accountsToCreate)
        out << "add account " << account << '\n';
    for (const QString &product : run.productsToCreate)
        out << "add product " << product << '\n';
    for (const RowRefusal &refusal : run.refusals)
        out << "refused line " << refusal.line << ": " << refusal.reason << '\n';
    if (run.refused > run.refusals.size())
        out << "refused, not listed " << run.refused - run.refusals.size() << '\n';
    if (run.firstTickets.isEmpty())
        return;
    out << "first tickets\n";
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TicketCsvWriter writer(&buffer);
    writer.writeHeader();
    for (const Ticket &ticket : run.firstTickets)
        writer.write(ticket);
    out << QString::fromUtf8(buffer.data());
}

// The summary, then the mismatches as CSV (alone with `csvOnly`).
Status printReconciliation(const Reconciler &reconciler, bool csvOnly, QTextStream &out)
{
    if (!csvOnly)
        out << "reconciliation\n" << ReconciliationReport::summaryText(reconciler) << "mismatches\n";
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Status written = ReconciliationReport::writeCsv(reconciler.mismatches(), &buffer); !written)
        return written;
    out << QString::fromUtf8(buffer.data());
    return success();
}

} // namespace

Status runTicketsImport(const QStringList &words, CommandContext &context)
{
    const auto args = Arguments::parse(
        words,
        {QStringLiteral("from"), QStringLiteral("zone"), QStringLiteral("account"), QStringLiteral("product"),
         QStringLiteral("mapping"), QStringLiteral("format")},
        Command, {QStringLiteral("create-missing"), QStringLiteral("dry-run"), QStringLiteral("reconcile")});
    if (!args)
        return args.error();
    if (Status status = args->expectPositional({QStringLiteral("FILE")}); !status)
        return status;
    const auto options = optionsFrom(*args, context.database);
    if (!options)
        return options.error();
    const QString path = args->positional().first();
    HelpdeskImport import(context.database);
    const bool dryRun = args->flag(QStringLiteral("dry-run"));
    const bool reconcile = args->flag(QStringLiteral("reconcile"));
    const QString format = args->option(QStringLiteral("format"), QStringLiteral("text"));
    if (format != u"text" && format != u"csv")
        return Status::failure(
            Error::Kind::InvalidInput,
            QStringLiteral("%1: --format '%2' is neither text nor csv").arg(Command, format));
    if (format == u"csv" && (!reconcile || dryRun))
        return Status::failure(Error::Kind::InvalidInput,
                               QStringLiteral("%1: --format csv is for --reconcile alone").arg(Command));
    if (dryRun) {
        const auto run = import.dryRun(path, *options);
        if (!run)
            return run.error();
        printDryRun(*run, context.environment.out);
    }
    // Reconciling writes nothing either: it compares the file's own figures
    // with what SupportDesk works out from the store's calendars and plans.
    if (reconcile) {
        const auto reconciler = import.reconcile(path, *options);
        if (!reconciler)
            return reconciler.error();
        return printReconciliation(**reconciler, format == u"csv", context.environment.out);
    }
    if (dryRun)
        return success();
    const auto summary = import.importFile(path, *options);
    if (!summary)
        return summary.error();
    context.environment.out << "imported " << summary->tickets << " tickets\n";
    return success();
}

namespace {

const QString MappingCommand = QStringLiteral("tickets mapping");

void printMapping(const ImportMapping &mapping, QTextStream &out)
{
    out << QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Indented));
}

// The mapping an import of the file would use, with the options given.
Expected<ImportMapping> mappingOfFile(const Arguments &args, CommandContext &context)
{
    const auto options = optionsFrom(args, context.database);
    if (!options)
        return options.error();
    const auto preview =
        HelpdeskImport(context.database).preview(*args.option(QStringLiteral("file")), *options);
    if (!preview)
        return preview.error();
    return preview->mapping;
}

Expected<ImportMapping> mappingOfJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<ImportMapping>::failure(
            Error::Kind::Storage, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    QJsonParseError parse{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parse);
    QString why = parse.error == QJsonParseError::NoError ? QString() : parse.errorString();
    if (why.isEmpty() && !document.isObject())
        why = QStringLiteral("not a JSON object");
    if (why.isEmpty()) {
        if (auto mapping = ImportMapping::fromJson(document.object(), &why))
            return std::move(*mapping);
    }
    return Expected<ImportMapping>::failure(Error::Kind::InvalidInput,
                                            QStringLiteral("%1: %2").arg(path, why));
}

} // namespace

Status runTicketsMapping(const QStringList &words, CommandContext &context)
{
    const QString verb = words.value(0);
    const auto args = Arguments::parse(
        words.mid(1),
        {QStringLiteral("file"), QStringLiteral("json"), QStringLiteral("from"), QStringLiteral("zone"),
         QStringLiteral("account"), QStringLiteral("product"), QStringLiteral("mapping")},
        MappingCommand + u' ' + verb);
    if (!args)
        return args.error();
    ImportMappingStore store(context.database);
    QTextStream &out = context.environment.out;
    if (verb == u"list") {
        if (Status status = args->expectPositional({}); !status)
            return status;
        const auto all = store.all();
        if (!all)
            return all.error();
        for (const SavedMapping &saved : *all)
            out << saved.name << ',' << helpdeskSourceCode(saved.mapping.source) << '\n';
        return success();
    }
    if (verb == u"show") {
        if (args->option(QStringLiteral("file"))) {
            if (Status status = args->expectPositional({}); !status)
                return status;
            const auto mapping = mappingOfFile(*args, context);
            if (!mapping)
                return mapping.error();
            printMapping(*mapping, out);
            return success();
        }
        if (Status status = args->expectPositional({QStringLiteral("NAME")}); !status)
            return status;
        const auto mapping = store.find(args->positional().first());
        if (!mapping)
            return mapping.error();
        printMapping(*mapping, out);
        return success();
    }
    if (verb == u"save") {
        if (Status status = args->expectPositional({QStringLiteral("NAME")}); !status)
            return status;
        const bool fromFile = args->option(QStringLiteral("file")).has_value();
        const auto json = args->option(QStringLiteral("json"));
        if (fromFile == json.has_value())
            return Status::failure(
                Error::Kind::InvalidInput,
                QStringLiteral("%1 save: give --file EXPORT or --json MAPPING.json").arg(MappingCommand));
        const auto mapping = fromFile ? mappingOfFile(*args, context) : mappingOfJson(*json);
        if (!mapping)
            return mapping.error();
        if (Status saved = store.save(args->positional().first(), *mapping); !saved)
            return saved;
        out << "saved mapping " << args->positional().first().trimmed() << '\n';
        return success();
    }
    if (verb == u"remove") {
        if (Status status = args->expectPositional({QStringLiteral("NAME")}); !status)
            return status;
        return store.remove(args->positional().first());
    }
    return Status::failure(Error::Kind::InvalidInput,
                           QStringLiteral("%1: expected list, show, save or remove").arg(MappingCommand));
}
