#pragma once

#include "TimeDisplay.h"

#include <QMenu>
#include <QString>

class AppContext;
class QAction;
class QActionGroup;

// View → Times in: whether the times of every table, dialog and export are
// on the clock of the user's zone, of each account's zone, or of UTC. The
// choice applies at once and is remembered for the next start.
class TimesInMenu : public QMenu
{
    Q_OBJECT

public:
    explicit TimesInMenu(AppContext &context, QWidget *parent = nullptr);

    // The choice made last, the user's zone when none was.
    static TimeDisplay::Mode savedMode();
    QAction *action(TimeDisplay::Mode mode) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void choose(TimeDisplay::Mode mode);
    void updateChecks();

    AppContext &m_context;
    QActionGroup *m_group = nullptr;
    QAction *m_userZone = nullptr;
    QAction *m_accountZone = nullptr;
    QAction *m_utc = nullptr;
};
