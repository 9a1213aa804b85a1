#include "HolidayModel.h"

#include "AppContext.h"
#include "Formatting.h"

HolidayModel::HolidayModel(AppContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
}

void HolidayModel::setHolidays(const QList<HolidayRule> &holidays, QDate today)
{
    beginResetModel();
    m_holidays = holidays;
    m_today = today;
    m_next.clear();
    for (const HolidayRule &rule : std::as_const(m_holidays))
        m_next << nextDate(rule, today);
    endResetModel();
}

void HolidayModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_holidays.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QDate HolidayModel::nextDate(const HolidayRule &rule, QDate from)
{
    if (rule.kind == HolidayRule::Kind::Date)
        return rule.date >= from ? rule.date : QDate();
    // Day by day: a yearly rule closes a date at least once in 367 days, and
    // the observed shift is the rule's own business.
    for (QDate day = from; day <= from.addYears(2); day = day.addDays(1)) {
        if (rule.closes(day))
            return day;
    }
    return {};
}

QString HolidayModel::describe(const HolidayRule &rule, const QLocale &locale)
{
    const auto monthName = [&](int month) {
        return month >= 1 && month <= 12 ? locale.monthName(month, QLocale::LongFormat) : QString();
    };
    const auto dayName = [&](int weekday) {
        return weekday >= 1 && weekday <= 7 ? locale.dayName(weekday, QLocale::LongFormat) : QString();
    };
    switch (rule.kind) {
    case HolidayRule::Kind::Date: return tr("On %1 only").arg(Formatting::date(locale, rule.date));
    case HolidayRule::Kind::FixedDay: {
        const QDate sample(2000, rule.month, rule.day); // a leap year: 29 February exists
        const QString day = locale.toString(sample, tr("MMMM d", "format of a yearly date, e.g. January 1"));
        return rule.observed
                   ? tr("Every %1, on the Friday before or the Monday after when it falls on a weekend")
                         .arg(day)
                   : tr("Every %1").arg(day);
    }
    case HolidayRule::Kind::NthWeekday: {
        static const char *const ordinals[] = {QT_TR_NOOP("first"), QT_TR_NOOP("second"), QT_TR_NOOP("third"),
                                               QT_TR_NOOP("fourth"), QT_TR_NOOP("fifth")};
        const QString ordinal =
            rule.nth >= 1 && rule.nth <= 5 ? tr(ordinals[rule.nth - 1]) : QString::number(rule.nth);
        return tr("The %1 %2 of %3", "the fourth Thursday of November")
            .arg(ordinal, dayName(rule.weekday), monthName(rule.month));
    }
    case HolidayRule::Kind::LastWeekday:
        return tr("The last %1 of %2", "the last Monday of May")
            .arg(dayName(rule.weekday), monthName(rule.month));
    }
    return {};
}

int HolidayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_holidays.size());
}

int HolidayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HolidayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool raw = role == Formatting::RawValueRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    const HolidayRule &rule = m_holidays.at(index.row());
    const QDate next = m_next.at(index.row());
    switch (Column(index.column())) {
    case Name: return rule.name;
    case Rule: return describe(rule, m_context.locale());
    case NextDate:
        if (raw)
            return next;
        return next.isValid() ? Formatting::date(m_context.locale(), next) : tr("past");
    case ColumnCount: break;
    }
    return {};
}

QVariant HolidayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Holiday");
    case Rule: return tr("Rule");
    case NextDate: return tr("Next closed day");
    case ColumnCount: break;
    }
    return {};
}
