#include "CreditTableModel.h"

#include "AppContext.h"
#include "Formatting.h"

#include <QBrush>
#include <QColor>
#include <QFont>

CreditTableModel::CreditTableModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
}

void CreditTableModel::setRows(const QList<CreditRow> &rows, const PlanCatalog &catalog,
                               const QHash<QString, QDate> &today,
                               const QSet<QPair<QString, int>> &claimedMonths)
{
    beginResetModel();
    m_rows = rows;
    m_catalog = catalog;
    m_today = today;
    m_claimed = claimedMonths;
    m_monthCredits.clear();
    // A claim is for the whole month: its segments share one state.
    for (const CreditRow &row : std::as_const(m_rows))
        m_monthCredits[{row.account, row.month.index()}] += row.creditCents;
    endResetModel();
}

void CreditTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

qint64 CreditTableModel::monthCredit(const CreditRow &row) const
{
    return m_monthCredits.value({row.account, row.month.index()});
}

CreditTableModel::Claim CreditTableModel::claimState(int row) const
{
    const CreditRow &credit = m_rows.at(row);
    if (m_claimed.contains({credit.account, credit.month.index()}))
        return Claim::Claimed;
    const QDate today = m_today.value(credit.account);
    if (today.isValid() && today <= credit.month.lastDay())
        return Claim::MonthNotOver;
    if (monthCredit(credit) == 0)
        return Claim::NothingOwed;
    if (today.isValid() && today > credit.claimDeadline)
        return Claim::Expired;
    if (today.isValid() && today.daysTo(credit.claimDeadline) < closingSoonDays)
        return Claim::ClosingSoon;
    return Claim::Open;
}

int CreditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CreditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreditTableModel::displayData(int rowIndex, int column) const
{
    const CreditRow &row = m_rows.at(rowIndex);
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
    case ActiveDays: return Formatting::integer(locale, row.activeDays);
    case Spend: return Formatting::money(locale, row.spendCents);
    case Fee: return Formatting::money(locale, row.feeCents);
    case Missed: {
        QStringList missed;
        for (Priority priority : row.missedPriorities)
            missed << Formatting::priorityShort(priority);
        return missed.isEmpty() ? QStringLiteral("—") : missed.join(QStringLiteral(", "));
    }
    case Credit: {
        const QString amount = Formatting::money(locale, row.creditCents);
        return row.provisional ? tr("%1 (provisional)").arg(amount) : amount;
    }
    case Deadline: return Formatting::date(locale, row.claimDeadline);
    case ClaimState: {
        const QDate today = m_today.value(row.account);
        switch (claimState(rowIndex)) {
        case Claim::NothingOwed: return tr("nothing to claim");
        case Claim::MonthNotOver: return tr("month not over");
        case Claim::Claimed: return tr("claimed");
        case Claim::Expired: return tr("deadline passed");
        case Claim::Open: return tr("to claim");
        case Claim::ClosingSoon: {
            const int days = int(today.daysTo(row.claimDeadline));
            if (days == 0)
                return tr("to claim: closes today");
            if (days == 1)
                return tr("to claim: closes tomorrow");
            return tr("to claim: closes in %1 days").arg(Formatting::integer(m_context.locale(), days));
        }
        }
        return {};
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant CreditTableModel::rawData(int rowIndex, int column) const
{
    const CreditRow &row = m_rows.at(rowIndex);
    switch (Column(column)) {
    case Account: return row.account;
    case Month: return row.month.index();
    case Plan: return row.planId;
    case Segment: return row.segmentStart;
    case ActiveDays: return row.activeDays;
    case Spend: return row.spendCents;
    case Fee: return row.feeCents;
    case Missed: {
        QStringList missed;
        for (Priority priority : row.missedPriorities)
            missed << priorityCode(priority);
        return missed.join(QLatin1Char(';'));
    }
    case Credit: return row.creditCents;
    case Deadline: return row.claimDeadline;
    case ClaimState: return int(claimState(rowIndex));
    case ColumnCount: break;
    }
    return {};
}

QVariant CreditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole: return displayData(index.row(), index.column());
    case Formatting::RawValueRole: return rawData(index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= ActiveDays && index.column() <= Credit && index.column() != Missed)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (claimState(index.row()) == Claim::ClosingSoon)
            return QBrush(QColor(0xff, 0xec, 0xb3));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Credit && m_rows.at(index.row()).creditCents > 0)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::FontRole: {
        if (claimState(index.row()) != Claim::ClosingSoon ||
            (index.column() != ClaimState && index.column() != Deadline))
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    default: return {};
    }
}

QVariant CreditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Account: return tr("Account");
    case Month: return tr("Month");
    case Plan: return tr("Plan");
    case Segment: return tr("Days on the plan");
    case ActiveDays: return tr("Days");
    case Spend: return tr("Month's spend");
    case Fee: return tr("Fee");
    case Missed: return tr("Missed");
    case Credit: return tr("Credit");
    case Deadline: return tr("Claim by");
    case ClaimState: return tr("Claim");
    case ColumnCount: break;
    }
    return {};
}
