// Reads a help desk's export the way an import's dry run does (its
// container, dialect, source and default mapping found from the file, every
// row mapped to a ticket) and asks nothing of a store: the dry run's
// baseline in benchmarks/helpdesk.sh, "reading the file".
//
//   export_read FILE [--zone ZONE]   prints "tickets N refused M"
#include "ExportFile.h"
#include "ForeignTicketReader.h"
#include "HelpdeskSource.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    QTextStream err(stderr);
    if (arguments.isEmpty()) {
        err << "usage: export_read FILE [--zone ZONE]\n";
        return 2;
    }
    const qsizetype zoneAt = arguments.indexOf(QStringLiteral("--zone"));
    const QString zone = zoneAt >= 0 ? arguments.value(zoneAt + 1) : QString();
    auto rows = openExportRows(arguments.first());
    if (!rows) {
        err << rows.message() << '\n';
        return 1;
    }
    if (const Status open = (*rows)->open(); !open) {
        err << open.message() << '\n';
        return 1;
    }
    const auto source = detectHelpdeskSource((*rows)->header());
    if (!source) {
        err << "export_read: no help desk writes these columns\n";
        return 1;
    }
    ImportMapping mapping = defaultMapping(*source, (*rows)->header(), (*rows)->zoneHint());
    if (!zone.isEmpty())
        mapping.zone = zone;
    ForeignTicketReader reader(**rows, mapping, arguments.first());
    reader.setKeepGoing(true);
    if (const Status started = reader.start(); !started) {
        err << started.message() << '\n';
        return 1;
    }
    qint64 tickets = 0;
    while (reader.next())
        ++tickets;
    if (reader.atError()) {
        err << reader.error() << '\n';
        return 1;
    }
    QTextStream(stdout) << "tickets " << tickets << " refused " << reader.refusedCount() << '\n';
    return 0;
}
