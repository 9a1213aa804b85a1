#include "AppContext.h"
#include "Formatting.h"
#include "TicketTableModel.h"
#include "TimeDisplay.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QStyle>

// What the cells and headers of the ticket table say; the paging is in
// TicketTableModel.cpp.

namespace {

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(qlonglong(*value)) : QVariant();
}

} // namespace

QString TicketTableModel::dueText(const Row &row) const
{
    if (!row.timing.dueAt)
        return QStringLiteral("—");
    // Answered: when it was due. Open: how far the deadline is, on its clock.
    if (!row.timing.secondsLeft)
        return m_context.timeDisplay().dateTime(m_context.locale(), *row.timing.dueAt,
                                                m_deadlines->zoneOf(row.ticket.ticket.account));
    return TimeDisplay::untilDeadline(m_context.locale(), *row.timing.secondsLeft);
}

std::optional<qint64> TicketTableModel::instantOf(const Row &row, int column)
{
    switch (column) {
    case Created: return row.ticket.ticket.createdAt;
    case FirstResponse: return row.ticket.ticket.firstResponseAt;
    case Resolved: return row.ticket.ticket.resolvedAt;
    case Due: return row.timing.dueAt;
    default: return std::nullopt;
    }
}

QVariant TicketTableModel::toolTip(const Row &row, int column) const
{
    QStringList lines;
    if (row.timing.breached)
        lines << tr("Response guarantee missed");
    if (const auto instant = instantOf(row, column)) {
        const QString &account = row.ticket.ticket.account;
        lines << m_context.timeDisplay().toolTip(m_context.locale(), *instant, m_deadlines->zoneOf(account));
        if (column == Due)
            lines << TimeDisplay::deadlineClock(
                row.timing.clock == TargetClock::Business ? m_deadlines->calendarNameOf(account) : QString());
    }
    return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
}

QVariant TicketTableModel::exportText(const Row &row, int column) const
{
    const auto instant = instantOf(row, column);
    if (!instant)
        return column == Due ? QVariant(dueText(row)) : QVariant();
    const QString iso =
        m_context.timeDisplay().isoDateTime(*instant, m_deadlines->zoneOf(row.ticket.ticket.account));
    if (column == Due && row.timing.secondsLeft)
        return tr("%1 (%2)").arg(iso, dueText(row));
    return iso;
}

QVariant TicketTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *row = rowAt(index.row());
    if (role == Formatting::ReadFailureRole)
        return m_failure ? QVariant::fromValue(*m_failure) : QVariant();
    if (!row)
        return {};
    const Ticket &t = row->ticket.ticket;
    const QLocale locale = m_context.locale();
    auto when = [&](const std::optional<qint64> &utc) {
        return utc ? m_context.timeDisplay().dateTime(locale, *utc, m_deadlines->zoneOf(t.account))
                   : QString();
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id: return t.id;
        case Account: return t.account;
        case Subject: return t.subject;
        case Priority: return Formatting::priority(t.priority);
        case Product: return t.product;
        case Channel: return Formatting::channel(t.channel);
        case Created: return when(t.createdAt);
        case FirstResponse: return when(t.firstResponseAt);
        case Resolved: return when(t.resolvedAt);
        case ResponseTime:
            return row->timing.responseSeconds ? Formatting::duration(locale, *row->timing.responseSeconds)
                                               : QString();
        case Due: return dueText(*row);
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case Id: return t.id;
        case Account: return t.account;
        case Subject: return t.subject;
        case Priority: return priorityIndex(t.priority);
        case Product: return t.product;
        case Channel: return int(t.channel);
        case Created: return qlonglong(t.createdAt);
        case FirstResponse: return optionalValue(t.firstResponseAt);
        case Resolved: return optionalValue(t.resolvedAt);
        case ResponseTime: return optionalValue(row->timing.responseSeconds);
        case Due: return optionalValue(row->timing.dueAt);
        }
        break;
    case RowIdRole: return qlonglong(row->ticket.rowId);
    case BreachedRole: return row->timing.breached;
    case Qt::ForegroundRole:
        if (row->timing.breached)
            return QColor(0xb0, 0x00, 0x20);
        break;
    case Qt::FontRole:
        // Bold as well as red: the mark must not rest on colour alone.
        if (row->timing.breached) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::DecorationRole:
        if (row->timing.breached && index.column() == Id &&
            qobject_cast<QApplication *>(QCoreApplication::instance()))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole: return toolTip(*row, index.column());
    case Formatting::ExportTextRole: return exportText(*row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == ResponseTime)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section >= Created && section <= Resolved)
            return m_context.timeDisplay().clockDescription();
        if (section == ResponseTime)
            return tr("From creation to first response, on the clock of the plan's target");
        if (section == Due)
            return tr("How long until the first response falls due under the plan's target, on its clock "
                      "(business hours or around the clock); when it fell due once answered");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("Ticket");
    case Account: return tr("Account");
    case Subject: return tr("Subject");
    case Priority: return tr("Priority");
    case Product: return tr("Product");
    case Channel: return tr("Channel");
    case Created: return tr("Created");
    case FirstResponse: return tr("First response");
    case Resolved: return tr("Resolved");
    case ResponseTime: return tr("Response time");
    case Due: return tr("Due / time left");
    }
    return {};
}
