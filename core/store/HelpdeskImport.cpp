#include "HelpdeskImport.h"

#include "AccountStore.h"
#include "Database.h"
#include "ExportFile.h"
#include "FactsLoader.h"
#include "ImportSource.h"
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

// The accounts and products the store has, by name.
struct StoreNames
{
    QHash<QString, qint64> accounts; // name → id; 0 for one the import adds
    QSet<QString> products;
};

Expected<StoreNames> storeNames(Database &database)
{
    StoreNames names;
    const auto accounts = AccountStore(database).all();
    if (!accounts)
        return accounts.error();
    for (const Account &account : *accounts)
        names.accounts.insert(account.name, account.id);
    const auto products = ProductStore(database).all();
    if (!products)
        return products.error();
    for (const Product &product : *products)
        names.products.insert(product.name);
    return names;
}

// The tickets of a mapped export, each naming an account and a product the
// store has (or will have): a ticket naming another is refused at its line,
// or, when the missing ones are to be added, its names are collected.
class MappedTickets final : public ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(HelpdeskImport)

public:
    enum class Missing : quint8 { Refuse, Collect };

    MappedTickets(ForeignTicketReader &reader, const ImportMapping &mapping, QString sourceName,
                  StoreNames known, Missing missing, bool keepGoing)
        : m_reader(reader), m_mapping(mapping), m_sourceName(std::move(sourceName)),
          m_known(std::move(known)), m_missing(missing), m_keepGoing(keepGoing)
    {
    }

    std::optional<Ticket> next() override
    {
        for (;;) {
            auto read = m_reader.next();
            if (!read)
                return std::nullopt;
            m_line = read->line;
            if (!m_known.accounts.contains(read->ticket.account)) {
                if (m_missing == Missing::Collect) {
                    m_addedAccounts.insert(read->ticket.account);
                } else if (!refuse(TicketField::Account,
                                   tr("account '%1' is not in the store: add it, or let the import add it "
                                      "(--create-missing)")
                                       .arg(read->ticket.account))) {
                    return std::nullopt;
                } else {
                    continue;
                }
            }
            if (!m_known.products.contains(read->ticket.product)) {
                if (m_missing == Missing::Collect) {
                    m_addedProducts.insert(read->ticket.product);
                } else if (!refuse(TicketField::Product,
                                   tr("product '%1' is not in the store: add it, or let the import add it "
                                      "(--create-missing)")
                                       .arg(read->ticket.product))) {
                    return std::nullopt;
                } else {
                    continue;
                }
            }
            return std::move(read->ticket);
        }
    }
    bool atError() const override { return m_reader.atError() || !m_error.isEmpty(); }
    QString error() const override { return m_reader.atError() ? m_reader.error() : m_error; }
    int line() const override { return m_line; }
    qint64 bytesRead() const override { return m_reader.bytesRead(); }

    // The reader's refusals and this one's, by line.
    QList<RowRefusal> refusals() const
    {
        QList<RowRefusal> all = m_reader.refusals() + m_refusals;
        std::stable_sort(all.begin(), all.end(),
                         [](const RowRefusal &a, const RowRefusal &b) { return a.line < b.line; });
        return all;
    }
    qint64 refusedCount() const { return m_reader.refusals().size() + m_refusedHere; }
    QStringList addedAccounts() const { return sorted(m_addedAccounts); }
    QStringList addedProducts() const { return sorted(m_addedProducts); }

private:
    static QStringList sorted(const QSet<QString> &names)
    {
        QStringList list(names.begin(), names.end());
        list.sort(Qt::CaseInsensitive);
        return list;
    }
    // Records the refusal and says whether to go on.
    bool refuse(TicketField field, const QString &why)
    {
        const QString where =
            m_mapping.column(field).isEmpty() ? why : tr("column %1: %2").arg(m_mapping.column(field), why);
        if (!m_keepGoing) {
            m_error = QStringLiteral("%1:%2: %3").arg(m_sourceName).arg(m_line).arg(where);
            return false;
        }
        ++m_refusedHere;
        if (m_refusals.size() < ImportDryRun::MaxListed)
            m_refusals.append(RowRefusal{m_line, where});
        return true;
    }

    ForeignTicketReader &m_reader;
    const ImportMapping &m_mapping;
    QString m_sourceName;
    StoreNames m_known;
    Missing m_missing;
    bool m_keepGoing;
    int m_line = 0;
    QList<RowRefusal> m_refusals;
    qint64 m_refusedHere = 0;
    QSet<QString> m_addedAccounts;
    QSet<QString> m_addedProducts;
    QString m_error;
};

