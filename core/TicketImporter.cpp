#include "TicketImporter.h"

#include "AccountStore.h"
#include "ProductStore.h"
#include "Database.h"
#include "TicketCsv.h"
#include "TicketStore.h"
#include "ZoneRules.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace {

// Rows of an exported file are about 140 bytes; a low guess of the count
// only decides how the store updates its indexes.
constexpr qint64 BytesPerRowGuess = 100;

} // namespace

TicketImporter::TicketImporter(Database &database) : m_database(database) {}

Expected<ImportSummary> TicketImporter::importFile(const QString &path, const Progress &progress) const
{
    using Result = Expected<ImportSummary>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    const qint64 total = file.size();
    const QString sourceName = QFileInfo(path).fileName();

    // Account zones are looked up once per account, not once per row.
    QHash<QString, std::shared_ptr<const ZoneRules>> zones;
    for (const Account &account : AccountStore(m_database).all())
        zones.insert(account.name, ZoneRules::forZone(account.timeZoneId));
    TicketCsvReader reader(&file, sourceName, [&zones](const QString &account) { return zones.value(account); });
    // The store refuses a ticket repeated within the file; the reader is
    // spared remembering every ticket it has read.
    reader.setDuplicateCheck(false);
    // An unknown product is refused at its line and column, as it is read.
    QSet<QString> products;
    for (const Product &product : ProductStore(m_database).all())
        products.insert(product.name);
    reader.setProductLookup([&products](const QString &name) { return products.contains(name); });
    if (Status header = reader.readHeader(); !header)
        return Result::failure(header.error());

    // Rows go to the store as they are read, inside one transaction: the
    // file is never held in memory, and an error or a cancel rolls it all back.
    qint64 rows = 0;
    bool cancelled = false;
    const auto cancel = [&] {
        cancelled = true;
        return Status::failure(QStringLiteral("%1: import cancelled; nothing was changed").arg(sourceName));
    };
    QString repeatError;
    const auto repeated = [&](const Ticket &ticket) {
        // Rare, so the first line is found by reading the file again.
        const int line = reader.line();
        const int first = TicketCsvReader::firstLineOf(&file, ticket.account, ticket.id, line);
        repeatError = QStringLiteral("%1:%2: ticket \"%3\" of account \"%4\" appears twice, on lines %5 and %2")
                          .arg(sourceName)
                          .arg(line)
                          .arg(ticket.id, ticket.account)
                          .arg(first);
        return Status::failure(repeatError);
    };
    bool failedInside = false;
    const Status written = m_database.transaction([&]() -> Status {
        failedInside = true;
        const Status stored = TicketStore(m_database).upsertStream(
            [&](Ticket &ticket) {
                auto read = reader.next();
                if (!read)
                    return false;
                ticket = std::move(*read);
                if ((++rows & 0x3fff) == 0 && progress && !progress(reader.bytesRead(), total)) {
                    cancelled = true;
                    return false;
                }
                return true;
            },
            total / BytesPerRowGuess, repeated);
        if (!repeatError.isEmpty())
            return Status::failure(repeatError);
        if (reader.atError())
            return Status::failure(reader.error());
        if (cancelled)
            return cancel();
        if (!stored)
            return Status::failure(QStringLiteral("%1: %2").arg(sourceName, stored.error()));
        if (progress && !progress(total, total))
            return cancel();
        failedInside = false;
        return success();
    });
    // A store that cannot start or save the transaction is named with the file.
    if (!written)
        return Result::failure(failedInside ? written.error()
                                            : QStringLiteral("%1: %2").arg(sourceName, written.error()));
    return ImportSummary{rows};
}
