#include "WeeklyHoursEditor.h"

#include "Formatting.h"
#include "HoursSpec.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <array>

namespace {

// The open minutes of one day's intervals, overlaps counted once.
int openMinutes(const QList<DailyInterval> &intervals)
{
    std::array<bool, 2 * 1440> open{};
    for (const DailyInterval &interval : intervals) {
        const int end = interval.crossesMidnight() ? interval.endMinute + 1440 : interval.endMinute;
        for (int minute = interval.startMinute; minute < end; ++minute)
            open[minute] = true;
    }
    return int(std::count(open.begin(), open.end(), true));
}

} // namespace

WeeklyHoursEditor::WeeklyHoursEditor(QWidget *parent) : QWidget(parent)
{
    m_text = new QLineEdit(this);
    m_text->setClearButtonEnabled(true);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_grid = new QTableWidget(7, 2, this);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->horizontalHeader()->setStretchLastSection(true);
    m_grid->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_error);
    layout->addWidget(m_grid);
    connect(m_text, &QLineEdit::textChanged, this, &WeeklyHoursEditor::parse);
    retranslate();
    parse();
}

void WeeklyHoursEditor::setSchedule(const WeeklySchedule &schedule)
{
    m_text->setText(formatHoursSpec(schedule));
    parse();
}

QString WeeklyHoursEditor::errorText() const
{
    return m_error->text();
}

void WeeklyHoursEditor::setLocale(const QLocale &locale)
{
    QWidget::setLocale(locale);
    retranslate();
}

void WeeklyHoursEditor::parse()
{
    const Expected<WeeklySchedule> parsed = parseHoursSpec(m_text->text());
    if (parsed) {
        m_schedule = *parsed;
        m_error->clear();
        m_error->hide();
    } else {
        m_schedule.reset();
        m_error->setText(parsed.message());
        m_error->show();
    }
    fillGrid();
    emit scheduleChanged();
}

void WeeklyHoursEditor::fillGrid()
{
    const QLocale locale = this->locale();
    for (int day = 0; day < 7; ++day) {
        QString hours;
        QString total;
        if (m_schedule) {
            const QList<DailyInterval> &intervals = (*m_schedule)[day];
            QStringList parts;
            for (const DailyInterval &interval : intervals) {
                QString part = tr("%1 – %2").arg(Formatting::time(locale, interval.startMinute * 60),
                                                 interval.endMinute == 1440
                                                     ? tr("midnight")
                                                     : Formatting::time(locale, interval.endMinute * 60));
                if (interval.crossesMidnight())
                    part = tr("%1 (next day)").arg(part);
                parts << part;
            }
            hours = parts.isEmpty() ? tr("closed") : parts.join(QStringLiteral(", "));
            total = Formatting::duration(locale, qint64(openMinutes(intervals)) * 60);
        }
        auto *hoursItem = new QTableWidgetItem(hours);
        auto *totalItem = new QTableWidgetItem(total);
        totalItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_grid->setItem(day, 0, hoursItem);
        m_grid->setItem(day, 1, totalItem);
    }
}

void WeeklyHoursEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WeeklyHoursEditor::retranslate()
{
    m_text->setPlaceholderText(tr("e.g. mon-fri 09:00-17:00; sat 10:00-14:00"));
    m_text->setToolTip(
        tr("Days mon to sun, a day or a range (fri-mon wraps); clauses separated by “;”, "
           "intervals by “,”. 24:00 ends at midnight; an end before the start runs past midnight."));
    m_grid->setHorizontalHeaderLabels({tr("Open"), tr("Hours")});
    QStringList days;
    for (int day = 1; day <= 7; ++day)
        days << locale().dayName(day, QLocale::LongFormat);
    m_grid->setVerticalHeaderLabels(days);
    fillGrid();
}
