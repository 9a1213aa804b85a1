#pragma once

#include "Calendar.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

class AppContext;

// A calendar's holidays: single dates and yearly rules, each described in
// words with its next date, so a rule like "last Monday of May" can be
// checked at a glance.
class HolidayModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Rule, NextDate, ColumnCount };

    explicit HolidayModel(AppContext &context, QObject *parent = nullptr);

    // `today` is the calendar's local date: the next dates count from it.
    void setHolidays(const QList<HolidayRule> &holidays, QDate today);
    const HolidayRule &holiday(int row) const { return m_holidays.at(row); }
    const QList<HolidayRule> &holidays() const { return m_holidays; }
    void retranslate();

    // The rule in words, in the interface language.
    static QString describe(const HolidayRule &rule, const QLocale &locale);
    // The first date on or after `from` the rule closes, within two years.
    static QDate nextDate(const HolidayRule &rule, QDate from);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AppContext &m_context;
    QList<HolidayRule> m_holidays;
    QList<QDate> m_next; // per row
    QDate m_today;
};
