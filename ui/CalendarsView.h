#pragma once

#include "Calendar.h"
#include "Expected.h"

#include <QHash>
#include <QWidget>

class AppContext;
class ProblemBanner;
class HolidayModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class WeeklyHoursEditor;

// Business-hours calendars: the list, and for the selected one its name,
// time zone, weekly hours and holidays (single dates and yearly rules). The
// vendor's default calendar is one of them, shown and editable like any.
class CalendarsView : public QWidget
{
    Q_OBJECT

public:
    enum ListColumn { NameColumn, ZoneColumn, HoursColumn, HolidaysColumn, ListColumnCount };

    explicit CalendarsView(AppContext &context, QWidget *parent = nullptr);

    QTableView *currentTable() const;

    QString selectedCalendarName() const;
    void selectCalendar(const QString &name);

    // Saves the editor's name, zone and hours into the selected calendar;
    // false with the reason shown when refused.
    bool saveCalendar();
    bool addHoliday(const HolidayRule &rule);

    QStandardItemModel *listModel() const { return m_list; }
    HolidayModel *holidayModel() const { return m_holidays; }
    WeeklyHoursEditor *hoursEditor() const { return m_hours; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *zoneCombo() const { return m_zone; }
    QLabel *messageLabel() const { return m_message; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    Status load();
    void showCalendar();
    void newCalendar();
    void removeCalendar();
    void addHolidayFromForm();
    void removeHoliday();
    void updateHolidayForm();
    void showMessage(const QString &text, bool error);
    void retranslate();

    AppContext &m_context;
    QList<Calendar> m_calendars;
    QString m_defaultName;
    // Each calendar's version when read: a save is refused when someone
    // changed the calendar since.
    QHash<QString, qint64> m_versions;
    QStandardItemModel *m_list = nullptr;
    HolidayModel *m_holidays = nullptr;

    QTableView *m_listTable = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_makeDefault = nullptr;

    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QComboBox *m_zone = nullptr;
    QLabel *m_hoursLabel = nullptr;
    WeeklyHoursEditor *m_hours = nullptr;
    QPushButton *m_save = nullptr;

    QGroupBox *m_holidayBox = nullptr;
    QTableView *m_holidayTable = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_holidayName = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_nth = nullptr;
    QComboBox *m_weekday = nullptr;
    QComboBox *m_month = nullptr;
    QSpinBox *m_day = nullptr;
    QCheckBox *m_observed = nullptr;
    QPushButton *m_addHoliday = nullptr;
    QPushButton *m_removeHoliday = nullptr;
    QLabel *m_message = nullptr;
    ProblemBanner *m_problem = nullptr;
};