bool sameData(const Ticket &a, const Ticket &b)
{
    return a.subject == b.subject && a.priority == b.priority && a.product == b.product &&
           a.channel == b.channel && a.createdAt == b.createdAt && a.firstResponseAt == b.firstResponseAt &&
           a.resolvedAt == b.resolvedAt;
}

// Counts a batch of read tickets as new, updated or unchanged against the
// store in one statement (an account the store lacks has none of them, so
// its tickets are new).
Status countAgainstStore(TicketKeyLookup &store, const std::vector<Ticket> &batch,
                         const QHash<QString, qint64> &accountIds, ImportDryRun &result)
{
    QList<TicketKey> keys;
    keys.reserve(qsizetype(batch.size()));
    for (const Ticket &ticket : batch) {
        if (const qint64 accountId = accountIds.value(ticket.account))
            keys.append(TicketKey{accountId, ticket.id});
    }
    const auto found = store.find(keys);
    if (!found)
        return found.error();
    QHash<std::pair<QString, QString>, const Ticket *> stored;
    for (const Ticket &ticket : *found)
        stored.insert({ticket.account, ticket.id}, &ticket);
    for (const Ticket &ticket : batch) {
        const Ticket *before = stored.value({ticket.account, ticket.id});
        if (!before)
            ++result.newTickets;
        else if (sameData(*before, ticket))
            ++result.unchanged;
        else
            ++result.updated;
    }
    return success();
}

constexpr std::size_t DryRunBatch = 500;

// Reads `tickets` to the end, counting them against the store a batch at a
// time. `goOn` is asked after each batch; false cancels.
Status countTickets(Database &database, ImportSource &tickets, const QHash<QString, qint64> &accountIds,
                    const std::function<bool()> &goOn, ImportDryRun &result)
{
    TicketKeyLookup store(database);
    std::vector<Ticket> batch;
    batch.reserve(DryRunBatch);
    const auto flush = [&]() -> Status {
        if (const Status counted = countAgainstStore(store, batch, accountIds, result); !counted)
            return counted;
        batch.clear();
        if (!goOn())
            return Status::failure(Error::Kind::Cancelled, HelpdeskImport::tr("dry run cancelled"));
        return success();
    };
    while (auto ticket = tickets.next()) {
        ++result.tickets;
        if (result.firstTickets.size() < ImportDryRun::FirstShown)
            result.firstTickets.append(*ticket);
        batch.push_back(std::move(*ticket));
        if (batch.size() == DryRunBatch) {
            if (const Status counted = flush(); !counted)
                return counted;
        }
    }
    if (tickets.atError())
        return Status::failure(Error::Kind::InvalidInput, tickets.error());
    return flush();
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
    if (const Status counted = countTickets(database, reader, known->accounts, goOn, result); !counted)
        return counted.error();
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
    const qint64 total = opened->rows->totalBytes();
    const auto goOn = [&]() {
        return !progress ||
               progress(ImportProgress{ImportProgress::Phase::Writing, opened->rows->bytesRead(), total});
    };
    auto known = storeNames(m_database);
    if (!known)
        return known.error();
    ImportDryRun result;
    result.preview = opened->preview;
    ForeignTicketReader reader(*opened->rows, result.preview.mapping, opened->sourceName);
    reader.setKeepGoing(true);
    if (const Status started = reader.start(); !started)
        return started.error();
    MappedTickets tickets(
        reader, result.preview.mapping, opened->sourceName, *known,
        options.createMissing ? MappedTickets::Missing::Collect : MappedTickets::Missing::Refuse, true);
    const Status counted = countTickets(m_database, tickets, known->accounts, goOn, result);
    if (!counted)
        return counted.error();
    result.refused = tickets.refusedCount();
    result.refusals = tickets.refusals().mid(0, ImportDryRun::MaxListed);
    result.skipped = reader.skipped();
    result.accountsToCreate = tickets.addedAccounts();
    result.productsToCreate = tickets.addedProducts();
    return result;
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
            known->products.insert(name);
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
