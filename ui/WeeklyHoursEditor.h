#pragma once

#include "Calendar.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QTableWidget;

// Weekly business hours edited as text ("mon-fri 09:00-17:00; sat
// 10:00-14:00") and shown as a grid of days: the text is quick to type, the
// grid shows what it means, and a mistake is named as it is typed.
class WeeklyHoursEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WeeklyHoursEditor(QWidget *parent = nullptr);

    void setSchedule(const WeeklySchedule &schedule);
    // The schedule typed; nullopt while the text has an error.
    std::optional<WeeklySchedule> schedule() const { return m_schedule; }
    QString errorText() const;

    QLineEdit *textEdit() const { return m_text; }
    QTableWidget *grid() const { return m_grid; }
    void setLocale(const QLocale &locale);

signals:
    void scheduleChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void parse();
    void fillGrid();
    void retranslate();

    QLineEdit *m_text = nullptr;
    QLabel *m_error = nullptr;
    QTableWidget *m_grid = nullptr;
    std::optional<WeeklySchedule> m_schedule;
};
