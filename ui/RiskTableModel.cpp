#include "RiskTableModel.h"

#include "AppContext.h"
#include "Formatting.h"
#include "TimeDisplay.h"
#include "ZoneRules.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>

namespace {

int openTicketsOf(const AccountRisk &risk)
{
    int open = 0;
    for (const SegmentBudget &segment : risk.segments) {
        for (const PriorityBudget &budget : segment.priorities)
            open += budget.openTickets();
    }
    return open;
}

} // namespace

RiskTableModel::RiskTableModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
}

void RiskTableModel::setRisks(const QList<AccountRisk> &risks, qint64 nowUtc)
{
    beginResetModel();
    m_risks.clear();
    for (const AccountRisk &risk : risks) {
        if (std::any_of(risk.segments.begin(), risk.segments.end(),
                        [](const SegmentBudget &segment) { return !segment.priorities.isEmpty(); }))
            m_risks.append(risk);
    }
    m_now = nowUtc;
    endResetModel();
}

QString RiskTableModel::instant(const AccountRisk &risk, qint64 utcSeconds, const QLocale &locale,
                                const TimeDisplay &times)
{
    static const auto utc = ZoneRules::forZone(QStringLiteral("UTC"));
    return times.dateTime(locale, utcSeconds, risk.zone ? *risk.zone : *utc);
}
const PriorityBudget *RiskTableModel::decisive(const AccountRisk &risk)
{
    const PriorityBudget *found = nullptr;
    for (const SegmentBudget &segment : risk.segments) {
        for (const PriorityBudget &budget : segment.priorities) {
            if (risk.state == RiskState::Broken) {
                if (budget.state == RiskState::Broken &&
                    (!found || budget.headroomSeconds < found->headroomSeconds))
                    found = &budget;
            } else if (budget.breaksAt && (!found || *budget.breaksAt < *found->breaksAt)) {
                found = &budget;
            }
        }
    }
    return found;
}

QString RiskTableModel::advice(const AccountRisk &risk, const QLocale &locale, const TimeDisplay &times)
{
    const PriorityBudget *budget = decisive(risk);
    if (!budget)
        return {};
    const QString priority = Formatting::priorityShort(budget->priority);
    const QString target = Formatting::targetMinutes(locale, budget->target.minutes);
    if (budget->state == RiskState::Broken) {
        if (!budget->recovery) {
            return QCoreApplication::translate(
                       "RiskTableModel", "%1 is over its %2 target for that plan period: its credit is owed.")
                .arg(priority, target);
        }
        const QString within = Formatting::duration(locale, budget->recovery->responseSeconds);
        if (budget->recovery->tickets == 1) {
            return QCoreApplication::translate(
                       "RiskTableModel",
                       "The %1 average returns under %2 only if the next ticket is answered within %3.")
                .arg(priority, target, within);
        }
        return QCoreApplication::translate(
                   "RiskTableModel",
                   "The %1 average returns under %2 only if the next %3 tickets are answered within %4.")
            .arg(priority, target, Formatting::integer(locale, budget->recovery->tickets), within);
    }
    if (budget->state == RiskState::AtRisk) {
        const QString before = instant(risk, *budget->breaksAt, locale, times);
        if (budget->openTickets() == 1)
            return QCoreApplication::translate("RiskTableModel", "Answer the open %1 ticket before %2.")
                .arg(priority, before);
        return QCoreApplication::translate("RiskTableModel", "Answer the %1 open %2 tickets before %3.")
            .arg(Formatting::integer(locale, budget->openTickets()), priority, before);
    }
    return {};
}

QString RiskTableModel::breaksText(const AccountRisk &risk) const
{
    const QLocale locale = m_context.locale();
    if (risk.state == RiskState::Broken)
        return tr("Already over");
    if (!risk.breaksAt)
        return QString();
    return tr("in %1 — %2")
        .arg(Formatting::duration(locale, qMax<qint64>(*risk.breaksAt - m_now, 0)),
             instant(risk, *risk.breaksAt, locale, m_context.timeDisplay()));
}

int RiskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_risks.size());
}

int RiskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_risks.size())
        return {};
    const AccountRisk &risk = m_risks.at(index.row());
    const QLocale locale = m_context.locale();
    const PriorityBudget *budget = decisive(risk);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Account: return risk.account;
        case State: return QCoreApplication::translate("RiskState", riskStateLabel(risk.state));
        case Breaks: return breaksText(risk);
        case Priority: return budget ? Formatting::priorityShort(budget->priority) : QString();
        case CreditAtStake: return Formatting::money(locale, risk.creditAtStakeCents);
        case OpenTickets: return Formatting::integer(locale, openTicketsOf(risk));
        case Advice: return advice(risk, locale, m_context.timeDisplay());
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Formatting::RawValueRole) {
        switch (Column(index.column())) {
        case Account: return risk.account;
        case State: return int(risk.state);
        case Breaks: return risk.breaksAt ? QVariant(*risk.breaksAt) : QVariant();
        case Priority: return budget ? QVariant(int(budget->priority)) : QVariant();
        case CreditAtStake: return risk.creditAtStakeCents;
        case OpenTickets: return openTicketsOf(risk);
        case Advice: return advice(risk, locale, m_context.timeDisplay());
        case ColumnCount: break;
        }
        return {};
    }
    // Colour repeats what the State column says in words.
    if (role == Qt::BackgroundRole && risk.state != RiskState::Safe)
        return QBrush(risk.state == RiskState::Broken ? QColor(248, 215, 218) : QColor(255, 236, 179));
    if (role == Qt::ForegroundRole && risk.state != RiskState::Safe)
        return QBrush(QColor(33, 37, 41));
    if (role == Qt::TextAlignmentRole && (index.column() == CreditAtStake || index.column() == OpenTickets))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Account: return tr("Account");
    case State: return tr("This month");
    case Breaks: return tr("Breaks");
    case Priority: return tr("Priority");
    case CreditAtStake: return tr("Credit at stake");
    case OpenTickets: return tr("Open tickets");
    case Advice: return tr("What would help");
    case ColumnCount: break;
    }
    return {};
}

void RiskTableModel::retranslate()
{
    beginResetModel();
    endResetModel();
}
