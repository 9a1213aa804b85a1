#include "HelpdeskImport.h"

#include "AccountStore.h"
#include "Database.h"
#include "DryRunCount.h"
#include "ExportFile.h"
#include "FactsLoader.h"
#include "ImportSource.h"
#include "MappedTickets.h"
#include "ProductStore.h"
#include "TicketCsv.h"
#include "TicketStore.h"
#include "ZoneRules.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <vector>

namespace {

struct OpenedExport
{
    std::unique_ptr<RowSource> rows;
    ExportPreview preview;
    QString sourceName;
};

Expected<OpenedExport> openExport(const QString &path, const HelpdeskImportOptions &options)
{
    auto rows = openExportRows(path);
    if (!rows)
        return rows.error();
    OpenedExport opened;
    opened.rows = std::move(*rows);
    opened.sourceName = QFileInfo(path).fileName();
    if (const Status open = opened.rows->open(); !open)
        return open.error();
    ExportPreview &preview = opened.preview;
    preview.header = opened.rows->header();
    preview.zoneHint = opened.rows->zoneHint();
    // A header no help desk writes is read as SupportDesk's own CSV, whose
    // reader then says which of its columns are missing.
    if (options.source)
        preview.source = *options.source;
    else
        preview.source = detectHelpdeskSource(preview.header).value_or(HelpdeskSource::SupportDesk);
    preview.mapping =
        options.mapping ? *options.mapping : defaultMapping(preview.source, preview.header, preview.zoneHint);
    preview.mapping.source = preview.source;
    if (!options.zone.isEmpty())
        preview.mapping.zone = options.zone;
    if (!options.account.isEmpty())
        preview.mapping.defaultAccount = options.account;
    if (!options.product.isEmpty())
        preview.mapping.defaultProduct = options.product;
    return opened;
}

// Whether the file is read as SupportDesk's own CSV: nothing says otherwise.
// A file that cannot be opened as an export is one too, its reader then
// saying what is wrong with it as a ticket CSV.
bool isNative(const Expected<OpenedExport> &opened, const HelpdeskImportOptions &options)
{
    if (options.mapping || (options.source && *options.source != HelpdeskSource::SupportDesk))
        return false;
    return !opened || opened->preview.source == HelpdeskSource::SupportDesk;
}

// SupportDesk's own CSV, read as its import reads it: zone-less times in
// each ticket's account zone, the first bad row an error.
Expected<ImportDryRun> nativeDryRun(Database &database, const QString &path,
                                    const HelpdeskImportOptions &options,
                                    const TicketImporter::Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Expected<ImportDryRun>::failure(
            Error::Kind::Storage, HelpdeskImport::tr("%1: cannot read: %2").arg(path, file.errorString()));
    const auto accounts = AccountStore(database).all();
    if (!accounts)
        return accounts.error();
    QHash<QString, std::shared_ptr<const ZoneRules>> zones;
    for (const Account &account : *accounts)
        zones.insert(account.name, ZoneRules::forZone(account.timeZoneId));
    auto known = storeNames(database);
    if (!known)
        return known.error();
    TicketCsvReader reader(&file, QFileInfo(path).fileName(),
                           [&zones](const QString &account) { return zones.value(account); });
    reader.setProductLookup([&known](const QString &name) { return known->products.contains(name); });
    if (const Status header = reader.readHeader(); !header)
        return header.error();
    ImportDryRun result;
    result.preview.source = HelpdeskSource::SupportDesk;
    result.preview.header = ticketCsvHeader();
    result.preview.mapping = defaultMapping(HelpdeskSource::SupportDesk, result.preview.header);
    if (!options.zone.isEmpty())
        result.preview.mapping.zone = options.zone;
    const qint64 total = file.size();
    const auto goOn = [&]() {
        return !progress ||
               progress(ImportProgress{ImportProgress::Phase::Writing, reader.bytesRead(), total});
    };
    const auto idsOf = [&known](const Ticket &ticket) {
        return TicketNameIds{known->accounts.value(ticket.account), known->products.value(ticket.product)};
    };
    if (const Status counted = DryRunCount::countTickets(database, reader, idsOf, total, goOn, result);
        !counted)
        return counted.error();
    return result;
}

enum class ReadRestApart : quint8 { Never, WhenLarge };

// Below this, the rest of an export is read on the thread that reads it
// all: a second reader costs a few milliseconds to set up.
constexpr qint64 MinimumRestReadApart = 4 << 20;

// A help desk's export read through its mapping and counted against the
// store. `readAsOne` false: the file was cut for two threads to read, and
// the two parts were not read as one reading would have (the cut fell in a
// quoted field, or a part fell back to another encoding); the result is
// then to be thrown away.
Expected<ImportDryRun> foreignDryRun(Database &database, OpenedExport &opened,
                                     const HelpdeskImportOptions &options,
                                     const TicketImporter::Progress &progress, ReadRestApart restApart,
                                     bool &readAsOne)
{
    const qint64 total = opened.rows->totalBytes();
    // Against what this thread reads: less than the file once its rest is
    // read apart.
    const auto goOn = [&]() {
        return !progress || progress(ImportProgress{ImportProgress::Phase::Writing, opened.rows->bytesRead(),
                                                    opened.rows->totalBytes()});
    };
    auto known = storeNames(database);
    if (!known)
        return known.error();
    ImportDryRun result;
    result.preview = opened.preview;
    const ImportMapping &mapping = result.preview.mapping;
    const auto missing =
        options.createMissing ? MappedTickets::Missing::Collect : MappedTickets::Missing::Refuse;
    ForeignTicketReader reader(*opened.rows, mapping, opened.sourceName);
    reader.setKeepGoing(true);
    if (const Status started = reader.start(); !started)
        return started.error();
    MappedTickets tickets(reader, mapping, opened.sourceName, *known, missing, true);

    // The rest of the file, read by the thread that reads the store, once
    // that is done: both cores then read the file.
    std::unique_ptr<RowSource> restRows;
    std::optional<ForeignTicketReader> restReader;
    std::optional<MappedTickets> restTickets;
    const auto splitOff = [&]() -> std::optional<DryRunCount::Part> {
        restRows = opened.rows->splitOffRest(MinimumRestReadApart);
        if (!restRows || !restRows->open())
            return std::nullopt;
        restReader.emplace(*restRows, mapping, opened.sourceName);
        restReader->setKeepGoing(true);
        if (!restReader->start())
            return std::nullopt;
        restTickets.emplace(*restReader, mapping, opened.sourceName, *known, missing, true);
        MappedTickets *rest = &*restTickets;
        return DryRunCount::Part{rest, [rest](const Ticket &) { return rest->lastIds(); }};
    };
    const Status counted = DryRunCount::countTickets(
        database, tickets, [&tickets](const Ticket &) { return tickets.lastIds(); }, total, goOn, result,
        restApart == ReadRestApart::WhenLarge ? DryRunCount::SplitOff(splitOff) : DryRunCount::SplitOff());
    if (restRows) {
        const bool cancelled = !counted && counted.errorKind() == Error::Kind::Cancelled;
        readAsOne = cancelled || (restTickets && !tickets.atError() && !restTickets->atError() &&
                                  opened.rows->readAsOnePart() && restRows->readAsOnePart());
        if (!readAsOne)
            return result;
    }
    if (!counted)
        return counted.error();
    result.refused = tickets.refusedCount();
    result.skipped = reader.skipped();
    QList<RowRefusal> refusals = tickets.refusals();
    QStringList accounts = tickets.addedAccounts();
    QStringList products = tickets.addedProducts();
    if (restTickets) {
        // The rest's lines are counted from its start.
        const int linesBefore = opened.rows->nextLine() - 1;
        for (RowRefusal refusal : restTickets->refusals()) {
            refusal.line += linesBefore;
            refusals.append(refusal);
        }
        result.refused += restTickets->refusedCount();
        result.skipped += restReader->skipped();
        accounts += restTickets->addedAccounts();
        products += restTickets->addedProducts();
    }
    result.refusals = refusals.mid(0, ImportDryRun::MaxListed);
    result.accountsToCreate = MappedTickets::sorted(QSet<QString>(accounts.begin(), accounts.end()));
    result.productsToCreate = MappedTickets::sorted(QSet<QString>(products.begin(), products.end()));
    return result;
}

} // namespace

