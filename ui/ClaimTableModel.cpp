#include "ClaimTableModel.h"

#include "AccountStore.h"
#include "AppContext.h"
#include "Formatting.h"
#include "TimeDisplay.h"
#include "ZoneRules.h"

#include <QCoreApplication>
#include <algorithm>

ClaimTableModel::ClaimTableModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
    connect(&context, &AppContext::timeDisplayChanged, this, &ClaimTableModel::retranslate);
}

Status ClaimTableModel::load(const QList<qint64> &accountIds)
{
    beginResetModel();
    m_claims.clear();
    m_accountNames.clear();
    m_accountZones.clear();
    const Status loaded = read(accountIds);
    if (!loaded) {
        m_claims.clear();
        m_accountNames.clear();
        m_accountZones.clear();
    }
    endResetModel();
    return loaded;
}

Status ClaimTableModel::read(const QList<qint64> &accountIds)
{
    const auto accounts = AccountStore(m_context.database()).all();
    if (!accounts)
        return accounts.error();
    const auto decided = ClaimStore(m_context.database()).all();
    if (!decided)
        return decided.error();
    for (const ::Account &account : *accounts) {
        if (!accountIds.isEmpty() && !accountIds.contains(account.id))
            continue;
        // The rule of the report and the ticket table: no silent UTC.
        auto zone = ZoneRules::forZone(account.timeZoneId);
        if (!zone)
            return Status::failure(
                Error::Kind::InvalidInput,
                QCoreApplication::translate("FactsLoader", "account '%1' has an unknown time zone '%2'")
                    .arg(account.name, account.timeZoneId));
        m_accountNames.insert(account.id, account.name);
        m_accountZones.insert(account.id, std::move(zone));
    }
    for (const ClaimRecord &claim : *decided) {
        if (m_accountNames.contains(claim.accountId))
            m_claims << claim;
    }
    // The latest decision first: that is the one the user just made.
    std::stable_sort(m_claims.begin(), m_claims.end(), [](const ClaimRecord &a, const ClaimRecord &b) {
        return a.recordedAt != b.recordedAt ? a.recordedAt > b.recordedAt : a.id > b.id;
    });
    return success();
}

void ClaimTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_claims.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimRecord &claim = m_claims.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Granted)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    const QLocale locale = m_context.locale();
    const TimeDisplay &times = m_context.timeDisplay();
    const ZoneRules &zone = *m_accountZones.value(claim.accountId);
    if (index.column() == Decided && role == Qt::ToolTipRole)
        return times.toolTip(locale, claim.recordedAt, zone);
    if (index.column() == Decided && role == Formatting::ExportTextRole)
        return times.isoDateTime(claim.recordedAt, zone);
    const bool raw = role == Formatting::RawValueRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (Column(index.column())) {
    case Account: return m_accountNames.value(claim.accountId);
    case Month: return raw ? QVariant(claim.month.index()) : QVariant(Formatting::month(locale, claim.month));
    case Filed: return raw ? QVariant(claim.filedDate) : QVariant(Formatting::date(locale, claim.filedDate));
    case Outcome:
        return raw ? QVariant(claimOutcomeCode(claim.outcome))
                   : QVariant(QCoreApplication::translate("ClaimOutcome", claimOutcomeLabel(claim.outcome)));
    case Granted:
        return raw ? QVariant(claim.amountCents) : QVariant(Formatting::money(locale, claim.amountCents));
    case Decided:
        return raw ? QVariant(qlonglong(claim.recordedAt))
                   : QVariant(times.dateTime(locale, claim.recordedAt, zone));
    case ColumnCount: break;
    }
    return {};
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Decided)
        return m_context.timeDisplay().clockDescription();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Account: return tr("Account");
    case Month: return tr("Month");
    case Filed: return tr("Filed on");
    case Outcome: return tr("Outcome");
    case Granted: return tr("Credit granted");
    case Decided: return tr("Decided");
    case ColumnCount: break;
    }
    return {};
}
