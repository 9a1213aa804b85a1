#include "TicketImporter.h"

#include "AccountStore.h"
#include "Database.h"
#include "TicketCsv.h"
#include "TicketStore.h"
#include "ZoneRules.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

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
    if (Status header = reader.readHeader(); !header)
        return Result::failure(header.error());

    QList<Ticket> tickets;
    qint64 rows = 0;
    while (auto ticket = reader.next()) {
        tickets << std::move(*ticket);
        if ((++rows & 0x3fff) == 0 && progress && !progress(reader.bytesRead(), total))
            return Result::failure(QStringLiteral("%1: import cancelled; nothing was changed").arg(sourceName));
    }
    if (reader.atError())
        return Result::failure(reader.error());
    if (progress && !progress(total, total))
        return Result::failure(QStringLiteral("%1: import cancelled; nothing was changed").arg(sourceName));
    if (Status written = TicketStore(m_database).upsert(tickets); !written)
        return Result::failure(QStringLiteral("%1: %2").arg(sourceName, written.error()));
    return ImportSummary{rows};
}
