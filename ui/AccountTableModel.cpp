#include "AccountTableModel.h"

#include "AppContext.h"
#include "Calendar.h"
#include "ClaimStore.h"
#include "FactsLoader.h"
#include "Formatting.h"
#include "PlanSegments.h"
#include "ZoneRules.h"

AccountTableModel::AccountTableModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
    // The view shows failure() once it is built.
    static_cast<void>(reload());
}

Status AccountTableModel::reload()
{
    beginResetModel();
    m_accounts.clear();
    m_currentPlanNames.clear();
    m_balances.clear();
    m_failure.reset();
    if (const Status loaded = load(); !loaded) {
        m_accounts.clear();
        m_failure = loaded.error();
    }
    endResetModel();
    if (m_failure)
        return *m_failure;
    return success();
}

Status AccountTableModel::load()
{
    const auto facts = FactsLoader::load(m_context.database());
    if (!facts)
        return facts.error();
    const auto balances = ClaimStore(m_context.database()).balances();
    if (!balances)
        return balances.error();
    m_balances = *balances;
    for (const AccountFacts &account : facts->accounts) {
        // "Today" is the account's own date: a plan change set for tomorrow
        // in Sydney may already be in force there.
        const QDate today = account.zone->localDate(m_context.nowUtc());
        const QString planId = planOn(account.planHistory, today);
        const Plan *plan = facts->catalog->find(planId);
        m_currentPlanNames.insert(account.account.id, plan ? plan->name(m_context.languageCode()) : planId);
        m_accounts.append(account.account);
    }
    return success();
}

void AccountTableModel::retranslate()
{
    // Plan names come in both languages from the store, so a reload picks the
    // right one; it also tells the views that the headers changed.
    static_cast<void>(reload());
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int AccountTableModel::rowOf(qint64 accountId) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).id == accountId)
            return row;
    }
    return -1;
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &account = m_accounts.at(index.row());
    const bool display = role == Qt::DisplayRole;
    const bool raw = role == Formatting::RawValueRole;
    if (!display && !raw) {
        if (role == Qt::TextAlignmentRole && index.column() == Balance)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    switch (Column(index.column())) {
    case Name: return account.name;
    case TimeZone: return account.timeZoneId;
    case CalendarName:
        return account.calendarName.isEmpty() ? Calendar::vendorDefaultName() : account.calendarName;
    case CurrentPlan: return m_currentPlanNames.value(account.id);
    case Balance: {
        const qint64 cents = m_balances.value(account.id);
        return raw ? QVariant(cents) : QVariant(Formatting::money(m_context.locale(), cents));
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Account");
    case TimeZone: return tr("Time zone");
    case CalendarName: return tr("Calendar");
    case CurrentPlan: return tr("Plan today");
    case Balance: return tr("Credit balance");
    case ColumnCount: break;
    }
    return {};
}
