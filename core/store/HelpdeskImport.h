#pragma once

#include "Expected.h"
#include "ForeignTicketReader.h"
#include "HelpdeskSource.h"
#include "ImportMapping.h"
#include "Reconciliation.h"
#include "TicketImporter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class Database;

// How to read a help desk's export; what is not given is worked out from
// the file and its source.
struct HelpdeskImportOptions
{
    std::optional<HelpdeskSource> source; // nullopt: detected from the header
    std::optional<ImportMapping> mapping; // nullopt: the source's default
    QString zone;                         // of zone-less times; overrides the mapping's
    QString account;                      // for a file without an account column
    QString product;                      // for a file without a product column
    // Add the accounts and products the file names that the store lacks,
    // instead of refusing their tickets. Accounts get the mapping's zone.
    bool createMissing = false;
};

// An export as it would be read: its source, header and mapping.
struct ExportPreview
{
    HelpdeskSource source = HelpdeskSource::SupportDesk;
    QStringList header;
    QString zoneHint; // the zone the file names, if any
    ImportMapping mapping;
};

// What an import would do, found without writing anything.
struct ImportDryRun
{
    ExportPreview preview;
    qint64 tickets = 0; // read as tickets: new + updated + unchanged
    qint64 newTickets = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 refused = 0;
    qint64 skipped = 0;           // ignored by the mapping (priority or organisation)
    QList<RowRefusal> refusals;   // the first MaxListed, by line
    QStringList accountsToCreate; // with createMissing, by name
    QStringList productsToCreate;
    QList<Ticket> firstTickets; // the first FirstShown, as they would be stored
    static constexpr int MaxListed = 1000;
    static constexpr int FirstShown = 10;
};

// Imports a help desk's export (or SupportDesk's own CSV) into the store:
// one transaction, re-runnable (a ticket is keyed by its source id within
// its account: a later export updates what changed).
class HelpdeskImport
{
    Q_DECLARE_TR_FUNCTIONS(HelpdeskImport)

public:
    explicit HelpdeskImport(Database &database);

    Expected<ExportPreview> preview(const QString &path, const HelpdeskImportOptions &options) const;
    Expected<ImportDryRun> dryRun(const QString &path, const HelpdeskImportOptions &options,
                                  const TicketImporter::Progress &progress = {}) const;
    Expected<ImportSummary> importFile(const QString &path, const HelpdeskImportOptions &options,
                                       const TicketImporter::Progress &progress = {}) const;
    // The export's own first-response figures against SupportDesk's, each
    // ticket on its account's calendar and plan as the store has them now
    // (a ticket of an account the store lacks is not compared). Rows the
    // mapping refuses are left out. Writes nothing.
    Expected<std::unique_ptr<Reconciler>> reconcile(const QString &path, const HelpdeskImportOptions &options,
                                                    const TicketImporter::Progress &progress = {}) const;

private:
    Database &m_database;
};
