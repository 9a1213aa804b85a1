#include "TicketEvidenceCsv.h"

#include "CsvWriter.h"
#include "Money.h"
#include "Timestamp.h"

#include <QBuffer>

namespace {

// Seconds as minutes with two decimals, half up: as the report writes them.
QString minutes(qint64 seconds)
{
    return formatHundredths(divideRoundHalfUp(seconds * 100, 60));
}

} // namespace

QByteArray ticketEvidenceCsv(const QList<MonthlyStatement> &months)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(&buffer);
    // Subjects are the customer's text: a spreadsheet must show them, not
    // evaluate them.
    csv.setNeutraliseFormulas(true);
    csv.writeRecord({QStringLiteral("ticket_id"), QStringLiteral("subject"), QStringLiteral("priority"),
                     QStringLiteral("product"), QStringLiteral("category"), QStringLiteral("channel"),
                     QStringLiteral("created_at"), QStringLiteral("first_response_at"),
                     QStringLiteral("counted"), QStringLiteral("plan"), QStringLiteral("clock"),
                     QStringLiteral("target_minutes"), QStringLiteral("response_minutes"),
                     QStringLiteral("within_target")});
    for (const MonthlyStatement &month : months) {
        for (const StatementEvidence &ticket : month.evidence) {
            const bool targeted = ticket.counted && ticket.target.exists();
            csv.writeField(ticket.id);
            csv.writeField(ticket.subject);
            csv.writeField(priorityCode(ticket.priority));
            csv.writeField(ticket.product);
            csv.writeField(productCategoryCode(ticket.category));
            csv.writeField(channelCode(ticket.channel));
            csv.writeField(formatUtcTimestamp(ticket.createdAt));
            csv.writeField(ticket.firstResponseAt ? formatUtcTimestamp(*ticket.firstResponseAt) : QString());
            csv.writeField(ticket.counted ? QStringLiteral("yes") : QStringLiteral("no"));
            csv.writeField(ticket.planId);
            csv.writeField(ticket.counted ? measuredClockCode(ticket.target.clock) : QString());
            csv.writeNumber(targeted ? QString::number(ticket.target.minutes) : QString());
            csv.writeNumber(ticket.counted ? minutes(ticket.responseSeconds) : QString());
            csv.writeField(targeted
                               ? (ticket.responseSeconds <= ticket.target.seconds() ? QStringLiteral("yes")
                                                                                    : QStringLiteral("no"))
                               : QString());
            csv.endRecord();
        }
    }
    return bytes;
}
