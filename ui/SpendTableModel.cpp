#include "SpendTableModel.h"

#include "AccountStore.h"
#include "AppContext.h"
#include "Formatting.h"
#include "Money.h"
#include "PlanSegments.h"
#include "PlanStore.h"
#include "SpendStore.h"

#include <algorithm>

SpendTableModel::SpendTableModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
}

Status SpendTableModel::setAccount(qint64 accountId, YearMonth currentMonth)
{
    beginResetModel();
    m_accountId = accountId;
    m_months.clear();
    m_spend.clear();
    m_history.clear();
    const Status loaded = accountId != 0 ? load(currentMonth) : success();
    if (!loaded) {
        m_accountId = 0;
        m_months.clear();
    }
    endResetModel();
    return loaded;
}

Status SpendTableModel::load(YearMonth currentMonth)
{
    auto spend = SpendStore(m_context.database()).forAccount(m_accountId);
    if (!spend)
        return spend.error();
    auto history = AccountStore(m_context.database()).planHistory(m_accountId);
    if (!history)
        return history.error();
    auto catalog = PlanStore(m_context.database()).catalog();
    if (!catalog)
        return catalog.error();
    m_spend = std::move(*spend);
    m_history = std::move(*history);
    m_catalog = std::move(*catalog);
    QList<int> indexes = m_spend.keys();
    YearMonth month = currentMonth;
    for (int i = 0; i < 12; ++i, month = month.previous())
        indexes << month.index();
    std::sort(indexes.begin(), indexes.end(), std::greater<>());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    for (int index : std::as_const(indexes))
        m_months << YearMonth::fromIndex(index);
    return success();
}

void SpendTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_months.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

qint64 SpendTableModel::feeOf(YearMonth month) const
{
    const qint64 spend = m_spend.value(month.index());
    qint64 fee = 0;
    for (const PlanSegment &segment : planSegments(m_history, month)) {
        const Plan *plan = m_catalog.find(segment.planId);
        if (!plan || plan->terms.isEmpty())
            continue;
        fee +=
            proratedFee(planFee(plan->termsOn(segment.start), spend), segment.activeDays(), month.dayCount());
    }
    return fee;
}

int SpendTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int SpendTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpendTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const YearMonth month = m_months.at(index.row());
    const auto spend = m_spend.constFind(month.index());
    if (role == Qt::TextAlignmentRole && index.column() != Month)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Spend && spend == m_spend.cend())
        return tr("No spend entered: the month counts as $0 and a paid plan costs its minimum.");
    if (role == Qt::EditRole && index.column() == Spend)
        return spend == m_spend.cend() ? QString() : Formatting::amount(m_context.locale(), *spend);
    const bool raw = role == Formatting::RawValueRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (Column(index.column())) {
    case Month: return raw ? QVariant(month.index()) : QVariant(Formatting::month(m_context.locale(), month));
    case Spend:
        if (spend == m_spend.cend())
            return raw ? QVariant() : QVariant(QStringLiteral("—"));
        return raw ? QVariant(*spend) : QVariant(Formatting::money(m_context.locale(), *spend));
    case Fee: {
        const qint64 fee = feeOf(month);
        return raw ? QVariant(fee) : QVariant(Formatting::money(m_context.locale(), fee));
    }
    case ColumnCount: break;
    }
    return {};
}

bool SpendTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Spend)
        return false;
    const YearMonth month = m_months.at(index.row());
    SpendStore store(m_context.database());
    // The user types dollars as their locale writes them ("1 234,50" in
    // French): drop the grouping, make the decimal point a dot, then the
    // core's parser judges the amount.
    QString text = value.toString().trimmed();
    const QLocale locale = m_context.locale();
    text.remove(locale.groupSeparator());
    text.remove(QChar(0x202F)).remove(QChar(0x00A0)).remove(QLatin1Char(' '));
    text.replace(locale.decimalPoint(), QStringLiteral("."));
    text.remove(QLatin1Char('$'));
    if (text.isEmpty()) {
        const Status cleared = store.clear(m_accountId, month);
        if (!cleared) {
            emit editRefused(cleared.message());
            return false;
        }
        m_spend.remove(month.index());
    } else {
        const Expected<qint64> cents = parseDollars(text);
        if (!cents) {
            emit editRefused(
                tr("“%1” is not an amount in dollars: %2").arg(value.toString(), cents.message()));
            return false;
        }
        const Status saved = store.set(m_accountId, month, *cents);
        if (!saved) {
            emit editRefused(saved.message());
            return false;
        }
        m_spend.insert(month.index(), *cents);
    }
    emit dataChanged(this->index(index.row(), Spend), this->index(index.row(), Fee));
    emit spendSaved();
    return true;
}

Qt::ItemFlags SpendTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Spend)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant SpendTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Month: return tr("Month");
    case Spend: return tr("Spend");
    case Fee: return tr("Support fee");
    case ColumnCount: break;
    }
    return {};
}