HelpdeskImport::HelpdeskImport(Database &database) : m_database(database)
{
}

Expected<ExportPreview> HelpdeskImport::preview(const QString &path,
                                                const HelpdeskImportOptions &options) const
{
    auto opened = openExport(path, options);
    if (!opened)
        return opened.error();
    return opened->preview;
}

Expected<ImportDryRun> HelpdeskImport::dryRun(const QString &path, const HelpdeskImportOptions &options,
                                              const TicketImporter::Progress &progress) const
{
    auto opened = openExport(path, options);
    if (isNative(opened, options))
        return nativeDryRun(m_database, path, options, progress);
    if (!opened)
        return opened.error();
    bool readAsOne = true;
    auto counted = foreignDryRun(m_database, *opened, options, progress, ReadRestApart::WhenLarge, readAsOne);
    if (readAsOne)
        return counted;
    // Cut inside a quoted field, or one part changed its encoding: read
    // again, whole, on one thread.
    auto again = openExport(path, options);
    if (!again)
        return again.error();
    return foreignDryRun(m_database, *again, options, progress, ReadRestApart::Never, readAsOne);
}

Expected<ImportSummary> HelpdeskImport::importFile(const QString &path, const HelpdeskImportOptions &options,
                                                   const TicketImporter::Progress &progress) const
{
    auto opened = openExport(path, options);
    if (isNative(opened, options))
        return TicketImporter(m_database).importFile(path, progress);
    if (!opened)
        return opened.error();
    auto known = storeNames(m_database);
    if (!known)
        return known.error();
    const ImportMapping &mapping = opened->preview.mapping;

    // The accounts and products to add are found by reading the file once
    // first: the rows go to the store through one statement (COPY on
    // PostgreSQL) that nothing else may interrupt.
    QStringList addAccounts;
    QStringList addProducts;
    if (options.createMissing) {
        auto again = openExport(path, options);
        if (!again)
            return again.error();
        ForeignTicketReader reader(*again->rows, mapping, again->sourceName);
        if (const Status started = reader.start(); !started)
            return started.error();
        MappedTickets names(reader, mapping, again->sourceName, *known, MappedTickets::Missing::Collect,
                            false);
        while (names.next()) {
        }
        if (names.atError())
            return Expected<ImportSummary>::failure(Error::Kind::InvalidInput, names.error());
        addAccounts = names.addedAccounts();
        addProducts = names.addedProducts();
        for (const QString &name : addAccounts)
            known->accounts.insert(name, 0);
        for (const QString &name : addProducts)
            known->products.insert(name, 0);
    }

    ForeignTicketReader reader(*opened->rows, mapping, opened->sourceName);
    if (const Status started = reader.start(); !started)
        return started.error();
    MappedTickets tickets(reader, mapping, opened->sourceName, *known, MappedTickets::Missing::Refuse, false);

    TicketImporter::Input input;
    input.source = &tickets;
    input.sourceName = opened->sourceName;
    input.totalBytes = opened->rows->totalBytes();
    // The first line of a ticket the file has twice: the file is read again.
    input.firstLineOf = [&](const QString &account, const QString &id, int beforeLine) {
        auto again = openExport(path, options);
        if (!again)
            return 0;
        ForeignTicketReader first(*again->rows, mapping, again->sourceName);
        first.setKeepGoing(true);
        if (!first.start())
            return 0;
        while (auto read = first.next()) {
            if (read->line >= beforeLine)
                break;
            if (read->ticket.account == account && read->ticket.id == id)
                return read->line;
        }
        return 0;
    };
    input.beforeRows = [&]() -> Status {
        AccountStore accounts(m_database);
        for (const QString &name : addAccounts) {
            Account account;
            account.name = name;
            account.timeZoneId = mapping.zone.isEmpty() ? QStringLiteral("UTC") : mapping.zone;
            if (const auto added = accounts.add(account); !added)
                return added.error().reworded(
                    tr("%1: adding account '%2': %3").arg(opened->sourceName, name, added.message()));
        }
        ProductStore products(m_database);
        for (const QString &name : addProducts) {
            if (const auto added = products.add(name, ProductCategory::Ga); !added)
                return added.error().reworded(
                    tr("%1: adding product '%2': %3").arg(opened->sourceName, name, added.message()));
        }
        return success();
    };
    return TicketImporter(m_database).importFrom(input, progress);
}

