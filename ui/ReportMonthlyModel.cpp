#include "ReportMonthlyModel.h"

#include "AppContext.h"
#include "Formatting.h"

ReportMonthlyModel::ReportMonthlyModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
}

void ReportMonthlyModel::setRows(const QList<ReportRow> &rows, MonthRange months)
{
    struct Sums
    {
        int tickets = 0;
        qint64 seconds = 0;
        double withinWeighted = 0; // Σ share × tickets over rows with a target
        int ticketsWithTarget = 0;
        double targetWeighted = 0;
        std::optional<int> onlyTarget; // the target when every row has the same one
        bool mixedTargets = false;
        bool anyTarget = false;
    };
    QList<std::array<Sums, PriorityCount>> sums(months.count());
    for (const ReportRow &row : rows) {
        if (!months.contains(row.month))
            continue;
        Sums &s = sums[row.month.index() - months.first.index()][priorityIndex(row.priority)];
        s.tickets += row.tickets;
        s.seconds += row.totalResponseSeconds;
        if (!row.target.exists())
            continue;
        if (s.anyTarget && s.onlyTarget != row.target.minutes)
            s.mixedTargets = true;
        if (!s.anyTarget)
            s.onlyTarget = row.target.minutes;
        s.anyTarget = true;
        if (row.tickets > 0) {
            s.ticketsWithTarget += row.tickets;
            s.targetWeighted += double(row.target.minutes) * row.tickets;
            s.withinWeighted += row.withinTargetBasisPoints.value_or(0) / 100.0 * row.tickets;
        }
    }

    beginResetModel();
    m_months.clear();
    m_cells.clear();
    for (int i = 0; i < months.count(); ++i) {
        m_months << YearMonth::fromIndex(months.first.index() + i);
        std::array<Cell, PriorityCount> cells{};
        for (int p = 0; p < PriorityCount; ++p) {
            const Sums &s = sums.at(i)[p];
            Cell &cell = cells[p];
            cell.tickets = s.tickets;
            if (s.tickets > 0)
                cell.averageMinutes = double(s.seconds) / s.tickets / 60.0;
            if (s.anyTarget && !s.mixedTargets)
                cell.targetMinutes = *s.onlyTarget;
            else if (s.ticketsWithTarget > 0)
                cell.targetMinutes = s.targetWeighted / s.ticketsWithTarget;
            if (s.ticketsWithTarget > 0)
                cell.withinPercent = s.withinWeighted / s.ticketsWithTarget;
        }
        m_cells << cells;
    }
    endResetModel();
}

void ReportMonthlyModel::clear()
{
    beginResetModel();
    m_months.clear();
    m_cells.clear();
    endResetModel();
}

void ReportMonthlyModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_months.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ReportMonthlyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int ReportMonthlyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportMonthlyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole && index.column() != Month)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    const bool raw = role == Formatting::RawValueRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    const QLocale locale = m_context.locale();
    if (index.column() == Month)
        return raw ? QVariant(m_months.at(index.row()).index())
                   : QVariant(Formatting::month(locale, m_months.at(index.row())));
    const int p = (index.column() - FirstTickets) % PriorityCount;
    const Cell &cell = m_cells.at(index.row())[p];
    const auto shown = [&](const std::optional<double> &value, const QString &text) -> QVariant {
        if (!value)
            return raw ? QVariant() : QVariant(QStringLiteral("—"));
        return raw ? QVariant(*value) : QVariant(text);
    };
    // Hundredths held exactly for display, as the report table shows them.
    const auto hundredths = [](double value) { return qint64(value * 100.0 + 0.5); };
    if (index.column() < FirstAverage)
        return raw ? QVariant(cell.tickets) : QVariant(Formatting::integer(locale, cell.tickets));
    if (index.column() < FirstTarget)
        return shown(cell.averageMinutes,
                     cell.averageMinutes
                         ? tr("%1 min").arg(Formatting::hundredths(locale, hundredths(*cell.averageMinutes)))
                         : QString());
    if (index.column() < FirstWithin)
        return shown(cell.targetMinutes,
                     cell.targetMinutes
                         ? tr("%1 min").arg(Formatting::hundredths(locale, hundredths(*cell.targetMinutes)))
                         : QString());
    return shown(cell.withinPercent,
                 cell.withinPercent ? Formatting::percentBasisPoints(locale, hundredths(*cell.withinPercent))
                                    : QString());
}

QVariant ReportMonthlyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= ColumnCount)
        return {};
    if (section == Month)
        return tr("Month");
    const QString priority =
        Formatting::priorityShort(AllPriorities[(section - FirstTickets) % PriorityCount]);
    if (section < FirstAverage)
        return tr("%1 tickets").arg(priority);
    if (section < FirstTarget)
        return tr("%1 average").arg(priority);
    if (section < FirstWithin)
        return tr("%1 target").arg(priority);
    return tr("%1 within target").arg(priority);
}
