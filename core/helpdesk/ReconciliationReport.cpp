#include "ReconciliationReport.h"

#include "CsvWriter.h"
#include "Timestamp.h"

#include <QIODevice>
#include <cstdlib>

namespace {

QString number(qint64 value)
{
    return QString::number(value);
}

} // namespace

QString formatSignedDuration(qint64 seconds)
{
    const qint64 size = std::llabs(seconds);
    const QString sign = seconds < 0 ? QStringLiteral("-") : seconds > 0 ? QStringLiteral("+") : QString();
    return QStringLiteral("%1%2:%3:%4")
        .arg(sign)
        .arg(size / 3600)
        .arg(size / 60 % 60, 2, 10, QChar(u'0'))
        .arg(size % 60, 2, 10, QChar(u'0'));
}

QStringList ReconciliationReport::csvHeader()
{
    return {QStringLiteral("line"),           QStringLiteral("account"),
            QStringLiteral("ticket_id"),      QStringLiteral("figure"),
            QStringLiteral("created_at"),     QStringLiteral("first_response_at"),
            QStringLiteral("ours_seconds"),   QStringLiteral("clock"),
            QStringLiteral("theirs"),         QStringLiteral("difference_seconds"),
            QStringLiteral("target_seconds"), QStringLiteral("cause"),
            QStringLiteral("cause_dates"),    QStringLiteral("cause_detail")};
}

Status ReconciliationReport::writeCsv(const QList<ReconciledMismatch> &mismatches, QIODevice *device)
{
    CsvWriter writer(device);
    // Ids and account names come from another program's export.
    writer.setNeutraliseFormulas(true);
    writer.writeRecord(csvHeader());
    for (const ReconciledMismatch &row : mismatches) {
        writer.writeNumber(number(row.line));
        writer.writeField(row.account);
        writer.writeField(row.ticketId);
        writer.writeField(toolFigureCode(row.figure.kind));
        writer.writeField(formatUtcTimestamp(row.createdAt));
        writer.writeField(formatUtcTimestamp(row.firstResponseAt));
        writer.writeNumber(number(row.oursSeconds));
        writer.writeField(measuredClockCode(row.oursClock));
        writer.writeNumber(number(row.figure.value));
        writer.writeNumber(row.differenceSeconds ? number(*row.differenceSeconds) : QString());
        writer.writeNumber(row.targetSeconds ? number(*row.targetSeconds) : QString());
        writer.writeField(mismatchCauseCode(row.cause.cause));
        QStringList dates;
        for (const QDate &date : row.cause.dates)
            dates.append(date.toString(Qt::ISODate));
        writer.writeField(dates.join(u';'));
        // A per-day amount is signed ("+3600"): a number, not a formula.
        bool isNumber = false;
        row.cause.detail.toLongLong(&isNumber);
        if (isNumber)
            writer.writeNumber(row.cause.detail);
        else
            writer.writeField(row.cause.detail);
        writer.endRecord();
        if (writer.hasError())
            break;
    }
    if (writer.hasError())
        return Status::failure(Error::Kind::Storage, writer.error());
    return success();
}

QString ReconciliationReport::summaryText(const Reconciler &reconciler)
{
    const ReconciliationSummary &summary = reconciler.summary();
    QStringList lines;
    lines << tr("Compared: %1 (matching %2, mismatched %3)")
                 .arg(summary.compared)
                 .arg(summary.matching)
                 .arg(summary.mismatched);
    QStringList reasons;
    for (int reason = 0; reason < NotComparedReasonCount; ++reason) {
        if (summary.notCompared[reason] > 0)
            reasons << QStringLiteral("%1 %2")
                           .arg(notComparedReasonCode(NotComparedReason(reason)))
                           .arg(summary.notCompared[reason]);
    }
    lines << (reasons.isEmpty()
                  ? tr("Not comparable: %1").arg(summary.notComparable())
                  : tr("Not comparable: %1 (%2)").arg(summary.notComparable()).arg(reasons.join(u", ")));
    if (summary.largest) {
        lines << tr("Largest difference (ours - theirs): %1 (%2 s), ticket %3 of %4")
                     .arg(formatSignedDuration(summary.largest->seconds))
                     .arg(summary.largest->seconds)
                     .arg(summary.largest->ticketId, summary.largest->account);
    }
    QStringList buckets;
    for (int bucket = 0; bucket < DifferenceBucketCount; ++bucket)
        buckets << QStringLiteral("%1 %2")
                       .arg(differenceBucketCode(DifferenceBucket(bucket)))
                       .arg(summary.histogram[bucket]);
    lines << tr("Differences: %1").arg(buckets.join(u", "));
    QStringList causes;
    for (MismatchCause cause : AllMismatchCauses) {
        if (summary.causes[int(cause)] > 0)
            causes << QStringLiteral("%1 %2").arg(mismatchCauseCode(cause)).arg(summary.causes[int(cause)]);
    }
    if (!causes.isEmpty())
        lines << tr("Likely causes: %1").arg(causes.join(u", "));
    if (reconciler.mismatchesNotKept() > 0)
        lines << tr("Mismatches not listed: %1").arg(reconciler.mismatchesNotKept());
    return lines.join(u'\n') + u'\n';
}
