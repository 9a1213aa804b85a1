#include "CalendarsView.h"

#include "AppContext.h"
#include "CalendarStore.h"
#include "Database.h"
#include "Formatting.h"
#include "HolidayModel.h"
#include "HoursSpec.h"
#include "ProblemBanner.h"
#include "WeeklyHoursEditor.h"
#include "ZoneRules.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <algorithm>

CalendarsView::CalendarsView(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_list = new QStandardItemModel(0, ListColumnCount, this);
    m_holidays = new HolidayModel(m_context, this);

    m_listTable = new QTableView(this);
    m_listTable->setModel(m_list);
    m_listTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listTable->horizontalHeader()->setStretchLastSection(true);
    m_listTable->verticalHeader()->hide();
    connect(m_listTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CalendarsView::showCalendar);
    m_new = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_makeDefault = new QPushButton(this);
    connect(m_new, &QPushButton::clicked, this, &CalendarsView::newCalendar);
    connect(m_remove, &QPushButton::clicked, this, &CalendarsView::removeCalendar);
    connect(m_makeDefault, &QPushButton::clicked, this, [this] {
        const Status made = CalendarStore(m_context.database()).setDefault(selectedCalendarName());
        if (!made)
            showMessage(made.message(), true);
        else
            m_context.notifyDataChanged();
    });
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_remove);
    listButtons->addWidget(m_makeDefault);
    listButtons->addStretch();
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_listTable);
    listLayout->addLayout(listButtons);

    // The editor of the selected calendar.
    m_name = new QLineEdit(this);
    m_zone = new QComboBox(this);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_hours = new WeeklyHoursEditor(this);
    m_save = new QPushButton(this);
    connect(m_save, &QPushButton::clicked, this, &CalendarsView::saveCalendar);
    connect(m_hours, &WeeklyHoursEditor::scheduleChanged, this,
            [this] { m_save->setEnabled(m_context.canEdit() && m_hours->schedule().has_value()); });
    m_nameLabel = new QLabel(this);
    m_zoneLabel = new QLabel(this);
    m_hoursLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_zoneLabel->setBuddy(m_zone);
    m_hoursLabel->setBuddy(m_hours->textEdit());
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_zoneLabel, m_zone);
    form->addRow(m_hoursLabel, m_hours);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);

    // Holidays.
    m_holidayBox = new QGroupBox(this);
    m_holidayTable = new QTableView(m_holidayBox);
    m_holidayTable->setModel(m_holidays);
    m_holidayTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_holidayTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_holidayTable->horizontalHeader()->setSectionResizeMode(HolidayModel::Rule, QHeaderView::Stretch);
    m_holidayTable->verticalHeader()->hide();
    m_kind = new QComboBox(m_holidayBox);
    m_holidayName = new QLineEdit(m_holidayBox);
    m_date = new QDateEdit(m_holidayBox);
    m_date->setCalendarPopup(true);
    m_nth = new QComboBox(m_holidayBox);
    m_weekday = new QComboBox(m_holidayBox);
    m_month = new QComboBox(m_holidayBox);
    m_day = new QSpinBox(m_holidayBox);
    m_day->setRange(1, 31);
    m_observed = new QCheckBox(m_holidayBox);
    m_addHoliday = new QPushButton(m_holidayBox);
    m_removeHoliday = new QPushButton(m_holidayBox);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CalendarsView::updateHolidayForm);
    connect(m_addHoliday, &QPushButton::clicked, this, &CalendarsView::addHolidayFromForm);
    connect(m_removeHoliday, &QPushButton::clicked, this, &CalendarsView::removeHoliday);
    auto *ruleRow = new QHBoxLayout;
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_kind, m_date, m_nth, m_weekday, m_month, m_day, m_observed})
        ruleRow->addWidget(widget);
    ruleRow->addStretch();
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_holidayName, 1);
    nameRow->addWidget(m_addHoliday);
    nameRow->addWidget(m_removeHoliday);
    auto *holidayLayout = new QVBoxLayout(m_holidayBox);
    holidayLayout->addWidget(m_holidayTable);
    holidayLayout->addLayout(ruleRow);
    holidayLayout->addLayout(nameRow);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addLayout(saveRow);
    editorLayout->addWidget(m_holidayBox, 1);
    editorLayout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listPane);
    splitter->addWidget(editorPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_problem = new ProblemBanner(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);

    connect(&m_context, &AppContext::dataChanged, this, &CalendarsView::reload);
    connect(&m_context, &AppContext::editableChanged, this, &CalendarsView::showCalendar);
    retranslate(); // fills the lists and loads the calendars
}