Expected<std::unique_ptr<Reconciler>>
HelpdeskImport::reconcile(const QString &path, const HelpdeskImportOptions &options,
                          const TicketImporter::Progress &progress) const
{
    using Result = Expected<std::unique_ptr<Reconciler>>;
    auto opened = openExport(path, options);
    if (!opened)
        return opened.error();
    if (opened->preview.source == HelpdeskSource::SupportDesk)
        return Result::failure(
            Error::Kind::InvalidInput,
            tr("%1: SupportDesk's own CSV carries no help desk figure to reconcile").arg(opened->sourceName));
    const auto facts = FactsLoader::load(m_database);
    if (!facts)
        return facts.error();
    QHash<QString, const AccountFacts *> byName;
    for (const AccountFacts &account : facts->accounts)
        byName.insert(account.account.name, &account);
    const AccountFacts unknown; // no calendar: its tickets are not compared

    ForeignTicketReader reader(*opened->rows, opened->preview.mapping, opened->sourceName);
    reader.setKeepGoing(true);
    if (const Status started = reader.start(); !started)
        return started.error();
    auto reconciler = std::make_unique<Reconciler>(facts->catalog);
    const qint64 total = opened->rows->totalBytes();
    qint64 read = 0;
    while (auto ticket = reader.next()) {
        const AccountFacts *account = byName.value(ticket->ticket.account);
        reconciler->add(*ticket, account ? *account : unknown);
        if ((++read % 4096) == 0 && progress &&
            !progress(ImportProgress{ImportProgress::Phase::Writing, reader.bytesRead(), total}))
            return Result::failure(Error::Kind::Cancelled,
                                   tr("%1: reconciliation cancelled").arg(opened->sourceName));
    }
    if (reader.atError())
        return Result::failure(Error::Kind::InvalidInput, reader.error());
    return reconciler;
}
