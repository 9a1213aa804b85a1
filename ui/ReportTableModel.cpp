#include "ReportTableModel.h"

#include "AppContext.h"
#include "Formatting.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>

namespace {

// Text colours readable on a white or alternate-row background; the status
// also says itself in words, so colour is never the only cue.
QColor statusColour(const ReportRow &row)
{
    switch (row.status) {
    case ReportStatus::Met: return row.provisional ? QColor(0x8a, 0x6d, 0x00) : QColor(0x1b, 0x6e, 0x20);
    case ReportStatus::Missed: return QColor(0xb0, 0x00, 0x20);
    case ReportStatus::NoTarget:
    case ReportStatus::NoTickets: break;
    }
    return QColor(0x60, 0x60, 0x60);
}

} // namespace

ReportTableModel::ReportTableModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
}

void ReportTableModel::setRows(const QList<ReportRow> &rows, const PlanCatalog &catalog)
{
    beginResetModel();
    m_rows = rows;
    m_catalog = catalog;
    endResetModel();
}

void ReportTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ReportTableModel::statusText(const ReportRow &row)
{
    const QString status = QCoreApplication::translate("ReportStatus", reportStatusLabel(row.status));
    return row.provisional ? tr("%1, provisional", "status of a month with unanswered tickets").arg(status)
                           : status;
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportTableModel::displayData(const ReportRow &row, int column) const
{
    const QLocale locale = m_context.locale();
    switch (Column(column)) {
    case Account: return row.account;
    case Month: return Formatting::month(locale, row.month);
    case Plan: {
        const ::Plan *plan = m_catalog.find(row.planId);
        return plan ? plan->name(m_context.languageCode()) : row.planId;
    }
    case Segment:
        return tr("%1 – %2").arg(Formatting::date(locale, row.segmentStart),
                                 Formatting::date(locale, row.segmentEnd));
    case Priority: return Formatting::priorityShort(row.priority);
    case Target:
        switch (row.target.clock) {
        case TargetClock::None: return tr("none");
        case TargetClock::Business:
            return tr("%1, business hours").arg(Formatting::targetMinutes(locale, row.target.minutes));
        case TargetClock::Continuous:
            return tr("%1, 24/7").arg(Formatting::targetMinutes(locale, row.target.minutes));
        }
        return {};
    case Tickets: return Formatting::integer(locale, row.tickets);
    case Answered: return Formatting::integer(locale, row.answered);
    case Average:
        return row.averageCentiMinutes
                   ? tr("%1 min").arg(Formatting::hundredths(locale, *row.averageCentiMinutes))
                   : QStringLiteral("—");
    case WithinTarget:
        return row.withinTargetBasisPoints
                   ? Formatting::percentBasisPoints(locale, *row.withinTargetBasisPoints)
                   : QStringLiteral("—");
    case Status: return statusText(row);
    case ColumnCount: break;
    }
    return {};
}

QVariant ReportTableModel::rawData(const ReportRow &row, int column) const
{
    switch (Column(column)) {
    case Account: return row.account;
    case Month: return row.month.index();
    case Plan: return row.planId;
    case Segment: return row.segmentStart;
    case Priority: return priorityIndex(row.priority);
    case Target: return row.target.exists() ? QVariant(row.target.minutes) : QVariant();
    case Tickets: return row.tickets;
    case Answered: return row.answered;
    case Average: return row.averageCentiMinutes ? QVariant(*row.averageCentiMinutes) : QVariant();
    case WithinTarget:
        return row.withinTargetBasisPoints ? QVariant(*row.withinTargetBasisPoints) : QVariant();
    case Status: return reportStatusCode(row.status);
    case ColumnCount: break;
    }
    return {};
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(row, index.column());
    case Formatting::RawValueRole: return rawData(row, index.column());
    case Qt::ForegroundRole:
        return index.column() == Status ? QVariant(QBrush(statusColour(row))) : QVariant();
    case Qt::FontRole: {
        if (index.column() != Status || row.status != ReportStatus::Missed)
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::TextAlignmentRole:
        if (index.column() >= Tickets && index.column() <= WithinTarget)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Status && row.provisional)
            return tr("Some tickets are not answered yet: their time runs until they are, so this can still "
                      "change.");
        if (index.column() == Average && row.clock == TargetClock::Business)
            return tr("Measured in business hours of the account's calendar.");
        return {};
    default: return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Account: return tr("Account");
    case Month: return tr("Month");
    case Plan: return tr("Plan");
    case Segment: return tr("Days on the plan");
    case Priority: return tr("Priority");
    case Target: return tr("Target");
    case Tickets: return tr("Tickets");
    case Answered: return tr("Answered");
    case Average: return tr("Average response");
    case WithinTarget: return tr("Within target");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}