QTableView *CalendarsView::currentTable() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (focus && (focus == m_holidayTable || m_holidayBox->isAncestorOf(focus)))
        return m_holidayTable;
    return m_listTable;
}

QString CalendarsView::selectedCalendarName() const
{
    const QModelIndex current = m_listTable->currentIndex();
    return current.isValid()
               ? m_list->index(current.row(), NameColumn).data(Formatting::RawValueRole).toString()
               : QString();
}

void CalendarsView::selectCalendar(const QString &name)
{
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->index(row, NameColumn).data(Formatting::RawValueRole).toString() == name) {
            m_listTable->setCurrentIndex(m_list->index(row, NameColumn));
            break;
        }
    }
    showCalendar();
}

void CalendarsView::reload()
{
    const QString selected = selectedCalendarName();
    m_calendars.clear();
    m_versions.clear();
    m_defaultName.clear();
    if (const Status loaded = load(); !loaded) {
        // No calendar rather than some of them: the view says why.
        m_calendars.clear();
        m_problem->showProblem(tr("The calendars could not be read"), loaded.error());
    } else {
        m_problem->clearProblem();
    }
    m_list->removeRows(0, m_list->rowCount());
    for (const Calendar &calendar : std::as_const(m_calendars)) {
        const bool isDefault = calendar.name == m_defaultName;
        auto *name = new QStandardItem(isDefault ? tr("%1 (default)").arg(calendar.name) : calendar.name);
        // The row's key is the calendar's real name, whatever the display.
        name->setData(calendar.name, Formatting::RawValueRole);
        if (isDefault) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            name->setToolTip(tr("Accounts created without a calendar use this one."));
        }
        auto *holidays = new QStandardItem(Formatting::integer(m_context.locale(), calendar.holidays.size()));
        holidays->setData(qint64(calendar.holidays.size()), Formatting::RawValueRole);
        m_list->appendRow({name, new QStandardItem(calendar.timeZoneId),
                           new QStandardItem(formatHoursSpec(calendar.schedule)), holidays});
    }
    if (!selected.isEmpty())
        selectCalendar(selected);
    else if (m_list->rowCount() > 0)
        selectCalendar(m_list->index(0, NameColumn).data(Formatting::RawValueRole).toString());
    else
        showCalendar();
}

Status CalendarsView::load()
{
    CalendarStore store(m_context.database());
    auto calendars = store.all();
    if (!calendars)
        return calendars.error();
    auto versions = store.versions();
    if (!versions)
        return versions.error();
    const auto defaultName = store.defaultName();
    if (!defaultName && defaultName.errorKind() != Error::Kind::NotFound)
        return defaultName.error();
    m_calendars = std::move(*calendars);
    m_versions = std::move(*versions);
    m_defaultName = defaultName ? *defaultName : QString();
    return success();
}

void CalendarsView::showCalendar()
{
    const QString name = selectedCalendarName();
    const auto found = std::find_if(m_calendars.cbegin(), m_calendars.cend(),
                                    [&](const Calendar &calendar) { return calendar.name == name; });
    const bool any = found != m_calendars.cend();
    // A read-only store can be looked at and exported, not changed.
    const bool editable = m_context.canEdit();
    m_new->setEnabled(editable);
    m_remove->setEnabled(editable && any && name != m_defaultName);
    m_makeDefault->setEnabled(editable && any && name != m_defaultName);
    m_save->setEnabled(editable && any);
    m_holidayBox->setEnabled(any);
    m_addHoliday->setEnabled(editable);
    m_removeHoliday->setEnabled(editable);
    m_name->setEnabled(editable && any);
    m_zone->setEnabled(editable && any);
    m_hours->setEnabled(editable && any);
    if (!any) {
        m_name->clear();
        m_holidays->setHolidays({}, QDate());
        return;
    }
    m_name->setText(found->name);
    m_zone->setCurrentText(found->timeZoneId);
    m_hours->setSchedule(found->schedule);
    const auto zone = ZoneRules::forZone(found->timeZoneId);
    const QDate today = zone ? zone->localDate(m_context.nowUtc()) : QDate::currentDate();
    m_holidays->setHolidays(found->holidays, today);
    if (!m_date->date().isValid() || m_date->date() == QDate(2000, 1, 1))
        m_date->setDate(today);
}

bool CalendarsView::saveCalendar()
{
    const QString current = selectedCalendarName();
    const auto found = std::find_if(m_calendars.cbegin(), m_calendars.cend(),
                                    [&](const Calendar &calendar) { return calendar.name == current; });
    if (found == m_calendars.cend())
        return false;
    if (!m_hours->schedule()) {
        showMessage(tr("The hours have an error: %1").arg(m_hours->errorText()), true);
        return false;
    }
    Calendar edited = *found;
    edited.name = m_name->text().trimmed();
    edited.timeZoneId = m_zone->currentText().trimmed();
    edited.schedule = *m_hours->schedule();
    if (!QTimeZone::isTimeZoneIdAvailable(edited.timeZoneId.toUtf8())) {
        showMessage(tr("“%1” is not a known time zone.").arg(edited.timeZoneId), true);
        return false;
    }
    const Status saved =
        CalendarStore(m_context.database()).update(current, edited, m_versions.value(current, 0));
    if (!saved && saved.errorKind() == Error::Kind::Conflict) {
        showMessage(tr("Not saved: someone else changed this calendar meanwhile. The form now shows it."),
                    true);
        m_context.reportConflict(this, saved.message());
        return false;
    }
    if (!saved) {
        showMessage(saved.message(), true);
        return false;
    }
    showMessage(tr("Calendar “%1” saved.").arg(edited.name), false);
    m_context.notifyDataChanged();
    selectCalendar(edited.name);
    return true;
}

bool CalendarsView::addHoliday(const HolidayRule &rule)
{
    const Expected<qint64> added =
        CalendarStore(m_context.database()).addHoliday(selectedCalendarName(), rule);
    if (!added) {
        showMessage(added.message(), true);
        return false;
    }
    showMessage({}, false);
    m_context.notifyDataChanged();
    return true;
}

void CalendarsView::addHolidayFromForm()
{
    HolidayRule rule;
    rule.kind = HolidayRule::Kind(m_kind->currentData().toInt());
    rule.name = m_holidayName->text().trimmed();
    switch (rule.kind) {
    case HolidayRule::Kind::Date: rule.date = m_date->date(); break;
    case HolidayRule::Kind::FixedDay:
        rule.month = m_month->currentData().toInt();
        rule.day = m_day->value();
        rule.observed = m_observed->isChecked();
        if (!QDate::isValid(2000, rule.month, rule.day)) {
            showMessage(tr("That month has no day %1.").arg(rule.day), true);
            return;
        }
        break;
    case HolidayRule::Kind::NthWeekday:
        rule.nth = m_nth->currentData().toInt();
        rule.weekday = m_weekday->currentData().toInt();
        rule.month = m_month->currentData().toInt();
        break;
    case HolidayRule::Kind::LastWeekday:
        rule.weekday = m_weekday->currentData().toInt();
        rule.month = m_month->currentData().toInt();
        break;
    }
    if (addHoliday(rule))
        m_holidayName->clear();
}

void CalendarsView::removeHoliday()
{
    const QModelIndex current = m_holidayTable->currentIndex();
    if (!current.isValid())
        return;
    const Status removed = CalendarStore(m_context.database())
                               .removeHoliday(selectedCalendarName(), m_holidays->holiday(current.row()));
    if (!removed) {
        showMessage(removed.message(), true);
        return;
    }
    m_context.notifyDataChanged();
}

void CalendarsView::updateHolidayForm()
{
    const auto kind = HolidayRule::Kind(m_kind->currentData().toInt());
    m_date->setVisible(kind == HolidayRule::Kind::Date);
    m_nth->setVisible(kind == HolidayRule::Kind::NthWeekday);
    m_weekday->setVisible(kind == HolidayRule::Kind::NthWeekday || kind == HolidayRule::Kind::LastWeekday);
    m_month->setVisible(kind != HolidayRule::Kind::Date);
    m_day->setVisible(kind == HolidayRule::Kind::FixedDay);
    m_observed->setVisible(kind == HolidayRule::Kind::FixedDay);
}

void CalendarsView::newCalendar()
{
    CalendarStore store(m_context.database());
    QString name = tr("New calendar");
    for (int n = 2; store.findByName(name); ++n)
        name = tr("New calendar %1").arg(n);
    Calendar calendar;
    calendar.name = name;
    calendar.timeZoneId = QStringLiteral("UTC");
    calendar.schedule = parseHoursSpec(u"mon-fri 09:00-17:00").value();
    const Expected<qint64> added = store.add(calendar);
    if (!added) {
        showMessage(added.message(), true);
        return;
    }
    m_context.notifyDataChanged();
    selectCalendar(name);
    m_name->setFocus();
    m_name->selectAll();
}

void CalendarsView::removeCalendar()
{
    const QString name = selectedCalendarName();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove calendar"), tr("Remove the calendar “%1”?").arg(name)) !=
        QMessageBox::Yes)
        return;
    const Status removed = CalendarStore(m_context.database()).remove(name);
    if (!removed) {
        showMessage(removed.message(), true);
        return;
    }
    m_context.notifyDataChanged();
}

void CalendarsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
    m_message->setVisible(!text.isEmpty());
}

void CalendarsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CalendarsView::retranslate()
{
    const QLocale locale = m_context.locale();
    m_list->setHorizontalHeaderLabels({tr("Calendar"), tr("Time zone"), tr("Weekly hours"), tr("Holidays")});
    m_new->setText(tr("&New calendar"));
    m_remove->setText(tr("&Remove"));
    m_makeDefault->setText(tr("Use for new &accounts"));
    m_nameLabel->setText(tr("&Name:"));
    m_zoneLabel->setText(tr("&Time zone:"));
    m_hoursLabel->setText(tr("&Weekly hours:"));
    m_save->setText(tr("&Save calendar"));
    m_hours->setLocale(locale);
    m_holidayBox->setTitle(tr("Holidays (every interval starting on a holiday is closed)"));
    m_holidayName->setPlaceholderText(tr("Holiday name, e.g. Labor Day"));
    m_addHoliday->setText(tr("&Add holiday"));
    m_removeHoliday->setText(tr("Remove selected"));
    m_observed->setText(tr("Observed on Friday/Monday when on a weekend"));
    m_date->setDisplayFormat(Formatting::dateFormat(locale));

    const int kind = std::max(0, m_kind->currentIndex());
    m_kind->clear();
    m_kind->addItem(tr("Single date"), int(HolidayRule::Kind::Date));
    m_kind->addItem(tr("Every year on a date"), int(HolidayRule::Kind::FixedDay));
    m_kind->addItem(tr("Nth weekday of a month"), int(HolidayRule::Kind::NthWeekday));
    m_kind->addItem(tr("Last weekday of a month"), int(HolidayRule::Kind::LastWeekday));
    m_kind->setCurrentIndex(kind);
    const int nth = std::max(0, m_nth->currentIndex());
    m_nth->clear();
    const char *const ordinals[] = {QT_TR_NOOP("1st"), QT_TR_NOOP("2nd"), QT_TR_NOOP("3rd"),
                                    QT_TR_NOOP("4th"), QT_TR_NOOP("5th")};
    for (int n = 1; n <= 5; ++n)
        m_nth->addItem(tr(ordinals[n - 1]), n);
    m_nth->setCurrentIndex(nth);
    const int weekday = std::max(0, m_weekday->currentIndex());
    m_weekday->clear();
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(locale.dayName(day, QLocale::LongFormat), day);
    m_weekday->setCurrentIndex(weekday);
    const int month = std::max(0, m_month->currentIndex());
    m_month->clear();
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(locale.monthName(m, QLocale::LongFormat), m);
    m_month->setCurrentIndex(month);
    updateHolidayForm();
    m_holidays->retranslate();
    reload();
}
